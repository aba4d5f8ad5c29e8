package news.reliability.scoring.truth;

import java.util.Objects;

/**
 * One claim of truth discovery: {@code source} says that {@code object} has {@code value}.
 *
 * @param source the source making the claim, not blank
 * @param object what the claim is about (a book's ISBN, a city-year, a claim group), not blank
 * @param value  the value as the source gave it, not blank
 * @param weight how much the claim counts, in (0,1]: 1 for a plain assertion, less for a hedged one
 */
public record TruthClaim(String source, String object, String value, double weight) {

    public TruthClaim {
        requireText(source, "source");
        requireText(object, "object");
        requireText(value, "value");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0,1]: " + weight);
        }
    }

    /** A plain (unhedged) claim of weight 1. */
    public TruthClaim(String source, String object, String value) {
        this(source, object, value, 1);
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
