/**
 * Reliability: from what is known about a source to its score, interval and evidence list.
 *
 * <p>{@link news.reliability.scoring.reliability.SourceReliability} is the entry point: truth discovery
 * ({@link news.reliability.scoring.truth.TruthEngine}) over the claim groups of all stories, each claim group
 * an object and each source's value of it ({@link news.reliability.scoring.reliability.GroupClaim}) a claim,
 * gives every claim a probability of being true; those probabilities, the articles' quality scores and their
 * boilerplate shares ({@link news.reliability.scoring.reliability.ArticleSignals}) become pseudo-observations
 * of one Beta posterior per source, whose mean is the score and whose credible interval stays wide while the
 * source has little checkable evidence. {@link news.reliability.scoring.reliability.BetaDistribution} gives the
 * interval.
 */
package news.reliability.scoring.reliability;
