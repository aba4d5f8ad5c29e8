package news.reliability.scoring.truth;

import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Text values: keys are {@link TextNormalizer#fold folded} text; two keys support each other by their
 * Jaro-Winkler similarity when it reaches {@link #THRESHOLD}, else not at all (different words are conflicts,
 * not weak support).
 */
final class TextValueSimilarity implements ValueSimilarity {

    static final TextValueSimilarity INSTANCE = new TextValueSimilarity();

    /** Below this Jaro-Winkler similarity two texts are different values. */
    static final double THRESHOLD = 0.9;

    /** Values that say "no value" rather than giving one. */
    static final Set<String> MISSING = Set.of("", "not available", "n/a", "na", "none", "null", "unknown", "-");

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private TextValueSimilarity() {
    }

    @Override
    public Optional<String> normalize(String raw) {
        String folded = TextNormalizer.fold(raw);
        return MISSING.contains(folded) ? Optional.empty() : Optional.of(folded);
    }

    @Override
    public double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        return similarity >= THRESHOLD ? similarity : 0;
    }
}
