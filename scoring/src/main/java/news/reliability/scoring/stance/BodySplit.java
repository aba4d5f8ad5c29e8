package news.reliability.scoring.stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A seeded split of body ids into training, validation and hold-out parts, so that no body of the hold-out
 * (or validation) part is seen in training. The same ids, fractions and seed always give the same split.
 *
 * @param train      body ids to train on
 * @param validation body ids to tune on
 * @param holdout    body ids to report on
 */
public record BodySplit(Set<Integer> train, Set<Integer> validation, Set<Integer> holdout) {

    public BodySplit {
        train = Collections.unmodifiableSet(new TreeSet<>(train));
        validation = Collections.unmodifiableSet(new TreeSet<>(validation));
        holdout = Collections.unmodifiableSet(new TreeSet<>(holdout));
    }

    /**
     * Splits the ids: sorted, shuffled with the seed, the first {@code holdoutFraction} go to the hold-out, the
     * next {@code validationFraction} to validation, the rest to training.
     */
    public static BodySplit of(Collection<Integer> bodyIds, double validationFraction, double holdoutFraction,
                               long seed) {
        if (!(validationFraction >= 0) || !(holdoutFraction >= 0) || validationFraction + holdoutFraction >= 1) {
            throw new IllegalArgumentException("fractions must be >= 0 and leave something to train on");
        }
        List<Integer> ids = new ArrayList<>(new TreeSet<>(bodyIds));
        Collections.shuffle(ids, new Random(seed));
        int holdout = (int) Math.round(ids.size() * holdoutFraction);
        int validation = (int) Math.round(ids.size() * validationFraction);
        return new BodySplit(new TreeSet<>(ids.subList(holdout + validation, ids.size())),
                new TreeSet<>(ids.subList(holdout, holdout + validation)), new TreeSet<>(ids.subList(0, holdout)));
    }
}
