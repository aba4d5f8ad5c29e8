package news.reliability.api.dto;

import java.time.Instant;

/** A story in a listing. */
public record StorySummary(long id, String title, Instant firstPublishedAt, Instant lastPublishedAt, long articles,
                           long claimGroups) {
}
