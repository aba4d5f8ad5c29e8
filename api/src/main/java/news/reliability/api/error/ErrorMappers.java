package news.reliability.api.error;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.reliability.api.dto.ErrorResponse;
import news.reliability.core.model.InvalidArticleException;

/**
 * Maps every failure to the JSON error contract {@code {"status","error","message","field"}}. Client
 * mistakes get their 4xx; anything else is logged and answered with a JSON 500 that reveals nothing.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return error(e.status().getStatusCode(), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return error(400, e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return error(400, "unknown field \"" + e.getPropertyName() + "\"", fieldPath(e));
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
        return error(400, "malformed JSON: " + e.getOriginalMessage(), field);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        var first = e.getConstraintViolations().stream().findFirst();
        String field = first.map(v -> {
            String path = v.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }).orElse(null);
        String message = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .collect(Collectors.joining("; "));
        return error(400, message, field);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return error(500, "internal error", null);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return cause instanceof UnrecognizedPropertyException unknown ? unknownField(unknown) : badJson(json);
        }
        return error(status, e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return error(500, "internal error", null);
    }

    /** A JSON error response. */
    public static Response error(int status, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(status, reason(status), message, field))
                .build();
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }
}
