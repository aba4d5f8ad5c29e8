package news.reliability.scoring.truth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import news.reliability.scoring.OptionKeys;

/**
 * The truth-discovery engine: estimates each source's trust and each value's confidence jointly, in the
 * Bayesian way of Dong et al.'s Accu/AccuSim (VLDB 2009), with a Beta prior on trust, claim weights, value
 * similarity and copy detection.
 *
 * <p>Each round: a source of trust A votes ln(n A / (1 - A)) for its value (n false values per object),
 * scaled by the claim's weight and by the probability that it was not copied: from whichever other provider
 * of the object ({@link SourceCopying}, the default) and, optionally, from an earlier provider of the same
 * value that it depends on pairwise ({@link CopyDetector}, Dong et al.'s model); a value's score adds ρ times the scores of similar values, weighted by their
 * similarity; an object's values get softmax probabilities against its n + 1 possible values, the unclaimed
 * ones scoring 0. A source's trust is then the mean of Beta(κ m + Σ w P(v), κ (1 - m) + Σ w (1 - P(v))) over
 * its claims on objects that at least one other source also claims (κ = α + β; the prior mean m is
 * α / (α + β), or learned from sources of similar activity, see {@link Options#activityPrior}), so a source
 * with one claim stays near the prior mean, and its interval stays wide. Claims on objects no other source
 * claims are left out of trust: under the model their likelihood is the same whatever the source's accuracy
 * (a lone value is true with probability equal to its source's trust, which only confirms that trust), so
 * they are no evidence; the fixed point is the same with or without them, but without them it is reached in
 * fewer rounds and the interval of a source with many unchecked claims is not narrowed by them.
 * Trust updates after the first are damped (half the old value, half the new) so that sources that only
 * check each other do not oscillate. Rounds stop when no trust moves by more than the tolerance, or after the maximum number of rounds.
 *
 * <p>Deterministic: no randomness, ids in name order. Stateless and thread-safe; the claims are not modified.
 */
public final class TruthEngine implements TruthDiscovery {

    /**
     * Hyperparameters, chosen by principle and checked on seeded synthetic data (see docs/BENCHMARKS.md),
     * never on the benchmarks' gold answers.
     *
     * @param priorTrue        α of the Beta prior on trust, positive
     * @param priorFalse       β of the Beta prior on trust, positive
     * @param falseValues      n, how many false values an object is assumed to have, at least 1
     * @param similarityWeight ρ, how much similar values support each other, in [0,1]
     * @param detectCopying    whether to discount sources that copy each other pairwise (Dong et al.)
     * @param copyPrior        prior probability that two sources are dependent, and prior mean of a source's
     *                         rate of copying from any provider, in (0,1)
     * @param copyRate         c, the share of its values a pairwise copier copies, in (0,1)
     * @param maxIterations    at most this many rounds, at least 1
     * @param tolerance        stop when no trust changes by more than this, positive
     * @param credibility      mass of the reported trust interval, in (0,1)
     * @param activityPrior    whether the prior mean of a source's trust is learned from the other sources of
     *                         similar activity (the same power of two of claims) instead of fixed at
     *                         α / (α + β): the group's pooled Beta posterior mean from α, β and its members'
     *                         checked claims, leaving the source itself out; the prior's strength α + β is kept
     * @param copyingFromAny   whether to discount claims copied from whichever other provider of the object
     *                         ({@link SourceCopying}; its rate prior has the trust prior's strength α + β)
     */
    public record Options(double priorTrue, double priorFalse, int falseValues, double similarityWeight,
                          boolean detectCopying, double copyPrior, double copyRate, int maxIterations,
                          double tolerance, double credibility, boolean activityPrior, boolean copyingFromAny) {

        static final String PREFIX = "scoring.truth.engine.";
        private static final Set<String> NAMES = Set.of("priorTrue", "priorFalse", "falseValues",
                "similarityWeight", "detectCopying", "copyPrior", "copyRate", "maxIterations", "tolerance",
                "credibility", "activityPrior", "copyingFromAny");

        public Options {
            if (!(priorTrue > 0) || !(priorFalse > 0) || Double.isInfinite(priorTrue) || Double.isInfinite(priorFalse)) {
                throw new IllegalArgumentException("prior pseudo-counts must be positive and finite");
            }
            if (falseValues < 1) {
                throw new IllegalArgumentException("falseValues must be at least 1: " + falseValues);
            }
            if (!(similarityWeight >= 0 && similarityWeight <= 1)) {
                throw new IllegalArgumentException("similarityWeight must be in [0,1]: " + similarityWeight);
            }
            if (!(copyPrior > 0 && copyPrior < 1)) {
                throw new IllegalArgumentException("copyPrior must be in (0,1): " + copyPrior);
            }
            if (!(copyRate > 0 && copyRate < 1)) {
                throw new IllegalArgumentException("copyRate must be in (0,1): " + copyRate);
            }
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be at least 1: " + maxIterations);
            }
            if (!(tolerance > 0)) {
                throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
            }
            if (!(credibility > 0 && credibility < 1)) {
                throw new IllegalArgumentException("credibility must be in (0,1): " + credibility);
            }
        }

