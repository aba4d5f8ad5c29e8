package news.reliability.core.report;

/**
 * A flagged span of an article.
 *
 * @param kind   what was found (a boilerplate kind such as "newsletter", or a quality kind such as
 *               "repetition")
 * @param start  offset of the span in the article's text
 * @param end    end offset of the span
 * @param text   the span's text
 * @param reason human-readable reason naming the measured value, or null
 */
public record FlagReport(String kind, int start, int end, String text, String reason) {
}
