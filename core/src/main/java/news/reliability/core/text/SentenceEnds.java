package news.reliability.core.text;

/**
 * Whether text ends like a sentence, one definition for every place that asks: a full stop, question or
 * exclamation mark (Latin or CJK), possibly followed by closing quotes or brackets in the styles pages are
 * written in (English ” ’, German „…“ and »…«, French and Swiss « … », straight quotes, brackets). An ellipsis
 * is not an end: a line cut off with "..." or "…" is a truncated teaser, not a finished sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceEnds {

    private static final String LATIN = ".!?";
    private static final String CJK = "。！？";
    private static final String CLOSERS = "\"'”’“‘»«›‹)]";

    private SentenceEnds() {
    }

    /** True if {@code text}, without trailing white space, closing quotes and brackets, ends in a terminal mark. */
    public static boolean endsSentence(CharSequence text) {
        int end = text.length();
        // French sets a (no-break) space inside its guillemets: « C'est fini. »
        while (end > 0 && (isSpace(text.charAt(end - 1)) || CLOSERS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && isTerminal(text, end - 1);
    }

    /**
     * How many sentence ends {@code text} holds: Latin terminal marks (with their closing quotes) before white
     * space or the end of the text, and CJK ones anywhere.
     */
    public static int count(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isTerminal(text, i)) {
                continue;
            }
            int after = i + 1;
            while (after < text.length() && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            boolean cjk = CJK.indexOf(text.charAt(i)) >= 0;
            if (cjk || after == text.length() || isSpace(text.charAt(after))) {
                count++;
            }
        }
        return count;
    }

    /** White space, no-break spaces included (Java's {@code isWhitespace} leaves them out). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A terminal mark at {@code i} that is not part of an ellipsis ("...", "…."). */
    private static boolean isTerminal(CharSequence text, int i) {
        char c = text.charAt(i);
        if (CJK.indexOf(c) >= 0) {
            return true;
        }
        if (LATIN.indexOf(c) < 0) {
            return false;
        }
        boolean dotBefore = i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '…');
        boolean dotAfter = i + 1 < text.length() && text.charAt(i + 1) == '.';
        return !(c == '.' && dotBefore) && !dotAfter;
    }
}