        /**
         * A uniform prior (as the source scorer's), n = 100 and ρ = 0.5 as in Dong et al.'s experiments,
         * copy prior 0.2 and copy rate 0.8 (theirs), 100 rounds, tolerance 1e-4 (far below the width of any
         * trust interval), 95 % intervals, and the activity-aware prior (Pasternack and Roth's observation that
         * how much a source says tells about how reliable it is; which way is learned from the data), and
         * copying from any provider detected instead of pairwise copying (docs/BENCHMARKS.md compares them).
         */
        public static Options defaults() {
            return new Options(1, 1, 100, 0.5, false, 0.2, 0.8, 100, 1e-4, 0.95, true, true);
        }

        /** The same options without any copy detection. */
        public Options withoutCopyDetection() {
            return new Options(priorTrue, priorFalse, falseValues, similarityWeight, false, copyPrior, copyRate,
                    maxIterations, tolerance, credibility, activityPrior, false);
        }

        /** The same options with pairwise copy detection (Dong et al.) instead of copying from any provider. */
        public Options withPairwiseCopying() {
            return new Options(priorTrue, priorFalse, falseValues, similarityWeight, true, copyPrior, copyRate,
                    maxIterations, tolerance, credibility, activityPrior, false);
        }

        /** The same options with the fixed prior mean α / (α + β) for every source. */
        public Options withoutActivityPrior() {
            return new Options(priorTrue, priorFalse, falseValues, similarityWeight, detectCopying, copyPrior,
                    copyRate, maxIterations, tolerance, credibility, false, copyingFromAny);
        }

        /** Reads options from {@code scoring.truth.engine.*} keys; unknown keys of the namespace are refused. */
        public static Options of(Properties properties) {
            OptionKeys.refuseUnknown(properties, PREFIX, NAMES);
            Options d = defaults();
            return new Options(
                    OptionKeys.number(properties, PREFIX + "priorTrue", d.priorTrue),
                    OptionKeys.number(properties, PREFIX + "priorFalse", d.priorFalse),
                    OptionKeys.integer(properties, PREFIX + "falseValues", d.falseValues),
                    OptionKeys.number(properties, PREFIX + "similarityWeight", d.similarityWeight),
                    OptionKeys.bool(properties, PREFIX + "detectCopying", d.detectCopying),
                    OptionKeys.number(properties, PREFIX + "copyPrior", d.copyPrior),
                    OptionKeys.number(properties, PREFIX + "copyRate", d.copyRate),
                    OptionKeys.integer(properties, PREFIX + "maxIterations", d.maxIterations),
                    OptionKeys.number(properties, PREFIX + "tolerance", d.tolerance),
                    OptionKeys.number(properties, PREFIX + "credibility", d.credibility),
                    OptionKeys.bool(properties, PREFIX + "activityPrior", d.activityPrior),
                    OptionKeys.bool(properties, PREFIX + "copyingFromAny", d.copyingFromAny));
        }

