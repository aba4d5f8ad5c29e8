package news.reliability.core.parse;

import news.reliability.core.model.Article;

/**
 * Parses an article by its format: {@link TextParser} for plain text, {@link HtmlParser} for HTML.
 * Stateless and thread-safe; the article is not modified.
 */
public final class ArticleParser {

    private final TextParser textParser = new TextParser();
    private final HtmlParser htmlParser = new HtmlParser();

    /** The article's blocks; offsets point into {@link ParsedDocument#text()}. */
    public ParsedDocument parse(Article article) {
        return switch (article.format()) {
            case TEXT -> textParser.parse(article.content());
            case HTML -> htmlParser.parse(article.content());
        };
    }
}
