package news.reliability.core.model;

import java.util.Objects;

/**
 * A normalised value read from text, with the interval its wording allows.
 *
 * <p>"$10 billion" is {@code value=1.0E10, low=high=1.0E10, unit=USD}; "more than $10 billion" keeps
 * {@code value=1.0E10} and widens {@code high} to infinity. Money is in the currency's units, durations in
 * days, dates in epoch days (UTC), percentages in percent points.
 *
 * @param kind  what the value measures
 * @param value the figure as stated
 * @param low   lowest value the wording allows
 * @param high  highest value the wording allows
 * @param unit  ISO 4217 currency code for money, "%" for percentages, "day" for durations and dates, or
 *              the counted noun for counts
 * @param text  the words the value was read from
 */
public record Quantity(QuantityKind kind, double value, double low, double high, String unit, String text) {

    public Quantity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        if (Double.isNaN(value) || Double.isNaN(low) || Double.isNaN(high) || low > value || value > high) {
            throw new IllegalArgumentException("need low <= value <= high: " + low + " " + value + " " + high);
        }
    }

    /** An exact value: the interval is the value itself. */
    public static Quantity exact(QuantityKind kind, double value, String unit, String text) {
        return new Quantity(kind, value, value, value, unit, text);
    }
}
