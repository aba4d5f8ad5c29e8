package news.reliability.scoring.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and word tokens for stance features. Any string is accepted, including empty
 * and garbled ones. Stateless and thread-safe.
 */
public final class StanceTokenizer {

    /** Words (letters with inner apostrophes or hyphens) and numbers (with inner separators). */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*(?:['\u2019][\\p{L}]+)*|\\p{N}+(?:[.,]\\p{N}+)*");
    /** A sentence ends at . ! ? followed by space, or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+|\\n\\s*");

    /**
     * A word or number of the text.
     *
     * @param text  as written
     * @param lower lower case, curly apostrophes straightened
     * @param start offset of its first character in the text
     */
    public record Token(String text, String lower, int start) {
        /** Whether it starts with an upper-case letter. */
        public boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }

        /** Whether it is a number. */
        public boolean number() {
            return !text.isEmpty() && Character.isDigit(text.charAt(0));
        }
    }

    private StanceTokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT).replace('\u2019', '\''), matcher.start()));
        }
        return tokens;
    }

    /** The sentences of {@code text}, stripped, without empty ones. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String sentence = part.strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * A light suffix-stripping stem so that "reports", "reported" and "reporting" meet: input must be lower
     * case; numbers and short words are returned as they are.
     */
    public static String stem(String lower) {
        int n = lower.length();
        if (n <= 3 || Character.isDigit(lower.charAt(0))) {
            return lower;
        }
        if (lower.endsWith("'s")) {
            return stem(lower.substring(0, n - 2));
        }
        if (lower.endsWith("ies") && n > 4) {
            return lower.substring(0, n - 3) + "y";
        }
        if (lower.endsWith("ing") && n > 5) {
            return lower.substring(0, n - 3);
        }
        if (lower.endsWith("ed") && n > 4) {
            return lower.substring(0, n - 2);
        }
        if (lower.endsWith("es") && n > 4 && (lower.endsWith("sses") || lower.endsWith("shes")
                || lower.endsWith("ches") || lower.endsWith("xes"))) {
            return lower.substring(0, n - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return lower.substring(0, n - 1);
        }
        return lower;
    }
}
