package news.reliability.scoring.truth;

import java.util.List;

/**
 * A method that resolves conflicting claims: it picks each object's value and estimates each source's trust.
 * Implementations are deterministic: the same claims give the same result, whatever their order.
 */
public interface TruthDiscovery {

    /** A short name for reports ("engine", "voting", "truthfinder"). */
    String name();

    /** Resolves the claims; values are compared through {@code similarity}. */
    TruthResult resolve(List<TruthClaim> claims, ValueSimilarity similarity);
}
