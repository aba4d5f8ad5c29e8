package news.reliability.api.dto;

import java.time.Instant;

/** A source in a listing: its latest score without the evidence. */
public record SourceSummary(String id, String source, Double score, Double low, Double high, int articles,
                            Instant scoredAt) {
}
