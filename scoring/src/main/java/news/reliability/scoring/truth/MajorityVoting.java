package news.reliability.scoring.truth;

import java.util.List;

/**
 * The baseline: each object's value is the one with the most (weighted) claims, ties to the smaller key;
 * a value's confidence is its share of the object's claim weight. A source's trust is the Beta(1,1)
 * posterior of its claims agreeing with the chosen values. Similarity between values is not used beyond
 * the normalisation that groups claims into values. Stateless and thread-safe.
 */
public final class MajorityVoting implements TruthDiscovery {

    @Override
    public String name() {
        return "voting";
    }

    @Override
    public TruthResult resolve(List<TruthClaim> claims, ValueSimilarity similarity) {
        return resolve(ClaimTable.of(claims, similarity));
    }

    TruthResult resolve(ClaimTable table) {
        double[] confidence = new double[table.valueCount()];
        boolean[] chosen = new boolean[table.valueCount()];
        for (int o = 0; o < table.objects.length; o++) {
            double total = 0;
            int best = -1;
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                double weight = 0;
                for (int c = table.claimStart[v]; c < table.claimStart[v + 1]; c++) {
                    weight += table.claimWeight[c];
                }
                confidence[v] = weight;
                total += weight;
                if (best < 0 || weight > confidence[best]) {
                    best = v;
                }
            }
            for (int v = table.valueStart[o]; v < table.valueStart[o + 1]; v++) {
                confidence[v] /= total;
            }
            chosen[best] = true;
        }
        double[] right = new double[table.sources.length];
        double[] wrong = new double[table.sources.length];
        for (int s = 0; s < table.sources.length; s++) {
            right[s] = 1;
            wrong[s] = 1;
            for (int k = table.sourceClaimStart[s]; k < table.sourceClaimStart[s + 1]; k++) {
                int c = table.sourceClaims[k];
                if (chosen[table.claimValue[c]]) {
                    right[s] += table.claimWeight[c];
                } else {
                    wrong[s] += table.claimWeight[c];
                }
            }
        }
        return table.result(confidence, right, wrong, 0.95, List.of(), 1, true);
    }
}
