package news.reliability.core.quantity;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into tokens: a run of letters, a run of ASCII digits (with inner group commas and one decimal
 * point), or a single other code point; whitespace separates tokens and is not one. Tokens are kept in
 * parallel primitive arrays (offsets, type, whitespace before, parsed number), not as objects, so that a 5 MB
 * text costs a few arrays and no garbage collector work; lower-case forms are made on demand. Linear in the
 * length of the text for any input. Not shared between threads.
 */
final class TokenSequence {

    enum Type { NUMBER, BAD_NUMBER, WORD, SYMBOL }

    private static final Type[] TYPES = Type.values();
    /** Longest integer part read as a number; longer digit runs are not amounts. */
    private static final int MAX_INT_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final byte SPACE_BEFORE = 1 << 2;
    private static final byte GROUPED = 1 << 3;
    private static final byte DECIMAL = 1 << 4;
    private static final byte TYPE_MASK = 3;
    /** Lower-case strings of the ASCII characters, so that one-character tokens ("$", "a") cost no allocation. */
    private static final String[] ASCII_LOWER = new String[128];

    static {
        for (char c = 0; c < ASCII_LOWER.length; c++) {
            ASCII_LOWER[c] = String.valueOf(Character.toLowerCase(c));
        }
    }

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    /** Type in the low two bits, then the flags above. */
    private byte[] flags;
    private byte[] intDigits;
    private double[] numbers;

    private TokenSequence(String text) {
        this.text = text;
        int capacity = text.length() / 4 + 8;
        starts = new int[capacity];
        ends = new int[capacity];
        flags = new byte[capacity];
        intDigits = new byte[capacity];
        numbers = new double[capacity];
    }

    static TokenSequence of(String text) {
        var tokens = new TokenSequence(text);
        int n = text.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                i += Character.charCount(cp);
                continue;
            }
            int j;
            if (isAsciiDigit(cp)) {
                j = i + 1;
                while (j < n) {
                    char c = text.charAt(j);
                    if (isAsciiDigit(c) || (c == ',' || c == '.') && j + 1 < n && isAsciiDigit(text.charAt(j + 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                tokens.addNumber(i, j, space);
            } else if (Character.isLetter(cp)) {
                j = i + Character.charCount(cp);
                while (j < n) {
                    int next = text.codePointAt(j);
                    if (!Character.isLetter(next)) {
                        break;
                    }
                    j += Character.charCount(next);
                }
                tokens.add(i, j, Type.WORD, space, 0, 0, false, false);
            } else {
                j = i + Character.charCount(cp);
                tokens.add(i, j, Type.SYMBOL, space, 0, 0, false, false);
            }
            space = false;
            i = j;
        }
        return tokens;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void add(int start, int end, Type type, boolean space, double number, int digits, boolean grouped,
                     boolean decimal) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            flags = Arrays.copyOf(flags, capacity);
            intDigits = Arrays.copyOf(intDigits, capacity);
            numbers = Arrays.copyOf(numbers, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = (byte) (type.ordinal() | (space ? SPACE_BEFORE : 0) | (grouped ? GROUPED : 0)
                | (decimal ? DECIMAL : 0));
        intDigits[size] = (byte) digits;
        numbers[size] = number;
        size++;
    }

    /** Validates digit grouping ("12,400" yes, "1,2" no) and parses; anything odd is a BAD_NUMBER. */
    private void addNumber(int start, int end, boolean space) {
        int point = -1;
        int commas = 0;
        int digitsInGroup = 0;
        int digits = 0;
        boolean ok = true;
        for (int k = start; k < end && ok; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                ok = point < 0 && (commas == 0 || digitsInGroup == 3);
                point = k;
            } else if (c == ',') {
                ok = point < 0 && (commas == 0 ? digitsInGroup <= 3 : digitsInGroup == 3);
                commas++;
                digitsInGroup = 0;
            } else {
                digitsInGroup++;
                if (point < 0) {
                    digits++;
                }
            }
        }
        if (ok && point < 0 && commas > 0) {
            ok = digitsInGroup == 3;
        }
        int fractionDigits = point < 0 ? 0 : end - point - 1;
        if (!ok || digits > MAX_INT_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
            add(start, end, Type.BAD_NUMBER, space, 0, 0, false, false);
            return;
        }
        double value = Double.parseDouble(text.substring(start, end).replace(",", ""));
        add(start, end, Type.NUMBER, space, value, digits, commas > 0, point >= 0);
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    Type type(int i) {
        return TYPES[flags[i] & TYPE_MASK];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The parsed value of a number token, else 0. */
    double number(int i) {
        return numbers[i];
    }

    /** A plain integer of four digits such as 2027: a year candidate. */
    boolean isFourDigitInteger(int i) {
        return isNumber(i) && intDigits[i] == 4 && (flags[i] & (GROUPED | DECIMAL)) == 0;
    }

    /** A plain integer of one or two digits such as 10: a day-of-month candidate. */
    boolean isSmallInteger(int i) {
        return isNumber(i) && intDigits[i] <= 2 && (flags[i] & (GROUPED | DECIMAL)) == 0;
    }

    /** The token's characters in lower case; empty past either end. */
    String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        if (ends[i] - starts[i] == 1 && text.charAt(starts[i]) < ASCII_LOWER.length) {
            return ASCII_LOWER[text.charAt(starts[i])];
        }
        return text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && type(i) == Type.WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && type(i) == Type.NUMBER;
    }

    /** Whether token i is the given symbol. */
    boolean isSymbol(int i, String symbol) {
        return i >= 0 && i < size && type(i) == Type.SYMBOL && ends[i] - starts[i] == symbol.length()
                && text.startsWith(symbol, starts[i]);
    }

    /** Whether token i exists and follows token i-1 with no whitespace between them. */
    boolean adjacent(int i) {
        return i > 0 && i < size && (flags[i] & SPACE_BEFORE) == 0;
    }

    /** Whether token i is a word whose first letter is upper case. */
    boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.codePointAt(starts[i]));
    }

    /** Whether tokens i-1, i and i+1 are word-or-number, "-", word-or-number with no spaces: "seven-year". */
    boolean isInnerHyphen(int i) {
        return isSymbol(i, "-") && adjacent(i) && adjacent(i + 1) && type(i - 1) != Type.SYMBOL
                && type(i + 1) != Type.SYMBOL;
    }
}
