package news.reliability.api.error;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses request bodies over {@code quarkus.http.limits.max-body-size} with the JSON error contract
 * (HTTP 413) before any byte of the body is read, and turns the server's own 413 for bodies streamed without
 * a length into the same JSON.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int FIRST = -1_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(FIRST).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length, limit)) {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"status\":413,\"error\":\"Request Entity Too Large\",\"message\":"
                                + "\"request body larger than " + limit + " bytes\",\"field\":null}");
                return;
            }
            ctx.next();
        });
    }

    private static boolean tooLong(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
