package news.reliability.api.dto;

import java.time.Instant;

/** One past score of a source. */
public record ScoreHistoryEntry(double score, double low, double high, int articles, Instant computedAt) {
}
