package news.reliability.core.read;

import java.util.List;
import java.util.Objects;

import news.reliability.core.entity.ArticleEntities;
import news.reliability.core.model.Article;
import news.reliability.core.model.Claim;
import news.reliability.core.model.Sentence;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.story.StoryFeatures;

/**
 * What reading one article found.
 *
 * @param article   the article
 * @param document  its parsed text and blocks
 * @param language  ISO 639-1 code of its main text, or "und"
 * @param analysed  whether it was read beyond its language (English main text)
 * @param sentences the main text's sentences
 * @param entities  its entities
 * @param claims    its claims
 * @param features  what story grouping compares
 */
public record ReadArticle(Article article, ParsedDocument document, String language, boolean analysed,
                          List<Sentence> sentences, ArticleEntities entities, List<Claim> claims,
                          StoryFeatures features) {

    public ReadArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(features, "features");
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
