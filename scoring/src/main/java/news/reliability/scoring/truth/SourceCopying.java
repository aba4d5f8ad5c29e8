package news.reliability.scoring.truth;

import java.util.Arrays;

/**
 * Sources that copy whatever some other source already says, from whichever source that is: an aggregator
 * that republishes many outlets, or a bot that re-saves a page with the figure it finds there. Pairwise copy
 * detection ({@link CopyDetector}) cannot see such a source, because it shares only a value or two with each
 * of the many sources it copies from.
 *
 * <p>The model: each claim of source s on an object that other sources also claim is, with probability r_s
 * (the source's copy rate), a copy of the value of one of those other claims, chosen at random, so that value v
 * is copied with probability k_v / K (k_v other claims of v among the K other claims of the object); otherwise
 * it is independent: true with probability A_s (its trust), else a false value, v with the measured chance q_v
 * that a wrong source picks it ({@link CopyDetector#sameFalseChance}). The posterior that the claim was copied
 * is then r k / K / (r k / K + (1 - r) (p A + (1 - p)(1 - A) q)), where p is the probability that v is true
 * <em>judged from the other claims only</em>, among the values claimed for the object: a source must not vouch
 * for its own copies, or a trusted copier would make every value it copies look true and never look like a
 * copier. Each rate is re-estimated every round as the mean posterior of the source's claims under a Beta
 * prior (mean the copy prior, strength α + β of the trust prior), and each claim's vote is weighted by the
 * posterior that it was not copied, except that one claim of each value counts fully, since someone said it
 * first: the claim that keeps the most weight (its own weight times the posterior that it was not copied;
 * ties: the first source in name order).
 *
 * <p>Sharing a true value is nearly neutral evidence (an accurate independent source says it too); what
 * marks a copier is repeating values that the other sources judge false, and what clears a source is saying
 * what no other source says. Objects with more than {@link #MAX_VALUES} distinct values are not examined.
 * Not thread-safe: one belongs to one run.
 */
final class SourceCopying {

    /** Objects with more distinct values are not examined (held-out probabilities cost values × claims). */
    static final int MAX_VALUES = 200;

    private final ClaimTable table;
    private final double priorRate;
    private final double priorStrength;
    private final int falseValues;
    private final double similarityWeight;
    /** Each source's copy rate. */
    private final double[] rate;
    /** Each claim's weight for not being copied, from the last update. */
    private final double[] kept;
    private final double[] copied;
    private final double[] heldOut;

    SourceCopying(ClaimTable table, double priorRate, double priorStrength, int falseValues,
                  double similarityWeight) {
        this.table = table;
        this.priorRate = priorRate;
        this.priorStrength = priorStrength;
        this.falseValues = falseValues;
        this.similarityWeight = similarityWeight;
        rate = new double[table.sources.length];
        Arrays.fill(rate, priorRate);
        kept = new double[table.claimCount()];
        Arrays.fill(kept, 1);
        copied = new double[table.claimCount()];
        heldOut = new double[table.claimCount()];
    }

