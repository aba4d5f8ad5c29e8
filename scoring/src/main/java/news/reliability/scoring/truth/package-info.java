/**
 * Truth discovery: from conflicting (source, object, value) claims to each object's most likely value and
 * each source's trust with an interval.
 *
 * <p>Entry points: {@link news.reliability.scoring.truth.TruthEngine} (Accu-style Bayesian estimation with a
 * Beta prior on trust, claim weights, value similarity and copy detection), and the baselines
 * {@link news.reliability.scoring.truth.MajorityVoting} and {@link news.reliability.scoring.truth.TruthFinder},
 * all behind {@link news.reliability.scoring.truth.TruthDiscovery}. Values are normalised and compared by a
 * {@link news.reliability.scoring.truth.ValueSimilarity}: text, numbers within a relative tolerance, or author
 * lists ({@link news.reliability.scoring.truth.PersonNameNormalizer}). The benchmark sets are read by
 * {@link news.reliability.scoring.truth.TruthBenchmarks}; {@link news.reliability.scoring.truth.SyntheticClaims}
 * generates seeded data with known truth and copiers. Plain Java; depends on Commons Text only.
 */
package news.reliability.scoring.truth;
