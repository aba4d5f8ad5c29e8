package news.reliability.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles from several outlets about the same event, and the facts they share.
 *
 * @param id          stable identifier
 * @param articleIds  the articles of the story, in the order they were added
 * @param claimGroups the facts stated by the story's articles, each compared across sources
 */
public record Story(String id, List<String> articleIds, List<ClaimGroup> claimGroups) {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        claimGroups = List.copyOf(claimGroups);
    }
}
