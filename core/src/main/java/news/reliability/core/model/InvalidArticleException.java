package news.reliability.core.model;

import java.util.Objects;

/** An article input that cannot be analysed, with the field at fault. */
public final class InvalidArticleException extends IllegalArgumentException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The name of the offending field, as in the JSON input. */
    public String field() {
        return field;
    }
}
