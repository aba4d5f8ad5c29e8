package news.reliability.api.dto;

/**
 * Every error the API returns.
 *
 * @param status  the HTTP status code
 * @param error   the status's reason phrase ("Bad Request")
 * @param message what went wrong, for a person
 * @param field   the request field at fault, or null
 */
public record ErrorResponse(int status, String error, String message, String field) {
}
