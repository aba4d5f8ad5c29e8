package news.reliability.scoring.truth;

/**
 * A source's estimated trustworthiness: the probability that a claim of it is true, with an equal-tailed
 * credible interval that is wide when the source made few claims.
 *
 * @param source the source
 * @param trust  the point estimate, in [0,1]
 * @param low    lower end of the interval
 * @param high   upper end of the interval
 * @param claims number of claims the estimate rests on (after merging a source's duplicate claims)
 */
public record SourceTrust(String source, double trust, double low, double high, int claims) {
}
