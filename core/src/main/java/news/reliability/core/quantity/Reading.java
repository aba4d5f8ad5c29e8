package news.reliability.core.quantity;

import news.reliability.core.model.QuantityKind;

/**
 * What a reader found at tokens [start, end), before any modifier in front of it is applied.
 *
 * @param kind  what the value measures
 * @param value the figure as stated, normalised (money in units, durations in days, dates in epoch days)
 * @param low   lowest value the wording allows
 * @param high  highest value the wording allows
 * @param unit  ISO code, "%", "day" or the counted noun
 * @param start first token
 * @param end   token just past the reading
 */
record Reading(QuantityKind kind, double value, double low, double high, String unit, int start, int end) {

    static Reading exact(QuantityKind kind, double value, String unit, int start, int end) {
        return new Reading(kind, value, value, value, unit, start, end);
    }
}
