package news.reliability.core.report;

import java.util.List;

/**
 * A story: articles about one event and the facts they share.
 *
 * @param id          the story's identifier
 * @param articles    ids of its articles
 * @param claimGroups its facts, each compared across sources
 */
public record StoryReport(String id, List<String> articles, List<ClaimGroupReport> claimGroups) {

    public StoryReport {
        articles = List.copyOf(articles);
        claimGroups = List.copyOf(claimGroups);
    }
}
