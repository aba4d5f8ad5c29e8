package news.reliability.api.dto;

import news.reliability.core.report.ArticleReport;

/**
 * The outcome of ingesting one article.
 *
 * @param created false when the article was already stored (same URL, or same source and content)
 * @param article its analysis
 */
public record IngestResult(boolean created, ArticleReport article) {
}
