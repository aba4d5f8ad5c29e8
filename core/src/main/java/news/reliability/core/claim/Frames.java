package news.reliability.core.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.reliability.core.model.QuantityKind;
import news.reliability.core.text.ResourceTable;
import news.reliability.core.text.Stemmer;

/** The frame lexicon ({@code frames.tsv}) and cue lists ({@code cues.tsv}), loaded once. Immutable. */
final class Frames {

    /** One attribute a value of some kind can have, with its trigger stems. */
    record Frame(String attribute, QuantityKind kind, Set<String> triggerStems) {
    }

    static final List<Frame> FRAMES = loadFrames();
    static final Map<String, Set<String>> CUES = loadCues();
    private static final Map<QuantityKind, List<Frame>> BY_KIND = byKind();
    private static final Map<String, Set<String>> CUE_STEMS = cueStems();

    private Frames() {
    }

    /** Frames for values of {@code kind}, in file order. */
    static List<Frame> forKind(QuantityKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    /** The Porter stems of a cue list. */
    static Set<String> cueStems(String concept) {
        Set<String> stems = CUE_STEMS.get(concept);
        if (stems == null) {
            throw new IllegalArgumentException("no cue list named " + concept);
        }
        return stems;
    }

    private static Map<QuantityKind, List<Frame>> byKind() {
        Map<QuantityKind, List<Frame>> byKind = new java.util.EnumMap<>(QuantityKind.class);
        for (Frame frame : FRAMES) {
            byKind.computeIfAbsent(frame.kind(), k -> new ArrayList<>()).add(frame);
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return byKind;
    }

    private static Map<String, Set<String>> cueStems() {
        Map<String, Set<String>> stems = new HashMap<>();
        CUES.forEach((concept, words) -> {
            Set<String> set = new HashSet<>();
            words.forEach(w -> set.add(Stemmer.stem(w)));
            stems.put(concept, Set.copyOf(set));
        });
        return Map.copyOf(stems);
    }

    static Set<String> cues(String concept) {
        Set<String> cues = CUES.get(concept);
        if (cues == null) {
            throw new IllegalArgumentException("no cue list named " + concept);
        }
        return cues;
    }

    private static List<Frame> loadFrames() {
        List<Frame> frames = new ArrayList<>();
        for (String[] row : rows("frames.tsv", 3)) {
            Set<String> stems = new HashSet<>();
            for (String word : row[2].split("\\s+")) {
                stems.add(Stemmer.stem(word));
            }
            frames.add(new Frame(row[0], QuantityKind.valueOf(row[1]), Set.copyOf(stems)));
        }
        return List.copyOf(frames);
    }

    private static Map<String, Set<String>> loadCues() {
        return Map.copyOf(ResourceTable.wordSets(Frames.class, "cues.tsv"));
    }

    private static List<String[]> rows(String resource, int columns) {
        return ResourceTable.rows(Frames.class, resource, columns);
    }
}
