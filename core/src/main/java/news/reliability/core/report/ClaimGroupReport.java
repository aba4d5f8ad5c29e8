package news.reliability.core.report;

import java.util.List;

/**
 * One fact of a story as each source reported it.
 *
 * @param id        identifier, unique within the story
 * @param subject   readable subject
 * @param attribute what about the subject is stated
 * @param claims    each source's claim
 * @param consensus the value most sources support, or null when there is none
 * @param conflicts claims that contradict the consensus
 */
public record ClaimGroupReport(String id, String subject, String attribute, List<GroupClaim> claims,
                               Consensus consensus, List<ConflictReport> conflicts) {

    public ClaimGroupReport {
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }

    /** A source's claim in a group. */
    public record GroupClaim(String source, String text, Double value, String unit) {
    }

    /** The supported value and the sources behind it. */
    public record Consensus(Double value, String unit, List<String> sources) {
        public Consensus {
            sources = List.copyOf(sources);
        }
    }

    /** A source whose value contradicts the consensus, and why. */
    public record ConflictReport(String source, Double value, String text, String reason) {
    }
}
