package news.reliability.api.dto;

import java.time.Instant;
import java.util.List;

import news.reliability.core.report.ClaimGroupReport;

/**
 * A story as {@code GET /stories/{id}} returns it: the report's story shape plus its title and time span.
 *
 * @param id               the story's identifier
 * @param title            the title of its first article, or null
 * @param firstPublishedAt earliest publication among its articles
 * @param lastPublishedAt  latest publication among its articles
 * @param articles         ids of its articles
 * @param claimGroups      its facts with each source's value, the consensus and the conflicts
 */
public record StoryView(long id, String title, Instant firstPublishedAt, Instant lastPublishedAt,
                        List<String> articles, List<ClaimGroupReport> claimGroups) {
}
