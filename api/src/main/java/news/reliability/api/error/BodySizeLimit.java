package news.reliability.api.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code quarkus.http.limits.max-body-size} with the JSON error contract (HTTP
 * 413). A body that announces its length is refused before any byte of it is read; a body streamed without
 * a length is buffered up to the limit and refused as soon as it passes it.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int FIRST = -1_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        BodyHandler streamedBodies = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(FIRST).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                if (tooLong(length, limit)) {
                    refuse(ctx, limit);
                } else {
                    ctx.next();
                }
            } else if (ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                streamedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413) {
                refuse(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(RoutingContext ctx, long limit) {
        if (ctx.response().headWritten()) {
            return;
        }
        ctx.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"status\":413,\"error\":\"Request Entity Too Large\",\"message\":"
                        + "\"request body larger than " + limit + " bytes\",\"field\":null}");
    }

    private static boolean tooLong(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
