package news.reliability.scoring.truth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import news.reliability.scoring.OptionKeys;

/**
 * TruthFinder (Yin, Han and Yu, KDD 2007), the second baseline, from the paper's description.
 *
 * <p>A source's trust t gives the trust score τ = -ln(1 - t); a fact's confidence score σ is the sum of its
 * providers' τ (times claim weight), adjusted by the facts of the same object: σ*(f) = σ(f) + ρ Σ σ(f')
 * (sim(f', f) - base); its confidence is 1 / (1 + e^(-γ σ*)); a source's trust is the mean confidence of its
 * facts. Stops when the trust vector's cosine similarity to the previous one exceeds 1 - tolerance.
 * Stateless and thread-safe.
 */
public final class TruthFinder implements TruthDiscovery {

    /**
     * The paper's parameters.
     *
     * @param initialTrust   every source's starting trust, in (0,1)
     * @param dampening      γ, in (0,1]
     * @param influence      ρ, weight of related facts, in [0,1]
     * @param baseSimilarity similarity below which facts count against each other, in [0,1]
     * @param maxIterations  at most this many rounds
     * @param tolerance      δ, stop when 1 - cosine(t, t') is below it
     */
    public record Options(double initialTrust, double dampening, double influence, double baseSimilarity,
                          int maxIterations, double tolerance) {

        static final String PREFIX = "scoring.truth.truthfinder.";
        private static final Set<String> NAMES = Set.of("initialTrust", "dampening", "influence",
                "baseSimilarity", "maxIterations", "tolerance");

        public Options {
            if (!(initialTrust > 0 && initialTrust < 1)) {
                throw new IllegalArgumentException("initialTrust must be in (0,1): " + initialTrust);
            }
            if (!(dampening > 0 && dampening <= 1)) {
                throw new IllegalArgumentException("dampening must be in (0,1]: " + dampening);
            }
            if (!(influence >= 0 && influence <= 1) || !(baseSimilarity >= 0 && baseSimilarity <= 1)) {
                throw new IllegalArgumentException("influence and baseSimilarity must be in [0,1]");
            }
            if (maxIterations < 1 || !(tolerance > 0)) {
                throw new IllegalArgumentException("maxIterations and tolerance must be positive");
            }
        }

        /** t0 = 0.9, γ = 0.3, ρ = 0.5, base 0.5, δ = 0.001: the values the paper used. */
        public static Options defaults() {
            return new Options(0.9, 0.3, 0.5, 0.5, 100, 0.001);
        }

        public static Options of(Properties properties) {
            OptionKeys.refuseUnknown(properties, PREFIX, NAMES);
            Options d = defaults();
            return new Options(
                    OptionKeys.number(properties, PREFIX + "initialTrust", d.initialTrust),
                    OptionKeys.number(properties, PREFIX + "dampening", d.dampening),
                    OptionKeys.number(properties, PREFIX + "influence", d.influence),
                    OptionKeys.number(properties, PREFIX + "baseSimilarity", d.baseSimilarity),
                    OptionKeys.integer(properties, PREFIX + "maxIterations", d.maxIterations),
                    OptionKeys.number(properties, PREFIX + "tolerance", d.tolerance));
        }

        public Properties toProperties() {
            Properties p = new Properties();
            p.setProperty(PREFIX + "initialTrust", Double.toString(initialTrust));
            p.setProperty(PREFIX + "dampening", Double.toString(dampening));
            p.setProperty(PREFIX + "influence", Double.toString(influence));
            p.setProperty(PREFIX + "baseSimilarity", Double.toString(baseSimilarity));
            p.setProperty(PREFIX + "maxIterations", Integer.toString(maxIterations));
            p.setProperty(PREFIX + "tolerance", Double.toString(tolerance));
            return p;
        }
    }

    private static final double MAX_TRUST = 1 - 1e-9;

    private final Options options;

    public TruthFinder(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String name() {
        return "truthfinder";
    }

    @Override
    public TruthResult resolve(List<TruthClaim> claims, ValueSimilarity similarity) {
        return resolve(ClaimTable.of(claims, similarity));
    }

    TruthResult resolve(ClaimTable table) {
        int sources = table.sources.length;
        int values = table.valueCount();
        double[] trust = new double[sources];
        Arrays.fill(trust, options.initialTrust());
        double[] sigma = new double[values];
        double[] confidence = new double[values];
        boolean converged = false;
        int iteration = 0;
        while (iteration < options.maxIterations()) {
            iteration++;
            for (int v = 0; v < values; v++) {
                double sum = 0;
                for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                    sum -= table.claimWeight[c] * Math.log(1 - Math.min(MAX_TRUST, trust[table.claimSource[c]]));
                }
                sigma[v] = sum;
            }
            for (int o = 0; o < table.objects.length; o++) {
                double objectTotal = 0;
                for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                    objectTotal += sigma[v];
                }
                for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                    double related = 0;
                    for (int k = table.simStart[v]; k < table.simStart[v + 1]; k++) {
                        related += sigma[table.simValue[k]] * table.simWeight[k];
                    }
                    double others = objectTotal - sigma[v];
                    double adjusted = sigma[v] + options.influence() * (related - options.baseSimilarity() * others);
                    confidence[v] = 1 / (1 + Math.exp(-options.dampening() * adjusted));
                }
            }
            double dot = 0;
            double before = 0;
            double after = 0;
            for (int s = 0; s < sources; s++) {
                double sum = 0;
                double weight = 0;
                for (int k = table.sourceClaimStart[s]; k < table.sourceClaimStart[s + 1]; k++) {
                    int c = table.sourceClaims[k];
                    sum += table.claimWeight[c] * confidence[table.claimValue[c]];
                    weight += table.claimWeight[c];
                }
                double updated = sum / weight;
                dot += updated * trust[s];
                before += trust[s] * trust[s];
                after += updated * updated;
                trust[s] = updated;
            }
            double cosine = before == 0 || after == 0 ? 1 : dot / Math.sqrt(before * after);
            if (1 - cosine < options.tolerance()) {
                converged = true;
                break;
            }
        }
        double[] right = new double[sources];
        double[] wrong = new double[sources];
        for (int s = 0; s < sources; s++) {
            right[s] = 1;
            wrong[s] = 1;
            for (int k = table.sourceClaimStart[s]; k < table.sourceClaimStart[s + 1]; k++) {
                int c = table.sourceClaims[k];
                right[s] += table.claimWeight[c] * confidence[table.claimValue[c]];
                wrong[s] += table.claimWeight[c] * (1 - confidence[table.claimValue[c]]);
            }
        }
        return table.result(confidence, right, wrong, 0.95, List.of(), iteration, converged);
    }
}
