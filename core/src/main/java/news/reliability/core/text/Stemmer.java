package news.reliability.core.text;

import java.util.Locale;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * Porter stems of English words, lower-cased: "invests", "invested", "investment" all become "invest".
 * Thread-safe (one OpenNLP stemmer per thread).
 */
public final class Stemmer {

    private static final ThreadLocal<PorterStemmer> PORTER = ThreadLocal.withInitial(PorterStemmer::new);

    private Stemmer() {
    }

    /** The stem of {@code word}; the word itself, lower-cased, when it is not alphabetic. */
    public static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !lower.chars().allMatch(Character::isLetter)) {
            return lower;
        }
        return PORTER.get().stem(lower);
    }
}
