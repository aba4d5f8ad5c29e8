package news.reliability.api.error;

import jakarta.ws.rs.core.Response;

/** A request the API refuses, with the status to answer and the field at fault. */
public final class ApiException extends RuntimeException {

    private final Response.Status status;
    private final String field;

    public ApiException(Response.Status status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String message, String field) {
        return new ApiException(Response.Status.BAD_REQUEST, message, field);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, message, null);
    }

    public Response.Status status() {
        return status;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
