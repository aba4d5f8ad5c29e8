package news.reliability.core.quantity;

/**
 * The wording in front of a figure that turns it into an interval. The figure itself ({@code value}) is
 * always kept as stated; the modifier only moves {@code low} and {@code high}. Phrases for each modifier
 * are listed in {@code modifiers.tsv}.
 */
public enum Modifier {
    /** No modifier: the interval is the figure (or the range a vague amount such as "thousands" covers). */
    NONE,
    /** "more than", "over", "above", "in excess of", "upwards of": [value, +inf). */
    MORE_THAN,
    /** "at least", "no less than": [value, +inf). */
    AT_LEAST,
    /** "up to", "as much as", "as many as": [0, value]. */
    UP_TO,
    /** "less than", "under", "below", "fewer than": [0, value]. */
    LESS_THAN,
    /** "at most", "no more than": [0, value]. */
    AT_MOST,
    /** "about", "around", "approximately", "roughly", "some", "an estimated", "close to": [0.9 value, 1.1 value]. */
    ABOUT,
    /** "nearly", "almost", "just under": [0.9 value, value]. */
    NEARLY
}
