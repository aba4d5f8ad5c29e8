package news.reliability.scoring.truth;

/**
 * A candidate value of one object with the confidence that it is the true one.
 *
 * @param object     the object
 * @param value      the value as the sources most often wrote it (its most frequent raw form)
 * @param key        the normalised value that claims were grouped by
 * @param confidence probability-like confidence in [0,1]; for one object they sum to at most 1 in the
 *                   engine and voting, TruthFinder's do not
 * @param claims     number of claims for this value
 * @param chosen     whether this is the object's chosen (most confident) value
 */
public record ValueConfidence(String object, String value, String key, double confidence, int claims,
                              boolean chosen) {
}