        public Properties toProperties() {
            Properties p = new Properties();
            p.setProperty(PREFIX + "priorTrue", Double.toString(priorTrue));
            p.setProperty(PREFIX + "priorFalse", Double.toString(priorFalse));
            p.setProperty(PREFIX + "falseValues", Integer.toString(falseValues));
            p.setProperty(PREFIX + "similarityWeight", Double.toString(similarityWeight));
            p.setProperty(PREFIX + "detectCopying", Boolean.toString(detectCopying));
            p.setProperty(PREFIX + "copyPrior", Double.toString(copyPrior));
            p.setProperty(PREFIX + "copyRate", Double.toString(copyRate));
            p.setProperty(PREFIX + "maxIterations", Integer.toString(maxIterations));
            p.setProperty(PREFIX + "tolerance", Double.toString(tolerance));
            p.setProperty(PREFIX + "credibility", Double.toString(credibility));
            p.setProperty(PREFIX + "activityPrior", Boolean.toString(activityPrior));
            p.setProperty(PREFIX + "copyingFromAny", Boolean.toString(copyingFromAny));
            return p;
        }
    }

    /** Pairs reported as dependent have at least this posterior probability. */
    static final double REPORTED_DEPENDENCE = 0.5;

    private static final double EPSILON = 1e-9;
    /**
     * Share of the previous trust kept in each update after the first: the same fixed points, but no
     * two-cycles between sources that only check each other.
     */
    static final double DAMPING = 0.5;

    private final Options options;

    public TruthEngine(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public TruthResult resolve(List<TruthClaim> claims, ValueSimilarity similarity) {
        return resolve(ClaimTable.of(claims, similarity));
    }

    TruthResult resolve(ClaimTable table) {
        int sources = table.sources.length;
        int values = table.valueCount();
        int claims = table.claimCount();
        double prior = options.priorTrue() / (options.priorTrue() + options.priorFalse());
        double[] trust = new double[sources];
        Arrays.fill(trust, prior);
        double[] successes = new double[sources];
        double[] failures = new double[sources];
        double[] confidence = new double[values];
        double[] score = new double[values];
        double[] adjusted = new double[values];
        double[] vote = new double[sources];
        double[] independence = new double[claims];
        Arrays.fill(independence, 1);
        CopyDetector copies = options.detectCopying() ? new CopyDetector(table, options.copyPrior(),
                options.copyRate(), options.falseValues()) : null;
        boolean useCopies = copies != null && copies.pairCount() > 0;
        SourceCopying fromAny = options.copyingFromAny() ? new SourceCopying(table, options.copyPrior(),
                options.priorTrue() + options.priorFalse(), options.falseValues(), options.similarityWeight()) : null;
        int n = options.falseValues();
        boolean[] checked = checkedClaims(table);
        int[] group = options.activityPrior() ? activityGroups(table) : new int[sources];
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        double[] ownRight = new double[sources];
        double[] ownTotal = new double[sources];
        double[] groupRight = new double[groups];
        double[] groupTotal = new double[groups];
        double kappa = options.priorTrue() + options.priorFalse();
        boolean converged = false;
        int iteration = 0;
        while (iteration < options.maxIterations()) {
            iteration++;
            if (useCopies && iteration > 1) {
                copies.update(trust, confidence);
                copies.independence(trust, independence);
            }
            if (fromAny != null && iteration > 1) {
                if (!useCopies) {
                    Arrays.fill(independence, 1);
                }
                fromAny.update(trust, confidence, independence);
            }
            for (int s = 0; s < sources; s++) {
                double a = Math.min(1 - EPSILON, Math.max(EPSILON, trust[s]));
                vote[s] = Math.log(n * a / (1 - a));
            }
            for (int v = 0; v < values; v++) {
                double sum = 0;
                for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                    sum += table.claimWeight[c] * independence[c] * vote[table.claimSource[c]];
                }
                score[v] = sum;
            }
            for (int v = 0; v < values; v++) {
                double sum = score[v];
                for (int k = table.simStart[v]; k < table.simStart[v + 1]; k++) {
                    sum += options.similarityWeight() * table.simWeight[k] * score[table.simValue[k]];
                }
                adjusted[v] = sum;
            }
            for (int o = 0; o < table.objects.length; o++) {
                int from = table.valueStart[o];
                int to = table.valueStart[o + 1];
                double max = 0;
                for (int v = from; v < to; v++) {
                    max = Math.max(max, adjusted[v]);
                }
                double unclaimed = Math.max(0, n + 1 - (to - from));
                double total = unclaimed * Math.exp(-max);
                for (int v = from; v < to; v++) {
                    total += Math.exp(adjusted[v] - max);
                }
                for (int v = from; v < to; v++) {
                    confidence[v] = Math.exp(adjusted[v] - max) / total;
                }
            }
            Arrays.fill(groupRight, 0);
            Arrays.fill(groupTotal, 0);
            for (int s = 0; s < sources; s++) {
                double right = 0;
                double total = 0;
                for (int k = table.sourceClaimStart[s]; k < table.sourceClaimStart[s + 1]; k++) {
                    int c = table.sourceClaims[k];
                    if (checked[c]) {
                        right += table.claimWeight[c] * confidence[table.claimValue[c]];
                        total += table.claimWeight[c];
                    }
                }
                ownRight[s] = right;
                ownTotal[s] = total;
                groupRight[group[s]] += right;
                groupTotal[group[s]] += total;
            }
            double change = 0;
            for (int s = 0; s < sources; s++) {
                double mean = options.activityPrior()
                        ? (options.priorTrue() + groupRight[group[s]] - ownRight[s])
                                / (kappa + groupTotal[group[s]] - ownTotal[s])
                        : prior;
                double right = kappa * mean + ownRight[s];
                double wrong = kappa * (1 - mean) + ownTotal[s] - ownRight[s];
                successes[s] = right;
                failures[s] = wrong;
                double updated = iteration == 1 ? right / (right + wrong)
                        : DAMPING * trust[s] + (1 - DAMPING) * right / (right + wrong);
                change = Math.max(change, Math.abs(updated - trust[s]));
                trust[s] = updated;
            }
            if (change < options.tolerance()) {
                converged = true;
                break;
            }
        }
        List<SourceDependence> dependencies = useCopies ? copies.dependencies(REPORTED_DEPENDENCE) : List.of();
        return table.result(confidence, successes, failures, options.credibility(), dependencies, iteration,
                converged);
    }

    /** Whether each claim is on an object that at least one other source also claims. */
    static boolean[] checkedClaims(ClaimTable table) {
        boolean[] checked = new boolean[table.claimCount()];
        for (int o = 0; o < table.objects.length; o++) {
            int from = table.claimStart[table.valueStart[o]];
            int to = table.claimStart[table.valueStart[o + 1]];
            boolean shared = false;
            for (int c = from + 1; c < to && !shared; c++) {
                shared = table.claimSource[c] != table.claimSource[from];
            }
            Arrays.fill(checked, from, to, shared);
        }
        return checked;
    }

    /** Each source's activity group: the power of two of its number of claims (1, 2-3, 4-7, ...), numbered densely. */
    static int[] activityGroups(ClaimTable table) {
        int sources = table.sources.length;
        int[] bucket = new int[sources];
        boolean[] used = new boolean[32];
        for (int s = 0; s < sources; s++) {
            int count = Math.max(1, table.sourceClaimStart[s + 1] - table.sourceClaimStart[s]);
            bucket[s] = 31 - Integer.numberOfLeadingZeros(count);
            used[bucket[s]] = true;
        }
        int[] dense = new int[32];
        int next = 0;
        for (int b = 0; b < 32; b++) {
            dense[b] = used[b] ? next++ : -1;
        }
        for (int s = 0; s < sources; s++) {
            bucket[s] = dense[bucket[s]];
        }
        return bucket;
    }
}
