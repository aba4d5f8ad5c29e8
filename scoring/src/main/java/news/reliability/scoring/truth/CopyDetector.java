package news.reliability.scoring.truth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Detects pairs of sources that copy each other, in the spirit of Dong, Berti-Equille and Srivastava
 * (VLDB 2009): independent sources rarely make the same mistake, so values two sources share that are
 * probably false are evidence of copying, and objects on which they give different values are evidence
 * against it.
 *
 * <p>A simpler variant than Dong et al.'s: shared values count as evidence only through the probability that
 * they are false (sharing true values is what independent accurate sources do, and counting it makes every
 * pair of good sources look dependent). With copy rate c, prior copy probability α, n false values per
 * object, accuracies A1, A2 and a shared value true with probability p, the likelihood ratio of "copying"
 * over "independent" is
 * [p A1 A2 + (1-p)(c(1-Ā) + (1-c)(1-A1)(1-A2)q)] / [p A1 A2 + (1-p)(1-A1)(1-A2)q] per shared value
 * (Ā the mean accuracy, since the direction is unknown; q the chance that two independent sources wrong on
 * the object pick the same false value, measured on the data: see {@link #update}) and (1-c) per object
 * they disagree on.
 *
 * <p>Only pairs that share at least one value are tracked (the discount applies only to shared values);
 * values claimed by more than {@link #MAX_PROVIDERS} sources are skipped, to stay out of quadratic time on
 * values everyone gives. Not thread-safe: one detector belongs to one run.
 */
final class CopyDetector {

    static final int MAX_PROVIDERS = 200;
    /** Total mass of the Dirichlet prior over an object's false values (a weak prior: one pseudo-claim). */
    static final double FALSE_VALUE_CONCENTRATION = 1;
    /** Dependence below this changes no vote noticeably, so the value's providers are not reordered. */
    static final double NEGLIGIBLE = 1e-6;

    private final ClaimTable table;
    private final double priorLogOdds;
    private final double copyRate;
    private final int falseValues;
    private final int[] pairFirst;
    private final int[] pairSecond;
    /** Shared values of pair p: sharedValues[sharedStart[p] ...]. */
    private final int[] sharedStart;
    private final int[] sharedValues;
    private final int[] disagreements;
    /** Pairs of the providers of value v, row-major upper triangle in provider order: pairOfValue[pairStart[v] ...]. */
    private final int[] pairStart;
    private final int[] pairOfValue;
    final double[] dependence;

    CopyDetector(ClaimTable table, double copyPrior, double copyRate, int falseValues) {
        this.table = table;
        this.priorLogOdds = Math.log(copyPrior / (1 - copyPrior));
        this.copyRate = copyRate;
        this.falseValues = falseValues;
        int values = table.valueCount();
        LongIntMap pairs = new LongIntMap(1024);
        ClaimTable.IntList first = new ClaimTable.IntList();
        ClaimTable.IntList second = new ClaimTable.IntList();
        ClaimTable.IntList shared = new ClaimTable.IntList();
        pairStart = new int[values + 1];
        ClaimTable.IntList ofValue = new ClaimTable.IntList();
        for (int v = 0; v < values; v++) {
            pairStart[v] = ofValue.size();
            int from = table.claimStart[v];
            int to = table.claimStart[v + 1];
            if (to - from > MAX_PROVIDERS) {
                continue;
            }
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    int a = table.claimSource[i];
                    int b = table.claimSource[j];
                    int p = pairs.getOrAdd(((long) a << 32) | b);
                    if (p == first.size()) {
                        first.add(a);
                        second.add(b);
                        shared.add(0);
                    }
                    ofValue.add(p);
                }
            }
        }
        pairStart[values] = ofValue.size();
        pairOfValue = ofValue.toArray();
        pairFirst = first.toArray();
        pairSecond = second.toArray();
        int pairCount = pairFirst.length;
        int[] sharedCount = new int[pairCount + 1];
        for (int p : pairOfValue) {
            sharedCount[p + 1]++;
        }
        for (int p = 0; p < pairCount; p++) {
            sharedCount[p + 1] += sharedCount[p];
        }
        sharedStart = sharedCount.clone();
        sharedValues = new int[pairOfValue.length];
        int[] next = sharedCount.clone();
        for (int v = 0; v < values; v++) {
            for (int k = pairStart[v]; k < pairStart[v + 1]; k++) {
                sharedValues[next[pairOfValue[k]]++] = v;
            }
        }
        disagreements = new int[pairCount];
        if (pairCount > 0) {
            countDisagreements(pairs);
        }
        dependence = new double[pairCount];
    }

    /** For each object, pairs of tracked sources that gave it different values. */
    private void countDisagreements(LongIntMap pairs) {
        for (int o = 0; o < table.objects.length; o++) {
            int vFrom = table.valueStart[o];
            int vTo = table.valueStart[o + 1];
            if (vTo - vFrom < 2) {
                continue;
            }
            int cFrom = table.claimStart[vFrom];
            int cTo = table.claimStart[vTo];
            if (cTo - cFrom > MAX_PROVIDERS) {
                continue;
            }
            for (int i = cFrom; i < cTo; i++) {
                for (int j = cFrom; j < cTo; j++) {
                    int a = table.claimSource[i];
                    int b = table.claimSource[j];
                    if (a < b && table.claimValue[i] != table.claimValue[j]) {
                        int p = pairs.get(((long) a << 32) | b);
                        if (p >= 0) {
                            disagreements[p]++;
                        }
                    }
                }
            }
        }
    }

    int pairCount() {
        return pairFirst.length;
    }

    /**
     * Re-estimates every pair's probability of dependence from the current trust and value confidence.
     *
     * <p>The chance that an independent second source picks the same false value is not 1/n but measured: the
     * share of the object's other false-claim weight on that value, under a weak Dirichlet prior of total mass
     * {@link #FALSE_VALUE_CONCENTRATION} spread over the n false values. A popular mistake shared by many is
     * then little evidence, a rare one shared by two is strong evidence.
     */
    void update(double[] trust, double[] confidence) {
        double[] sameFalse = sameFalseChance(table, confidence, falseValues);
        double logDisagree = Math.log(1 - copyRate);
        for (int p = 0; p < pairFirst.length; p++) {
            double a1 = trust[pairFirst[p]];
            double a2 = trust[pairSecond[p]];
            double mean = (a1 + a2) / 2;
            double bothTrue = a1 * a2;
            double logOdds = priorLogOdds + disagreements[p] * logDisagree;
            for (int k = sharedStart[p]; k < sharedStart[p + 1]; k++) {
                int v = sharedValues[k];
                double truth = confidence[v];
                double bothFalse = (1 - a1) * (1 - a2) * sameFalse[v];
                double copiedFalse = copyRate * (1 - mean) + (1 - copyRate) * bothFalse;
                double independent = truth * bothTrue + (1 - truth) * bothFalse;
                double copying = truth * bothTrue + (1 - truth) * copiedFalse;
                logOdds += Math.log(Math.max(copying, 1e-300)) - Math.log(Math.max(independent, 1e-300));
            }
            dependence[p] = 1 / (1 + Math.exp(-Math.max(-700, Math.min(700, logOdds))));
        }
    }

    /** Per value, the chance that a source that is wrong on its object picks it, leaving one claim of it out. */
    static double[] sameFalseChance(ClaimTable table, double[] confidence, int falseValues) {
        double[] chance = new double[table.valueCount()];
        double prior = FALSE_VALUE_CONCENTRATION / falseValues;
        for (int o = 0; o < table.objects.length; o++) {
            double falseWeight = 0;
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                falseWeight += (1 - confidence[v]) * (table.claimStart[v + 1] - table.claimStart[v]);
            }
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                double wrong = 1 - confidence[v];
                double onValue = wrong * (table.claimStart[v + 1] - table.claimStart[v]) - wrong;
                chance[v] = (onValue + prior) / (falseWeight - wrong + FALSE_VALUE_CONCENTRATION);
            }
        }
        return chance;
    }

    /**
     * Each claim's independence in [0,1]: its providers are ordered by trust (then id) and a provider counts
     * only as far as it is not copying an earlier one, Π over earlier providers (1 - c · dependence).
     */
    void independence(double[] trust, double[] out) {
        java.util.Arrays.fill(out, 1);
        for (int v = 0; v < table.valueCount(); v++) {
            int from = table.claimStart[v];
            int k = table.claimStart[v + 1] - from;
            if (k < 2 || !anyDependent(v)) {
                continue;
            }
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -trust[table.claimSource[from + i]])
                    .thenComparingInt(i -> i));
            for (int x = 1; x < k; x++) {
                double independent = 1;
                int i = order[x];
                for (int y = 0; y < x; y++) {
                    int j = order[y];
                    int lo = Math.min(i, j);
                    int hi = Math.max(i, j);
                    int index = pairStart[v] + lo * (2 * k - lo - 1) / 2 + (hi - lo - 1);
                    independent *= 1 - copyRate * dependence[pairOfValue[index]];
                }
                out[from + i] = independent;
            }
        }
    }

    /** Whether any pair among the value's providers is dependent enough to change a vote. */
    private boolean anyDependent(int v) {
        for (int k = pairStart[v]; k < pairStart[v + 1]; k++) {
            if (dependence[pairOfValue[k]] > NEGLIGIBLE) {
                return true;
            }
        }
        return false;
    }

    /** Pairs at least as likely dependent as {@code threshold}, most likely first. */
    List<SourceDependence> dependencies(double threshold) {
        List<SourceDependence> found = new ArrayList<>();
        for (int p = 0; p < pairFirst.length; p++) {
            if (dependence[p] >= threshold) {
                found.add(new SourceDependence(table.sources[pairFirst[p]], table.sources[pairSecond[p]],
                        dependence[p], sharedStart[p + 1] - sharedStart[p]));
            }
        }
        found.sort(Comparator.comparingDouble(SourceDependence::probability).reversed()
                .thenComparing(SourceDependence::first).thenComparing(SourceDependence::second));
        return found;
    }
}
