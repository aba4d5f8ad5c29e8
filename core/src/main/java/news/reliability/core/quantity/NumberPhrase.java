package news.reliability.core.quantity;

/**
 * A figure read from tokens [start, end): a numeral with scale words ("2.4 billion", "10bn"), number
 * words ("one and a half billion", "a third of a billion") or a vague amount ("hundreds of thousands").
 *
 * @param start          first token
 * @param end            token just past the figure
 * @param value          the figure as stated (the low end for a vague amount)
 * @param low            lowest value the figure allows (equal to value unless vague)
 * @param high           highest value the figure allows
 * @param form           how the figure is written
 * @param scaled         whether a scale word of a million or more was read ("billion", "bn", "millions")
 * @param shortScale     multiplier of a one-letter scale touching the numeral ("$10B"), 0 if none; not yet
 *                       applied, since only money reads it as a scale
 * @param shortScaleEnd  token just past that one-letter scale
 */
record NumberPhrase(int start, int end, double value, double low, double high, Form form, boolean scaled,
                    double shortScale, int shortScaleEnd) {

    enum Form { NUMERAL, WORDS, VAGUE }

    /** The same figure with its one-letter scale applied. */
    NumberPhrase withShortScale() {
        double v = value * shortScale;
        return new NumberPhrase(start, shortScaleEnd, v, v, v, form, shortScale >= 1e6, 0, shortScaleEnd);
    }

    boolean vague() {
        return form == Form.VAGUE;
    }
}
