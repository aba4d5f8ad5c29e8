package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.CosineSimilarity;

import news.reliability.core.text.LanguageDetector;
import news.reliability.core.text.Stemmer;

/**
 * Finds sentences that occur more than once in an article: exactly (same words, ignoring case and
 * punctuation) or nearly (cosine similarity of stemmed word counts, Commons Text, at least
 * {@link #NEAR_THRESHOLD}). Candidate pairs for the near check share one of each sentence's two rarest words,
 * and a word shared by more than {@link #MAX_BUCKET} sentences is not used, so the cost stays near linear.
 *
 * <p>Stateless and thread-safe. Input is not modified.
 */
public final class DuplicateSentenceFinder {

    /** Fewest words a sentence needs to count as a repetition. */
    static final int MIN_WORDS = 4;
    static final double NEAR_THRESHOLD = 0.8;
    private static final int MAX_BUCKET = 64;
    private static final Set<String> STOP = LanguageDetector.functionWords("en");
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    /**
     * Copies of one sentence.
     *
     * @param sentences  indexes of the sentences, in text order, at least two
     * @param exact      whether all copies have exactly the same words
     * @param similarity smallest similarity of a copy to the first one (1 when exact)
     */
    public record Group(List<Integer> sentences, boolean exact, double similarity) {
        public Group {
            sentences = List.copyOf(sentences);
        }
    }

    /** The groups of repeated sentences, by first occurrence. */
    public List<Group> find(QualityText text) {
        int n = text.sentences().size();
        List<String> keys = new ArrayList<>(n);
        List<Map<CharSequence, Integer>> vectors = new ArrayList<>(n);
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        for (int s = 0; s < n; s++) {
            List<String> words = text.lowerWords().subList(text.firstWord(s), text.endWord(s));
            keys.add(words.size() >= MIN_WORDS ? String.join(" ", words) : null);
            Map<CharSequence, Integer> vector = new HashMap<>();
            if (words.size() < MIN_WORDS) {
                vectors.add(vector);
                continue;
            }
            for (String w : words) {
                vector.merge(stems.computeIfAbsent(w, Stemmer::stem), 1, Integer::sum);
            }
            vectors.add(vector);
            for (CharSequence w : vector.keySet()) {
                documentFrequency.merge(w.toString(), 1, Integer::sum);
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int s = 0; s < n; s++) {
            if (keys.get(s) != null) {
                Integer first = firstByKey.putIfAbsent(keys.get(s), s);
                if (first != null) {
                    union(parent, first, s);
                }
            }
        }
        double[] similarity = new double[n];
        java.util.Arrays.fill(similarity, 1.0);
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int s = 0; s < n; s++) {
            if (keys.get(s) == null) {
                continue;
            }
            for (String word : rarest(vectors.get(s), documentFrequency)) {
                List<Integer> bucket = buckets.computeIfAbsent(word, k -> new ArrayList<>());
                if (bucket.size() < MAX_BUCKET) {
                    for (int other : bucket) {
                        if (find(parent, other) != find(parent, s) && lengthsClose(vectors.get(other), vectors.get(s))) {
                            double sim = COSINE.cosineSimilarity(vectors.get(other), vectors.get(s));
                            if (sim >= NEAR_THRESHOLD) {
                                union(parent, other, s);
                                similarity[s] = Math.min(similarity[s], sim);
                            }
                        }
                    }
                    bucket.add(s);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int s = 0; s < n; s++) {
            if (keys.get(s) != null) {
                groups.computeIfAbsent(find(parent, s), k -> new ArrayList<>()).add(s);
            }
        }
        List<Group> out = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() > 1) {
                boolean exact = members.stream().map(keys::get).distinct().count() == 1;
                double min = members.stream().mapToDouble(m -> similarity[m]).min().orElse(1);
                out.add(new Group(members, exact, exact ? 1.0 : min));
            }
        }
        return out;
    }

    private static List<String> rarest(Map<CharSequence, Integer> vector, Map<String, Integer> df) {
        return vector.keySet().stream().map(CharSequence::toString)
                .filter(w -> !STOP.contains(w) && w.length() > 2)
                .sorted(java.util.Comparator.<String>comparingInt(df::get).thenComparing(w -> w))
                .limit(2).toList();
    }

    private static boolean lengthsClose(Map<CharSequence, Integer> a, Map<CharSequence, Integer> b) {
        int x = a.values().stream().mapToInt(Integer::intValue).sum();
        int y = b.values().stream().mapToInt(Integer::intValue).sum();
        return Math.min(x, y) >= 0.6 * Math.max(x, y);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
