package news.reliability.core.align;

import java.util.Objects;

import news.reliability.core.model.Claim;

/**
 * A claim with the source that made it.
 *
 * @param sourceId   the source's identifier
 * @param sourceName the source's display name
 * @param claim      the claim
 */
public record SourcedClaim(String sourceId, String sourceName, Claim claim) {

    public SourcedClaim {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(claim, "claim");
    }
}
