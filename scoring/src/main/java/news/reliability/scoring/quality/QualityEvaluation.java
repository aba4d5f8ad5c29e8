package news.reliability.scoring.quality;

import java.util.List;
import java.util.Objects;

import news.reliability.scoring.eval.Metrics;
import news.reliability.scoring.eval.StratifiedFolds;

/**
 * Training and cross-validation of the quality model on labelled examples: seeded, stratified folds, ROC AUC
 * of good against bad over the out-of-fold scores.
 *
 * <p>Stateless and thread-safe.
 */
public final class QualityEvaluation {

    /**
     * Out-of-fold result.
     *
     * @param auc    ROC AUC of the out-of-fold scores, good as positive
     * @param scores each example's score from the model that did not see it
     */
    public record Result(double auc, double[] scores) {
    }

    private QualityEvaluation() {
    }

    /** Feature rows of the examples, in {@link QualityFeatures#names()} order. */
    public static double[][] rows(List<QualityExample> examples) {
        QualityFeatures features = new QualityFeatures(QualityWords.standard());
        return examples.stream().map(e -> features.vector(e.text())).toArray(double[][]::new);
    }

    /** Trains a model on all examples. */
    public static QualityModel fit(List<QualityExample> examples, QualityModel.Options options) {
        return QualityModel.fit(rows(examples), labels(examples), options);
    }

    /** Cross-validates over {@code folds} stratified folds split with {@code seed}. */
    public static Result crossValidate(List<QualityExample> examples, QualityModel.Options options, int folds,
                                       long seed) {
        Objects.requireNonNull(options, "options");
        if (folds < 2) {
            throw new IllegalArgumentException("need at least two folds");
        }
        double[][] x = rows(examples);
        boolean[] good = labels(examples);
        int[] y = new int[good.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = good[i] ? 1 : 0;
        }
        StratifiedFolds split = StratifiedFolds.split(y, folds, seed);
        double[] scores = new double[x.length];
        for (int f = 0; f < split.folds(); f++) {
            int[] train = split.train(f);
            double[][] tx = new double[train.length][];
            boolean[] ty = new boolean[train.length];
            for (int i = 0; i < train.length; i++) {
                tx[i] = x[train[i]];
                ty[i] = good[train[i]];
            }
            QualityModel model = QualityModel.fit(tx, ty, options);
            for (int i : split.test(f)) {
                scores[i] = model.score(x[i]);
            }
        }
        return new Result(Metrics.rocAuc(scores, good), scores);
    }

    static boolean[] labels(List<QualityExample> examples) {
        boolean[] good = new boolean[examples.size()];
        for (int i = 0; i < good.length; i++) {
            good[i] = examples.get(i).good();
        }
        return good;
    }
}
