package news.reliability.scoring.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Classification metrics. Stateless; inputs are not modified. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * Area under the ROC curve: the probability that a random positive scores above a random negative (ties
     * count half).
     *
     * @param scores   higher means more likely positive
     * @param positive whether each sample is positive
     * @return the AUC, or NaN when either class is absent
     */
    public static double rocAuc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("need one label per score");
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Confusion matrix: {@code [gold][predicted]} counts over {@code classes} classes. */
    public static int[][] confusion(int[] gold, int[] predicted, int classes) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException("need one prediction per gold label");
        }
        int[][] matrix = new int[classes][classes];
        for (int i = 0; i < gold.length; i++) {
            matrix[gold[i]][predicted[i]]++;
        }
        return matrix;
    }

    /** F1 of each class from a confusion matrix (0 for a class never gold nor predicted). */
    public static double[] f1PerClass(int[][] confusion) {
        int k = confusion.length;
        double[] f1 = new double[k];
        for (int c = 0; c < k; c++) {
            int truePositives = confusion[c][c];
            int goldCount = Arrays.stream(confusion[c]).sum();
            int predictedCount = 0;
            for (int[] row : confusion) {
                predictedCount += row[c];
            }
            f1[c] = goldCount + predictedCount == 0 ? 0 : 2.0 * truePositives / (goldCount + predictedCount);
        }
        return f1;
    }

    /** Unweighted mean of the per-class F1. */
    public static double macroF1(int[][] confusion) {
        return Arrays.stream(f1PerClass(confusion)).average().orElse(0);
    }

    /** Share of samples on the diagonal. */
    public static double accuracy(int[][] confusion) {
        long correct = 0;
        long total = 0;
        for (int g = 0; g < confusion.length; g++) {
            for (int p = 0; p < confusion.length; p++) {
                total += confusion[g][p];
                if (g == p) {
                    correct += confusion[g][p];
                }
            }
        }
        return total == 0 ? 0 : (double) correct / total;
    }
}
