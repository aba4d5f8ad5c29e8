package news.reliability.scoring.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from its share of each language's most frequent function words
 * ({@code stopwords.txt}). Good enough to split news pages by language; it answers nothing for texts too
 * short or too unlike any known language.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_HITS = 5;
    private static final int MAX_WORDS = 5_000;

    private static final LanguageDetector STANDARD = new LanguageDetector(load());

    /** Language code by stop word; a word of two languages counts for both. */
    private final Map<String, List<String>> languagesByWord;

    LanguageDetector(Map<String, List<String>> wordsByLanguage) {
        Map<String, List<String>> byWord = new HashMap<>();
        for (var entry : wordsByLanguage.entrySet()) {
            for (String word : entry.getValue()) {
                byWord.merge(word, List.of(entry.getKey()),
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        this.languagesByWord = Map.copyOf(byWord);
    }

    public static LanguageDetector standard() {
        return STANDARD;
    }

    /** The ISO 639-1 code of the text's language, if at least a few function words say so. */
    public Optional<String> detect(String text) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher matcher = WORD.matcher(text);
        int words = 0;
        while (matcher.find() && words++ < MAX_WORDS) {
            List<String> languages = languagesByWord.get(matcher.group().toLowerCase(Locale.ROOT));
            if (languages != null) {
                languages.forEach(l -> hits.merge(l, 1, Integer::sum));
            }
        }
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_HITS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt missing");
            }
            Map<String, List<String>> languages = new LinkedHashMap<>();
            String current = null;
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = line.substring(1, line.length() - 1);
                    languages.put(current, new java.util.ArrayList<>());
                } else if (current != null) {
                    languages.get(current).addAll(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
            return languages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
