package news.reliability.core.text;

import java.util.regex.Pattern;

/**
 * Whether text ends like a sentence, one definition for every place that asks: a full stop, question or
 * exclamation mark (Latin or CJK), possibly followed by closing quotes or brackets in the styles pages are
 * written in (English ” ’, German „…“ and »…«, French and Swiss « … », straight quotes, brackets). An ellipsis
 * is not an end: a line cut off with "..." or "…" is a truncated teaser, not a finished sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceEnds {

    private static final String TERMINALS = ".!?。！？";
    private static final String CLOSERS = "\"'”’“‘»«›‹)]";
    private static final String CLOSING = "[\"'”’“‘»«›‹)\\]]*";
    /** A Latin mark that is not part of an ellipsis, before a space or the end; a CJK mark anywhere. */
    private static final Pattern END = Pattern.compile(
            "(?<![.…])[.!?](?!\\.)" + CLOSING + "(?=\\s|$)|[。！？]" + CLOSING);

    private SentenceEnds() {
    }

    /** True if {@code text}, without trailing whitespace and closing quotes or brackets, ends in a terminal mark. */
    public static boolean endsSentence(CharSequence text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || TERMINALS.indexOf(text.charAt(end - 1)) < 0) {
            return false;
        }
        return !(text.charAt(end - 1) == '.' && end >= 2 && (text.charAt(end - 2) == '.' || text.charAt(end - 2) == '…'));
    }

    /** How many sentence ends {@code text} holds: terminal marks (with their closing quotes) before a space or the end. */
    public static int count(CharSequence text) {
        var matcher = END.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
