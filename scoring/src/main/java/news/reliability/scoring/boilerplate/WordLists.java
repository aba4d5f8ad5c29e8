package news.reliability.scoring.boilerplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The boilerplate heuristics kept as data: phrases that signal each boilerplate kind ({@code phrases.txt})
 * and tag-path fragments that signal a kind or main content ({@code path-hints.txt}). Both files are
 * grouped by {@code [kind]} headers.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is loaded once.
 */
public final class WordLists {

    private static final WordLists STANDARD = new WordLists(
            parseGroups(resource("phrases.txt")), parseGroups(resource("path-hints.txt")));

    private final Map<BlockLabel, Pattern> phrases = new EnumMap<>(BlockLabel.class);
    private final Map<String, List<String>> pathHints;

    WordLists(Map<String, List<String>> phraseGroups, Map<String, List<String>> pathGroups) {
        for (var group : phraseGroups.entrySet()) {
            BlockLabel kind = BlockLabel.of(group.getKey()).filter(BlockLabel::isBoilerplate)
                    .orElseThrow(() -> new IllegalArgumentException("unknown phrase group: " + group.getKey()));
            String alternatives = String.join("|", group.getValue().stream().map(Pattern::quote).toList());
            phrases.put(kind, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"));
        }
        for (String key : pathGroups.keySet()) {
            if (!key.equals("content") && BlockLabel.of(key).filter(BlockLabel::isBoilerplate).isEmpty()) {
                throw new IllegalArgumentException("unknown path hint group: " + key);
            }
        }
        this.pathHints = Map.copyOf(pathGroups);
    }

    /** The project's lists. */
    public static WordLists standard() {
        return STANDARD;
    }

    /** How many phrases of {@code kind} occur in {@code lowerText} (already lower case). */
    public int phraseHits(BlockLabel kind, String lowerText) {
        Pattern pattern = phrases.get(kind);
        if (pattern == null) {
            return 0;
        }
        var matcher = pattern.matcher(lowerText);
        int hits = 0;
        while (matcher.find()) {
            hits++;
        }
        return hits;
    }

    /** How many fragments of group {@code group} ("content" or a kind's label) occur in {@code lowerPath}. */
    public int pathHits(String group, String lowerPath) {
        int hits = 0;
        for (String fragment : pathHints.getOrDefault(group, List.of())) {
            if (lowerPath.contains(fragment)) {
                hits++;
            }
        }
        return hits;
    }

    static Map<String, List<String>> parseGroups(String text) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException("entry before any [group]: " + line);
            } else {
                current.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return groups;
    }

    static String resource(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
