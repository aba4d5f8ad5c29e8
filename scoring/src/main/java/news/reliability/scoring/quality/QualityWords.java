package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import news.reliability.core.text.ResourceTable;

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
        GOPHER_STOPWORDS, FIRST_PERSON, OPINION, HEDGE, ATTRIBUTION, CLICKBAIT, CALL_TO_ACTION, FILLER, SPUN_WORD;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final QualityWords STANDARD = new QualityWords(ResourceTable.groups(QualityWords.class, "/quality/markers.txt"));

    /** Per group: phrases, tokens joined by one space. */
    private final Map<Group, Set<String>> phrases = new HashMap<>();
    /** Every phrase by its first word, for one hash lookup per word of the text. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private record Phrase(Group group, String[] words) {
    }

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
            for (String phrase : entry.getValue()) {
                String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
                if (set.add(String.join(" ", words))) {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(group, words));
                }
            }
            phrases.put(group, Set.copyOf(set));
        }
        for (Group g : Group.values()) {
            phrases.putIfAbsent(g, Set.of());
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
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            int best = 0;
            for (Phrase phrase : candidates) {
                if (phrase.group() == group && phrase.words().length > best && startsAt(phrase.words(), words, i)) {
                    best = phrase.words().length;
                }
            }
            if (best > 0) {
                found.add(new int[]{i, best});
                i += best - 1;
            }
        }
        return found;
    }

    /**
     * Occurrences of every group's phrases in one pass: per group, as {@link #matches(Group, List)} returns
     * them.
     */
    public Map<Group, List<int[]>> matchAll(List<String> words) {
        Map<Group, List<int[]>> found = new java.util.EnumMap<>(Group.class);
        int[] next = new int[Group.values().length];
        for (Group g : Group.values()) {
            found.put(g, new ArrayList<>());
        }
        int[] best = new int[Group.values().length];
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            java.util.Arrays.fill(best, 0);
            for (Phrase phrase : candidates) {
                int g = phrase.group().ordinal();
                if (i >= next[g] && phrase.words().length > best[g] && startsAt(phrase.words(), words, i)) {
                    best[g] = phrase.words().length;
                }
            }
            for (Group g : Group.values()) {
                if (best[g.ordinal()] > 0) {
                    found.get(g).add(new int[]{i, best[g.ordinal()]});
                    next[g.ordinal()] = i + best[g.ordinal()];
                }
            }
        }
        return found;
    }

    private static boolean startsAt(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!phrase[j].equals(words.get(at + j))) {
                return false;
            }
        }
        return true;
    }
}
