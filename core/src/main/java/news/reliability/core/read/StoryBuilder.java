package news.reliability.core.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.reliability.core.align.ClaimAligner;
import news.reliability.core.align.SourcedClaim;
import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Story;
import news.reliability.core.story.StoryGrouper;

/**
 * Groups read articles into stories and aligns each story's claims. One builder per corpus; not
 * thread-safe (story grouping is incremental and ordered).
 */
public final class StoryBuilder {

    private final StoryGrouper grouper;
    private final ClaimAligner aligner = new ClaimAligner();
    private final Map<String, ReadArticle> articles = new LinkedHashMap<>();

    public StoryBuilder(StoryGrouper.Options options) {
        this.grouper = new StoryGrouper(options);
    }

    /** Adds an article; returns its story's id. Adding the same article again changes nothing. */
    public String add(ReadArticle article) {
        articles.putIfAbsent(article.article().id(), article);
        return grouper.add(article.article().id(), article.features());
    }

    /** Every story with its claim groups, in the order the stories were opened. */
    public List<Story> stories() {
        List<Story> stories = new ArrayList<>();
        for (String storyId : grouper.stories()) {
            stories.add(story(storyId));
        }
        return stories;
    }

    /** One story with its claim groups. */
    public Story story(String storyId) {
        List<String> articleIds = grouper.articlesOf(storyId);
        List<SourcedClaim> claims = new ArrayList<>();
        for (String articleId : articleIds) {
            ReadArticle article = articles.get(articleId);
            for (Claim claim : article.claims()) {
                claims.add(new SourcedClaim(article.article().source().id(), article.article().source().name(), claim));
            }
        }
        List<ClaimGroup> groups = aligner.align(claims);
        return new Story(storyId, articleIds, groups);
    }
}
