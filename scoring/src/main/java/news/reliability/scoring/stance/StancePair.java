package news.reliability.scoring.stance;

import java.util.Objects;

/**
 * A claim (or headline), a body text and how the body stands toward the claim.
 *
 * @param claim the claim or headline
 * @param body  the body text
 * @param label the gold stance
 */
public record StancePair(String claim, String body, StanceLabel label) {
    public StancePair {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(label, "label");
    }
}
