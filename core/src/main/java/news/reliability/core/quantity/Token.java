package news.reliability.core.quantity;

/**
 * One token of the text: a run of letters, a run of ASCII digits (with inner group commas and one decimal
 * point), or a single other code point. Whitespace separates tokens and is not a token.
 *
 * @param start        offset of the first character
 * @param end          offset just past the last character
 * @param type         what the token is
 * @param spaceBefore  whether whitespace (or the start of the text) comes right before it
 * @param number       the parsed value of a {@link Type#NUMBER}, else 0
 * @param intDigits    digits before the decimal point of a number, else 0
 * @param grouped      whether a number has thousands separators ("12,400")
 * @param decimal      whether a number has a decimal point ("2.4")
 */
record Token(int start, int end, Type type, boolean spaceBefore, double number, int intDigits, boolean grouped,
             boolean decimal) {

    enum Type { NUMBER, BAD_NUMBER, WORD, SYMBOL }

    /** A plain integer of four digits such as 2027: a year candidate. */
    boolean isFourDigitInteger() {
        return type == Type.NUMBER && intDigits == 4 && !grouped && !decimal;
    }

    /** A plain integer of one or two digits such as 10: a day-of-month candidate. */
    boolean isSmallInteger() {
        return type == Type.NUMBER && intDigits <= 2 && !grouped && !decimal;
    }
}
