package news.reliability.scoring.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded stratified k-fold split: every fold gets about the same share of each class. The same labels,
 * k and seed always give the same folds.
 */
public final class StratifiedFolds {

    private final int[] foldOf;
    private final int k;

    private StratifiedFolds(int[] foldOf, int k) {
        this.foldOf = foldOf;
        this.k = k;
    }

    /** Splits sample indices 0..n-1, labelled by {@code labels}, into {@code k} folds. */
    public static StratifiedFolds split(int[] labels, int k, long seed) {
        if (k < 2 || k > labels.length) {
            throw new IllegalArgumentException("need 2 <= k <= number of samples: k=" + k);
        }
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            byClass.computeIfAbsent(labels[i], c -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] foldOf = new int[labels.length];
        int next = 0;
        for (List<Integer> members : byClass.values()) {
            Collections.shuffle(members, random);
            for (int index : members) {
                foldOf[index] = next++ % k;
            }
        }
        return new StratifiedFolds(foldOf, k);
    }

    public int folds() {
        return k;
    }

    /** Indices of the samples in fold {@code fold} (the test part). */
    public int[] test(int fold) {
        return indices(fold, true);
    }

    /** Indices of the samples outside fold {@code fold} (the training part). */
    public int[] train(int fold) {
        return indices(fold, false);
    }

    private int[] indices(int fold, boolean inside) {
        if (fold < 0 || fold >= k) {
            throw new IllegalArgumentException("fold out of range: " + fold);
        }
        return java.util.stream.IntStream.range(0, foldOf.length)
                .filter(i -> (foldOf[i] == fold) == inside).toArray();
    }
}
