package news.reliability.api.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * {@link SourceView} as it is sent: the signals, evidence and model versions go out as the JSON the service
 * stored when it computed the score (objects and arrays, never strings), so a read neither parses nor
 * re-serialises them. The OpenAPI document describes the response as {@link SourceView}.
 *
 * @param id            public identifier
 * @param source        display name
 * @param score         reliability in [0,1], or null before the first score
 * @param low           lower end of the 95 % interval
 * @param high          upper end of the 95 % interval
 * @param articles      number of its articles
 * @param signals       stored JSON object of the score's measured inputs
 * @param evidence      stored JSON array of the claim groups and flagged spans behind the score
 * @param modelVersions stored JSON object of the models the score was computed with
 * @param scoredAt      when the score was computed
 */
public record StoredSourceView(String id, String source, Double score, Double low, Double high, int articles,
                               @JsonRawValue String signals, @JsonRawValue String evidence,
                               @JsonRawValue String modelVersions, Instant scoredAt) {
}