    /**
     * Re-estimates the rates and multiplies each claim's weight in {@code independence} (which holds the
     * weights from any other copy detection) by the posterior that the claim was not copied.
     */
    void update(double[] trust, double[] confidence, double[] independence) {
        heldOut(trust, independence);
        double[] sameFalse = CopyDetector.sameFalseChance(table, confidence, falseValues);
        posteriors(trust, sameFalse);
        double[] sum = new double[rate.length];
        double[] count = new double[rate.length];
        for (int o = 0; o < table.objects.length; o++) {
            int from = table.claimStart[table.valueStart[o]];
            int to = table.claimStart[table.valueStart[o + 1]];
            if (to - from < 2) {
                continue;
            }
            for (int c = from; c < to; c++) {
                sum[table.claimSource[c]] += copied[c];
                count[table.claimSource[c]]++;
            }
        }
        for (int s = 0; s < rate.length; s++) {
            rate[s] = (priorRate * priorStrength + sum[s]) / (priorStrength + count[s]);
        }
        posteriors(trust, sameFalse);
        for (int v = 0; v < table.valueCount(); v++) {
            int original = -1;
            for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                kept[c] = 1 - copied[c];
                if (original < 0 || table.claimWeight[c] * kept[c] > table.claimWeight[original] * kept[original]) {
                    original = c;
                }
            }
            if (original >= 0) {
                kept[original] = 1;
            }
        }
        for (int c = 0; c < kept.length; c++) {
            independence[c] *= kept[c];
        }
    }

    /** The posterior that each claim was copied, from the current rates. */
    private void posteriors(double[] trust, double[] sameFalse) {
        for (int o = 0; o < table.objects.length; o++) {
            int vFrom = table.valueStart[o];
            int vTo = table.valueStart[o + 1];
            int others = table.claimStart[vTo] - table.claimStart[vFrom] - 1;
            for (int v = vFrom; v < vTo; v++) {
                int alike = table.claimStart[v + 1] - table.claimStart[v] - 1;
                for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                    if (others <= 0 || alike <= 0 || Double.isNaN(heldOut[c])) {
                        copied[c] = 0;
                        continue;
                    }
                    int s = table.claimSource[c];
                    double a = trust[s];
                    double p = heldOut[c];
                    double independent = p * a + (1 - p) * (1 - a) * sameFalse[v];
                    double copy = rate[s] * alike / others;
                    copied[c] = copy / (copy + (1 - rate[s]) * independent);
                }
            }
        }
    }

    /**
     * Per claim, the probability that its value is true from the other claims of its object only, among the
     * object's claimed values: each other claim votes ln(m A / (1 - A)) (m the number of other values claimed
     * for the object), weighted as in the engine, with similar values supporting each other.
     */
    private void heldOut(double[] trust, double[] independence) {
        double[] score = new double[0];
        double[] adjusted = new double[0];
        double[] local = new double[0];
        for (int o = 0; o < table.objects.length; o++) {
            int from = table.valueStart[o];
            int count = table.valueStart[o + 1] - from;
            if (count > MAX_VALUES) {
                Arrays.fill(heldOut, table.claimStart[from], table.claimStart[from + count], Double.NaN);
                continue;
            }
            if (score.length < count) {
                score = new double[Math.max(count, 2 * score.length)];
                adjusted = new double[score.length];
                local = new double[score.length];
            }
            double alternatives = Math.log(Math.max(1, count - 1));
            for (int i = 0; i < count; i++) {
                double sum = 0;
                for (int c = table.claimStart[from + i]; c < table.claimStart[from + i + 1]; c++) {
                    sum += weight(c, trust, independence, alternatives);
                }
                score[i] = sum;
            }
            for (int i = 0; i < count; i++) {
                double sum = score[i];
                for (int k = table.simStart[from + i]; k < table.simStart[from + i + 1]; k++) {
                    sum += similarityWeight * table.simWeight[k] * score[table.simValue[k] - from];
                }
                adjusted[i] = sum;
            }
            for (int i = 0; i < count; i++) {
                int v = from + i;
                for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                    double own = weight(c, trust, independence, alternatives);
                    System.arraycopy(adjusted, 0, local, 0, count);
                    local[i] -= own;
                    for (int k = table.simStart[v]; k < table.simStart[v + 1]; k++) {
                        local[table.simValue[k] - from] -= similarityWeight * table.simWeight[k] * own;
                    }
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < count; j++) {
                        max = Math.max(max, local[j]);
                    }
                    double total = 0;
                    for (int j = 0; j < count; j++) {
                        total += Math.exp(local[j] - max);
                    }
                    heldOut[c] = Math.exp(local[i] - max) / total;
                }
            }
        }
    }

    private double weight(int claim, double[] trust, double[] independence, double alternatives) {
        double a = Math.min(1 - 1e-9, Math.max(1e-9, trust[table.claimSource[claim]]));
        return table.claimWeight[claim] * independence[claim] * kept[claim] * (alternatives + Math.log(a / (1 - a)));
    }
}
