package news.reliability.scoring.boilerplate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import news.reliability.core.text.ResourceTable;

/**
 * The boilerplate heuristics kept as data: phrases that signal each boilerplate kind ({@code phrases.txt})
 * and tag-path fragments that signal a kind or main content ({@code path-hints.txt}). Both files are
 * grouped by {@code [kind]} headers.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is loaded once.
 */
public final class WordLists {

    /** Declared before STANDARD: its constructor needs it. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final WordLists STANDARD = new WordLists(
            ResourceTable.groups(WordLists.class, "phrases.txt"), ResourceTable.groups(WordLists.class, "path-hints.txt"));


    /** Kinds by phrase, the phrase's words joined by one space. */
    private final Map<String, Set<BlockLabel>> phrases = new java.util.HashMap<>();
    private int longestPhrase = 1;
    private final Map<String, List<String>> pathHints;

    WordLists(Map<String, List<String>> phraseGroups, Map<String, List<String>> pathGroups) {
        for (var group : phraseGroups.entrySet()) {
            BlockLabel kind = BlockLabel.of(group.getKey()).filter(BlockLabel::isBoilerplate)
                    .orElseThrow(() -> new IllegalArgumentException("unknown phrase group: " + group.getKey()));
            for (String phrase : group.getValue()) {
                String[] tokens = tokens(phrase.toLowerCase(Locale.ROOT));
                if (tokens.length > 0) {
                    phrases.computeIfAbsent(String.join(" ", tokens), k -> EnumSet.noneOf(BlockLabel.class)).add(kind);
                    longestPhrase = Math.max(longestPhrase, tokens.length);
                }
            }
        }
        for (String key : pathGroups.keySet()) {
            if (!key.equals("content") && !key.equals("caption")
                    && BlockLabel.of(key).filter(BlockLabel::isBoilerplate).isEmpty()) {
                throw new IllegalArgumentException("unknown path hint group: " + key);
            }
        }
        Map<String, List<String>> lowerHints = new java.util.HashMap<>();
        pathGroups.forEach((group, fragments) -> lowerHints.put(group,
                fragments.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList()));
        this.pathHints = Map.copyOf(lowerHints);
    }

    /** The project's lists. */
    public static WordLists standard() {
        return STANDARD;
    }

    /**
     * How many phrases of {@code kind} occur in {@code lowerText} (already lower case), on word boundaries;
     * a phrase inside a longer one counts too. Linear in the text's length.
     */
    public int phraseHits(BlockLabel kind, String lowerText) {
        return phraseHits(lowerText).getOrDefault(kind, 0);
    }

    /** {@link #phraseHits(BlockLabel, String)} for every kind at once. */
    public Map<BlockLabel, Integer> phraseHits(String lowerText) {
        Map<BlockLabel, Integer> hits = new EnumMap<>(BlockLabel.class);
        forEachPhrase(tokens(lowerText), (from, to, kinds) -> kinds.forEach(k -> hits.merge(k, 1, Integer::sum)));
        return hits;
    }

    /**
     * True when {@code lowerText} (already lower case) is a line naming a section of kind {@code kind} ("Comments",
     * "3 Kommentare", "Schreibe einen Kommentar"): every word of it, numbers aside, lies inside a phrase of that
     * kind.
     */
    public boolean namesSection(BlockLabel kind, String lowerText) {
        String[] tokens = tokens(lowerText);
        boolean[] covered = new boolean[tokens.length];
        forEachPhrase(tokens, (from, to, kinds) -> {
            if (kinds.contains(kind)) {
                Arrays.fill(covered, from, to, true);
            }
        });
        boolean named = false;
        for (int i = 0; i < tokens.length; i++) {
            if (covered[i]) {
                named = true;
            } else if (!tokens[i].chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return named;
    }

    /** What {@link #forEachPhrase} reports: a phrase over tokens {@code from} (inclusive) to {@code to}. */
    @FunctionalInterface
    private interface PhraseVisitor {
        void phrase(int from, int to, Set<BlockLabel> kinds);
    }

    /** Every listed phrase in {@code tokens}, on word boundaries, a phrase inside a longer one too. */
    private void forEachPhrase(String[] tokens, PhraseVisitor visitor) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            phrase.setLength(0);
            for (int n = 0; n < longestPhrase && i + n < tokens.length; n++) {
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(tokens[i + n]);
                Set<BlockLabel> kinds = phrases.get(phrase.toString());
                if (kinds != null) {
                    visitor.phrase(i, i + n + 1, kinds);
                }
            }
        }
    }

    private static String[] tokens(String text) {
        String stripped = NON_WORD.matcher(text).replaceAll(" ").strip();
        return stripped.isEmpty() ? new String[0] : stripped.split(" ");
    }

    /**
     * How many fragments of group {@code group} ("content", "caption" or a kind's label) occur in
     * {@code lowerPath}.
     */
    public int pathHits(String group, String lowerPath) {
        int hits = 0;
        for (String fragment : pathHints.getOrDefault(group, List.of())) {
            if (lowerPath.contains(fragment)) {
                hits++;
            }
        }
        return hits;
    }
}
