package news.reliability.scoring.truth;

/**
 * Two sources found to depend on each other (one copies the other, direction unknown).
 *
 * @param first       one source (the lexically smaller name)
 * @param second      the other source
 * @param probability posterior probability that they are not independent
 * @param shared      number of values both claim
 */
public record SourceDependence(String first, String second, double probability, int shared) {
}
