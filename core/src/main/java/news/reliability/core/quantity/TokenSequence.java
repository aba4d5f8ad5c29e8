package news.reliability.core.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into {@link Token}s, with the small queries the readers ask about them. Tokens keep offsets,
 * never copies: lower-case forms are made on demand so that a 5 MB text costs one small record per token.
 * Linear in the length of the text for any input. Not shared between threads.
 */
final class TokenSequence {

    /** Longest integer part read as a number; longer digit runs are not amounts. */
    private static final int MAX_INT_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 9;

    private final String text;
    private final List<Token> tokens;

    private TokenSequence(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static TokenSequence of(String text) {
        var tokens = new ArrayList<Token>(text.length() / 4 + 1);
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
                tokens.add(number(text, i, j, space));
            } else if (Character.isLetter(cp)) {
                j = i + Character.charCount(cp);
                while (j < n) {
                    int next = text.codePointAt(j);
                    if (!Character.isLetter(next)) {
                        break;
                    }
                    j += Character.charCount(next);
                }
                tokens.add(new Token(i, j, Token.Type.WORD, space, 0, 0, false, false));
            } else {
                j = i + Character.charCount(cp);
                tokens.add(new Token(i, j, Token.Type.SYMBOL, space, 0, 0, false, false));
            }
            space = false;
            i = j;
        }
        return new TokenSequence(text, tokens);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Validates digit grouping ("12,400" yes, "1,2" no) and parses; anything odd is a BAD_NUMBER. */
    private static Token number(String text, int start, int end, boolean space) {
        int point = -1;
        int commas = 0;
        int digitsInGroup = 0;
        int intDigits = 0;
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
                    intDigits++;
                }
            }
        }
        if (ok && point < 0 && commas > 0) {
            ok = digitsInGroup == 3;
        }
        int fractionDigits = point < 0 ? 0 : end - point - 1;
        if (!ok || intDigits > MAX_INT_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
            return new Token(start, end, Token.Type.BAD_NUMBER, space, 0, 0, false, false);
        }
        double value = Double.parseDouble(text.substring(start, end).replace(",", ""));
        return new Token(start, end, Token.Type.NUMBER, space, value, intDigits, commas > 0, point >= 0);
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The token's characters in lower case; empty past either end. */
    String lower(int i) {
        if (i < 0 || i >= tokens.size()) {
            return "";
        }
        Token t = tokens.get(i);
        return text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == Token.Type.WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == Token.Type.NUMBER;
    }

    /** Whether token i is the given symbol character(s). */
    boolean isSymbol(int i, String symbol) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.type() == Token.Type.SYMBOL && text.startsWith(symbol, t.start()) && t.end() - t.start() == symbol.length();
    }

    /** Whether token i exists and follows token i-1 with no whitespace between them. */
    boolean adjacent(int i) {
        return i > 0 && i < tokens.size() && !tokens.get(i).spaceBefore();
    }

    /** Whether token i is a word whose first letter is upper case. */
    boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.codePointAt(tokens.get(i).start()));
    }

    /** Whether tokens i-1, i and i+1 are word-or-number, "-", word-or-number with no spaces: "seven-year". */
    boolean isInnerHyphen(int i) {
        return isSymbol(i, "-") && adjacent(i) && adjacent(i + 1)
                && tokens.get(i - 1).type() != Token.Type.SYMBOL && tokens.get(i + 1).type() != Token.Type.SYMBOL;
    }
}
