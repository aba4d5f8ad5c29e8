package news.reliability.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of one story about the same fact ("the buyer's investment: amount"), compared.
 *
 * @param id        identifier, unique within its story
 * @param subject   readable subject of the fact
 * @param attribute what about the subject the claims state ("amount", "valuation")
 * @param claims    every claim of the story about this fact
 * @param consensus  the value most sources support, when there is one
 * @param supporting claims that agree with the consensus
 * @param conflicts  claims that contradict the consensus, each with its reason
 */
public record ClaimGroup(String id, String subject, String attribute, List<Claim> claims,
                         Optional<Quantity> consensus, List<Claim> supporting, List<Conflict> conflicts) {

    public ClaimGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(consensus, "consensus");
        claims = List.copyOf(claims);
        supporting = List.copyOf(supporting);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * A claim that disagrees with its group.
     *
     * @param claim  the disagreeing claim
     * @param reason why it counts as a conflict ("value", "negation", "stance")
     */
    public record Conflict(Claim claim, String reason) {
        public Conflict {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
