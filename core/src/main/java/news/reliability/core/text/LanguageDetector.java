package news.reliability.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text: by script for non-Latin writing (Han, Kana, Hangul, Cyrillic, Arabic, ...),
 * and by the share of each language's function words for Latin-script text. Answers an ISO 639-1 code, or
 * {@link #UNDETERMINED} when the text is too short or no language stands out.
 *
 * <p>Reads at most the first {@value #SAMPLE_CHARS} characters. Stateless and thread-safe.
 */
public final class LanguageDetector {

    /** The answer when no language can be told. */
    public static final String UNDETERMINED = "und";

    static final int SAMPLE_CHARS = 4_000;
    private static final int MIN_LETTERS = 20;
    private static final int MIN_WORDS = 5;
    private static final double MIN_FUNCTION_WORD_SHARE = 0.08;

    private static final Map<String, Set<String>> FUNCTION_WORDS = load();

    private static Map<String, Set<String>> load() {
        return ResourceTable.wordSets(LanguageDetector.class, "stopwords.tsv");
    }

    /** The language of {@code text}. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
            i += Character.charCount(cp);
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        int latin = scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (latin * 2 < letters) {
            return byScript(scripts, sample);
        }
        return byFunctionWords(sample);
    }

    /** The function words of a language ({@code "en"}, {@code "de"}, ...), empty for an unknown code. */
    public static Set<String> functionWords(String language) {
        return FUNCTION_WORDS.getOrDefault(language, Set.of());
    }

    /** Whether {@code text} is English. */
    public boolean isEnglish(String text) {
        return detect(text).equals("en");
    }

    private static String byScript(Map<Character.UnicodeScript, Integer> scripts, String sample) {
        if (scripts.containsKey(Character.UnicodeScript.HIRAGANA) || scripts.containsKey(Character.UnicodeScript.KATAKANA)) {
            return "ja";
        }
        Character.UnicodeScript top = scripts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Character.UnicodeScript.COMMON);
        return switch (top) {
            case HAN -> "zh";
            case HANGUL -> "ko";
            case CYRILLIC -> sample.chars().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0) ? "uk" : "ru";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            default -> UNDETERMINED;
        };
    }

    private static String byFunctionWords(String sample) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        String lower = sample.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int start = i;
            while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;
                continue;
            }
            String word = lower.substring(start, i);
            words++;
            for (var entry : FUNCTION_WORDS.entrySet()) {
                if (entry.getValue().contains(word)) {
                    hits.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS) {
            return UNDETERMINED;
        }
        // Ties go to the language listed first in the resource (English first).
        var best = FUNCTION_WORDS.keySet().stream().filter(hits::containsKey)
                .reduce((a, b) -> hits.get(b) > hits.get(a) ? b : a)
                .map(language -> Map.entry(language, hits.get(language)));
        if (best.isEmpty() || best.get().getValue() < MIN_FUNCTION_WORD_SHARE * words) {
            return UNDETERMINED;
        }
        return best.get().getKey();
    }
}
