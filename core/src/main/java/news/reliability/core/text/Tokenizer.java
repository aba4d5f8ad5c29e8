package news.reliability.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into tokens: words (letters and digits, with inner apostrophes, hyphens, ampersands and dots: "don't", "seven-year", "U.S"), numbers
 * (with thousands separators and decimals: "12,400", "2.4"), and single symbols. An English possessive
 * "'s" or "’s" becomes its own token. Whitespace is dropped. Offsets point into the given text.
 *
 * <p>Linear in the length of the text, never throws. Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(text.length(), to);
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < end && (Character.isLetterOrDigit(text.charAt(j))
                        || (isJoiner(text.charAt(j)) && j + 1 < end && Character.isLetter(text.charAt(j + 1))
                            && !isPossessive(text, j, end)))) {
                    j++;
                }
                tokens.add(new Token(i, j, text.substring(i, j)));
                if (isPossessive(text, j, end)) {
                    tokens.add(new Token(j, j + 2, text.substring(j, j + 2)));
                    j += 2;
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && (Character.isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < end
                            && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(new Token(i, j, text.substring(i, j)));
                i = j;
            } else {
                int width = Character.charCount(text.codePointAt(i));
                tokens.add(new Token(i, Math.min(end, i + width), text.substring(i, Math.min(end, i + width))));
                i += width;
            }
        }
        return tokens;
    }

    /** Tokens of the whole text. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '‐' || c == '.' || c == '&';
    }

    private static boolean isPossessive(String text, int at, int end) {
        return at + 1 < end && (text.charAt(at) == '\'' || text.charAt(at) == '’')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S')
                && (at + 2 >= end || !Character.isLetterOrDigit(text.charAt(at + 2)));
    }
}
