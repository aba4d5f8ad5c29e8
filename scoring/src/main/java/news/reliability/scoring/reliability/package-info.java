/**
 * Reliability: from the evidence gathered about a source to its score, interval and evidence list.
 *
 * <p>{@link news.reliability.scoring.reliability.SourceScorer} treats each corroborated claim as a success
 * and each contradicted claim as a failure of a Beta-Binomial model with a uniform prior, so that a source
 * with little evidence stays near the prior with a wide interval.
 */
package news.reliability.scoring.reliability;
