package news.reliability.core.align;

import news.reliability.core.model.Quantity;
import news.reliability.core.model.QuantityKind;

/**
 * Compares values read from text. Stateless and thread-safe.
 *
 * <p>A value's band is its stated interval, capped so that an open-ended wording does not swallow every
 * larger figure: "more than V" covers [V, 1.5 V], "up to V" covers [V / 1.5, V]; an exact figure covers
 * 3 % either side (reports round). Dates compare by the days they cover. Values of different kinds or units
 * never compare.
 */
public final class ValueComparator {

    /** How far an open-ended wording reaches beyond its figure. */
    static final double OPEN_REACH = 1.5;
    /** Rounding allowed on any figure. */
    static final double ROUNDING = 0.03;

    private ValueComparator() {
    }

    /** Whether two values can be compared at all: same kind and unit. */
    public static boolean comparable(Quantity a, Quantity b) {
        return a.kind() == b.kind() && a.unit().equals(b.unit());
    }

    /** Whether two comparable values report the same figure. */
    public static boolean compatible(Quantity a, Quantity b) {
        if (!comparable(a, b)) {
            return false;
        }
        double[] bandA = band(a);
        double[] bandB = band(b);
        return bandA[0] <= bandB[1] && bandB[0] <= bandA[1];
    }

    /** The band [low, high] a value covers. */
    static double[] band(Quantity q) {
        if (q.kind() == QuantityKind.DATE) {
            return new double[] {q.low(), q.high()};
        }
        double v = Math.abs(q.value());
        double low;
        double high;
        if (q.low() > 0 && Double.isFinite(q.high())) {
            // An interval the wording states: "about V", "nearly V", "thousands of", or an exact figure.
            low = q.low();
            high = q.high();
        } else if (!Double.isFinite(q.high())) {
            low = Math.max(q.low(), v / OPEN_REACH);
            high = v * OPEN_REACH;
        } else {
            // "up to V", "less than V": open towards zero.
            low = v / OPEN_REACH;
            high = Math.min(q.high(), v);
        }
        return new double[] {low * (1 - ROUNDING), high * (1 + ROUNDING)};
    }
}
