package news.reliability.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import news.reliability.core.report.EvidenceReport;

/**
 * A source with its latest score, as {@code GET /sources/{id}} returns it.
 *
 * @param id            public identifier
 * @param source        display name
 * @param score         reliability in [0,1], or null before the first score
 * @param low           lower end of the 95 % interval
 * @param high          upper end of the 95 % interval
 * @param articles      number of its articles
 * @param signals       measured inputs of the score
 * @param evidence      claim groups and flagged spans behind the score
 * @param modelVersions models the score was computed with
 * @param scoredAt      when the score was computed
 */
public record SourceView(String id, String source, Double score, Double low, Double high, int articles,
                         Map<String, Double> signals, List<EvidenceReport> evidence,
                         Map<String, String> modelVersions, Instant scoredAt) {
}
