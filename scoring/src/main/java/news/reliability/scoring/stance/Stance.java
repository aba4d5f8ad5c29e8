package news.reliability.scoring.stance;

import java.util.Arrays;
import java.util.Objects;

/**
 * A predicted stance: the label and the probability of each label (indexed by {@link StanceLabel#ordinal()},
 * summing to 1).
 */
public record Stance(StanceLabel label, double[] probabilities) {

    public Stance {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(probabilities, "probabilities");
        if (probabilities.length != StanceLabel.values().length) {
            throw new IllegalArgumentException("need one probability per label");
        }
        probabilities = probabilities.clone();
    }

    /** The probability of one label. */
    public double probability(StanceLabel of) {
        return probabilities[of.ordinal()];
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stance s && label == s.label && Arrays.equals(probabilities, s.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * label.hashCode() + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return label.fncName() + Arrays.toString(probabilities);
    }
}
