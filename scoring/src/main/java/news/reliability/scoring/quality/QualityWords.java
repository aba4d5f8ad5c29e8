package news.reliability.scoring.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The quality heuristics kept as data: phrase lists by concept, read from {@code quality/markers.txt}
 * ({@code [group]} headers, one lower-case phrase per line). Phrases are matched on whole lower-cased word
 * tokens, so "I think" matches "i think" but not "I thinking".
 *
 * <p>Immutable and thread-safe. {@link #standard()} is loaded once.
 */
public final class QualityWords {

    /** The concepts the features count; every group of the file must be one of them. */
    public enum Group {
        GOPHER_STOPWORDS, FIRST_PERSON, OPINION, HEDGE, ATTRIBUTION, CLICKBAIT, CALL_TO_ACTION, FILLER, TORTURED_PHRASE;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final QualityWords STANDARD = new QualityWords(parseGroups(resource()));

    /** Per group: phrase (tokens joined by one space) set, and the longest phrase's length. */
    private final Map<Group, Set<String>> phrases = new HashMap<>();
    private final Map<Group, Integer> longest = new HashMap<>();

    /**
     * @param groups phrases by group key ({@code first-person}, ...); unknown keys are refused
     */
    QualityWords(Map<String, List<String>> groups) {
        Objects.requireNonNull(groups, "groups");
        for (var entry : groups.entrySet()) {
            Group group = null;
            for (Group g : Group.values()) {
                if (g.key().equals(entry.getKey())) {
                    group = g;
                }
            }
            if (group == null) {
                throw new IllegalArgumentException("unknown quality word group: " + entry.getKey());
            }
            var set = new java.util.HashSet<String>();
            int max = 1;
            for (String phrase : entry.getValue()) {
                String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
                set.add(String.join(" ", words));
                max = Math.max(max, words.length);
            }
            phrases.put(group, Set.copyOf(set));
            longest.put(group, max);
        }
        for (Group g : Group.values()) {
            phrases.putIfAbsent(g, Set.of());
            longest.putIfAbsent(g, 1);
        }
    }

    /** The project's lists. */
    public static QualityWords standard() {
        return STANDARD;
    }

    /** The phrases of a group. */
    public Set<String> phrases(Group group) {
        return phrases.get(group);
    }

    /**
     * Occurrences of the group's phrases in a sequence of lower-cased words.
     *
     * @return for each match, the index of its first word and its length in words (longest match first)
     */
    public List<int[]> matches(Group group, List<String> words) {
        Set<String> set = phrases.get(group);
        int max = longest.get(group);
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder key = new StringBuilder();
            int best = 0;
            for (int n = 1; n <= max && i + n <= words.size(); n++) {
                if (n > 1) {
                    key.append(' ');
                }
                key.append(words.get(i + n - 1));
                if (set.contains(key.toString())) {
                    best = n;
                }
            }
            if (best > 0) {
                found.add(new int[]{i, best});
                i += best - 1;
            }
        }
        return found;
    }

    static Map<String, List<String>> parseGroups(String file) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : file.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("phrase before any [group]: " + line);
            } else {
                current.add(line);
            }
        }
        return groups;
    }

    private static String resource() {
        try (InputStream in = QualityWords.class.getResourceAsStream("/quality/markers.txt")) {
            if (in == null) {
                throw new IllegalStateException("quality/markers.txt missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
