package news.reliability.scoring.truth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The truth-discovery engine: estimates each source's trust and each value's confidence jointly, in the
 * Bayesian way of Dong et al.'s Accu/AccuSim (VLDB 2009), with a Beta prior on trust, claim weights, value
 * similarity and copy detection.
 *
 * <p>Each round: a source of trust A votes ln(n A / (1 - A)) for its value (n false values per object),
 * scaled by the claim's weight and by its independence from earlier providers of the same value
 * ({@link CopyDetector}); a value's score adds ρ times the scores of similar values, weighted by their
 * similarity; an object's values get softmax probabilities against its n + 1 possible values, the unclaimed
 * ones scoring 0. A source's trust is then the mean of Beta(α + Σ w P(v), β + Σ w (1 - P(v))) over its
 * claims, so a source with one claim stays near the prior mean α / (α + β), and its interval stays wide.
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
     * @param detectCopying    whether to discount sources that copy each other
     * @param copyPrior        prior probability that two sources are dependent, in (0,1)
     * @param copyRate         c, the share of its values a copier copies, in (0,1)
     * @param maxIterations    at most this many rounds, at least 1
     * @param tolerance        stop when no trust changes by more than this, positive
     * @param credibility      mass of the reported trust interval, in (0,1)
     */
    public record Options(double priorTrue, double priorFalse, int falseValues, double similarityWeight,
                          boolean detectCopying, double copyPrior, double copyRate, int maxIterations,
                          double tolerance, double credibility) {

        static final String PREFIX = "scoring.truth.engine.";
        private static final Set<String> NAMES = Set.of("priorTrue", "priorFalse", "falseValues",
                "similarityWeight", "detectCopying", "copyPrior", "copyRate", "maxIterations", "tolerance",
                "credibility");

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
         * trust interval), 95 % intervals.
         */
        public static Options defaults() {
            return new Options(1, 1, 100, 0.5, true, 0.2, 0.8, 100, 1e-4, 0.95);
        }

        /** The same options without copy detection. */
        public Options withoutCopyDetection() {
            return new Options(priorTrue, priorFalse, falseValues, similarityWeight, false, copyPrior, copyRate,
                    maxIterations, tolerance, credibility);
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
                    OptionKeys.number(properties, PREFIX + "credibility", d.credibility));
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
        int n = options.falseValues();
        boolean converged = false;
        int iteration = 0;
        while (iteration < options.maxIterations()) {
            iteration++;
            if (useCopies && iteration > 1) {
                copies.update(trust, confidence);
                copies.independence(trust, independence);
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
            double change = 0;
            for (int s = 0; s < sources; s++) {
                double right = options.priorTrue();
                double wrong = options.priorFalse();
                for (int k = table.sourceClaimStart[s]; k < table.sourceClaimStart[s + 1]; k++) {
                    int c = table.sourceClaims[k];
                    double p = confidence[table.claimValue[c]];
                    right += table.claimWeight[c] * p;
                    wrong += table.claimWeight[c] * (1 - p);
                }
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
}
