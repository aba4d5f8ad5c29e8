package news.reliability.scoring.stance;

import java.util.List;
import java.util.Locale;

import news.reliability.scoring.eval.Metrics;

/**
 * The FNC-1 evaluation of predicted stances against gold ones, scored as the competition did: per pair 0.25
 * when the predicted label equals the gold one, 0.50 more when it does and gold is not {@code unrelated}, and
 * 0.25 when gold and prediction are both among agree, disagree and discuss. The relative score divides by a
 * perfect run's (0.25 per unrelated pair, 1.0 per related pair). Also accuracy, per-class and macro F1 and the
 * confusion matrix ({@code [gold][predicted]}, classes in {@link StanceLabel} order).
 *
 * @param score     the FNC score
 * @param maximum   a perfect run's FNC score
 * @param confusion the confusion matrix
 */
public record FncScore(double score, double maximum, int[][] confusion) {

    /** Scores the predictions against the gold labels, pair by pair. */
    public static FncScore of(List<StanceLabel> gold, List<StanceLabel> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("need one prediction per gold label");
        }
        double score = 0;
        double maximum = 0;
        int k = StanceLabel.values().length;
        int[][] confusion = new int[k][k];
        for (int i = 0; i < gold.size(); i++) {
            StanceLabel g = gold.get(i);
            StanceLabel p = predicted.get(i);
            score += pairScore(g, p);
            maximum += g.related() ? 1.0 : 0.25;
            confusion[g.ordinal()][p.ordinal()]++;
        }
        return new FncScore(score, maximum, confusion);
    }

    /** The FNC score of one pair. */
    public static double pairScore(StanceLabel gold, StanceLabel predicted) {
        double score = 0;
        if (gold == predicted) {
            score += 0.25;
            if (gold.related()) {
                score += 0.50;
            }
        }
        if (gold.related() && predicted.related()) {
            score += 0.25;
        }
        return score;
    }

    /** 100 x score / maximum (0 for no pairs). */
    public double relative() {
        return maximum == 0 ? 0 : 100 * score / maximum;
    }

    public double accuracy() {
        return Metrics.accuracy(confusion);
    }

    /** F1 per class, in {@link StanceLabel} order. */
    public double[] f1() {
        return Metrics.f1PerClass(confusion);
    }

    public double macroF1() {
        return Metrics.macroF1(confusion);
    }

    /** A plain-text report: scores, per-class F1 and the confusion matrix. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "FNC score        %.2f %% (%.2f of %.2f)%n", relative(), score, maximum));
        out.append(String.format(Locale.ROOT, "accuracy         %.4f%n", accuracy()));
        out.append(String.format(Locale.ROOT, "macro-F1         %.4f%n", macroF1()));
        double[] f1 = f1();
        for (StanceLabel label : StanceLabel.values()) {
            out.append(String.format(Locale.ROOT, "F1 %-13s %.4f%n", label.fncName(), f1[label.ordinal()]));
        }
        out.append(String.format(Locale.ROOT, "confusion (rows gold, columns predicted)%n%-10s", ""));
        for (StanceLabel label : StanceLabel.values()) {
            out.append(String.format(Locale.ROOT, "%10s", label.fncName()));
        }
        out.append(System.lineSeparator());
        for (StanceLabel gold : StanceLabel.values()) {
            out.append(String.format(Locale.ROOT, "%-10s", gold.fncName()));
            for (StanceLabel predicted : StanceLabel.values()) {
                out.append(String.format(Locale.ROOT, "%10d", confusion[gold.ordinal()][predicted.ordinal()]));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
