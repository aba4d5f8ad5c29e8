package news.reliability.scoring.truth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * PooledInvestment (Pasternack and Roth, COLING 2010), a third baseline, from the paper's description.
 *
 * <p>Every source starts with trust 1 and invests it evenly in its claims; a claim's pooled investment is
 * H(c) = Σ T(s) / |C_s| over its sources; its belief is H(c) · G(H(c)) / Σ G(H(d)) over the values d of the
 * same object, with G(x) = x^g. A source then earns back from each of its claims the claim's belief in
 * proportion to its share of the investment: T(s) = Σ B(c) · (T(s) / |C_s|) / Σ_r (T(r) / |C_r|). The paper's
 * exponent g = 1.4 and a fixed number of rounds (20); claim weights and value similarity are not part of the
 * method and are ignored (equal values still share one key). The reported confidence is the belief
 * normalised within its object; the reported trust is a Beta(1,1) posterior over those confidences, so that
 * the output has the same shape as the other methods'. Stateless and thread-safe.
 */
public final class PooledInvestment implements TruthDiscovery {

    /**
     * @param exponent   g of G(x) = x^g, at least 1
     * @param iterations rounds, at least 1
     */
    public record Options(double exponent, int iterations) {

        public Options {
            if (!(exponent >= 1) || Double.isInfinite(exponent)) {
                throw new IllegalArgumentException("exponent must be at least 1: " + exponent);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
            }
        }

        /** g = 1.4 and 20 rounds, as in the paper. */
        public static Options defaults() {
            return new Options(1.4, 20);
        }
    }

    private final Options options;

    public PooledInvestment(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String name() {
        return "pooledinvestment";
    }

    @Override
    public TruthResult resolve(List<TruthClaim> claims, ValueSimilarity similarity) {
        return resolve(ClaimTable.of(claims, similarity));
    }

    TruthResult resolve(ClaimTable table) {
        int sources = table.sources.length;
        int values = table.valueCount();
        double[] share = new double[sources];
        for (int s = 0; s < sources; s++) {
            share[s] = 1.0 / Math.max(1, table.sourceClaimStart[s + 1] - table.sourceClaimStart[s]);
        }
        double[] trust = new double[sources];
        Arrays.fill(trust, 1);
        double[] belief = new double[values];
        for (int o = 0; o < table.objects.length; o++) {
            int count = table.valueStart[o + 1] - table.valueStart[o];
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                belief[v] = 1.0 / count;
            }
        }
        double[] invested = new double[values];
        double[] next = new double[sources];
        for (int round = 0; round < options.iterations(); round++) {
            pool(table, trust, share, invested);
            Arrays.fill(next, 0);
            for (int v = 0; v < values; v++) {
                if (invested[v] <= 0) {
                    continue;
                }
                for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                    int s = table.claimSource[c];
                    next[s] += belief[v] * trust[s] * share[s] / invested[v];
                }
            }
            double max = 0;
            for (double t : next) {
                max = Math.max(max, t);
            }
            // The method is invariant to scaling all trust by one factor; rescaling keeps the numbers finite.
            for (int s = 0; s < sources; s++) {
                trust[s] = max > 0 ? next[s] / max : 0;
            }
            pool(table, trust, share, invested);
            for (int o = 0; o < table.objects.length; o++) {
                double sum = 0;
                for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                    sum += Math.pow(invested[v], options.exponent());
                }
                for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                    belief[v] = sum > 0 ? invested[v] * Math.pow(invested[v], options.exponent()) / sum : 0;
                }
            }
        }
        double[] confidence = new double[values];
        for (int o = 0; o < table.objects.length; o++) {
            double sum = 0;
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                sum += belief[v];
            }
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                confidence[v] = sum > 0 ? belief[v] / sum : 1.0 / (table.valueStart[o + 1] - table.valueStart[o]);
            }
        }
        double[] successes = new double[sources];
        double[] failures = new double[sources];
        for (int s = 0; s < sources; s++) {
            successes[s] = 1;
            failures[s] = 1;
            for (int k = table.sourceClaimStart[s]; k < table.sourceClaimStart[s + 1]; k++) {
                double p = confidence[table.claimValue[table.sourceClaims[k]]];
                successes[s] += p;
                failures[s] += 1 - p;
            }
        }
        return table.result(confidence, successes, failures, 0.95, List.of(), options.iterations(), false);
    }

    /** H(v) = Σ T(s) / |C_s| over the sources of each value. */
    private static void pool(ClaimTable table, double[] trust, double[] share, double[] invested) {
        for (int v = 0; v < invested.length; v++) {
            double sum = 0;
            for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                int s = table.claimSource[c];
                sum += trust[s] * share[s];
            }
            invested[v] = sum;
        }
    }
}
