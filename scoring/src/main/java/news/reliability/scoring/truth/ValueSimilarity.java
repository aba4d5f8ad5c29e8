package news.reliability.scoring.truth;

import java.util.Optional;

/**
 * How values of one kind are normalised and compared. {@link #normalize} maps a raw value to the key claims
 * are grouped by (or to empty when the value counts as missing); {@link #similarity} says how much one key
 * supports another of the same object, from 0 (unrelated or conflicting) to 1 (the same).
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface ValueSimilarity {

    /** The key of a raw value, or empty when the value counts as missing. */
    Optional<String> normalize(String raw);

    /** Support between two different keys of one object, in [0,1], symmetric. */
    double similarity(String a, String b);

    /** Case-, accent- and white-space-insensitive text, with Jaro-Winkler similarity for near spellings. */
    static ValueSimilarity text() {
        return TextValueSimilarity.INSTANCE;
    }

    /** Numbers: equal keys for equal numbers; values within {@code tolerance} (relative) support each other. */
    static ValueSimilarity numeric(double tolerance) {
        return new NumericValueSimilarity(tolerance);
    }

    /** Numbers when both values are numbers, else text. */
    static ValueSimilarity auto(double tolerance) {
        return new AutoValueSimilarity(new NumericValueSimilarity(tolerance));
    }

    /** Author lists: order-insensitive sets of normalised person names (see {@link PersonNameNormalizer}). */
    static ValueSimilarity personList() {
        return PersonListValueSimilarity.INSTANCE;
    }

    /** By name: {@code text}, {@code number}, {@code auto} or {@code persons}. */
    static ValueSimilarity named(String name, double tolerance) {
        return switch (name) {
            case "text" -> text();
            case "number" -> numeric(tolerance);
            case "auto" -> auto(tolerance);
            case "persons" -> personList();
            default -> throw new IllegalArgumentException(
                    "unknown value kind: " + name + " (expected text, number, auto or persons)");
        };
    }
}
