package news.reliability.core.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Says how likely two entity keys from different articles name the same entity: equal keys, one an acronym
 * of the other, one's words contained in the other's, or close spelling (Jaro-Winkler). Thread-safe.
 */
public final class EntityMatcher {

    private static final double SPELLING_THRESHOLD = 0.94;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private EntityMatcher() {
    }

    /** Similarity of two normalised keys in [0,1]. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        List<String> wordsA = List.of(a.split(" "));
        List<String> wordsB = List.of(b.split(" "));
        if (isAcronymOf(a, wordsB) || isAcronymOf(b, wordsA)) {
            return 0.9;
        }
        if (wordsA.size() != wordsB.size() && (containsAll(wordsA, wordsB) || containsAll(wordsB, wordsA))) {
            return 0.8;
        }
        double spelling = JARO_WINKLER.apply(a, b);
        return spelling >= SPELLING_THRESHOLD && Math.min(a.length(), b.length()) >= 5 ? spelling : 0;
    }

    /** Whether the two keys are taken to name the same entity. */
    public static boolean same(String a, String b) {
        return similarity(a, b) >= 0.85;
    }

    /**
     * Jaccard similarity of two sets of keys where keys match through {@link #same}: matched pairs over the
     * size of the union.
     */
    public static double jaccard(Collection<String> a, Collection<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        List<String> unmatched = new ArrayList<>(b);
        int matched = 0;
        for (String key : Set.copyOf(a)) {
            for (int i = 0; i < unmatched.size(); i++) {
                if (same(key, unmatched.get(i))) {
                    unmatched.remove(i);
                    matched++;
                    break;
                }
            }
        }
        int union = Set.copyOf(a).size() + Set.copyOf(b).size() - matched;
        return union == 0 ? 0 : (double) matched / union;
    }

    private static boolean isAcronymOf(String acronym, List<String> words) {
        if (words.size() < 2 || acronym.contains(" ") || acronym.length() != words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).isEmpty() || words.get(i).charAt(0) != acronym.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAll(List<String> longer, List<String> shorter) {
        return longer.size() > shorter.size() && longer.containsAll(shorter);
    }
}
