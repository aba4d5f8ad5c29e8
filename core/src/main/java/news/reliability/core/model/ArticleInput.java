package news.reliability.core.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An article as a user sends it (JSON object, JSONL line, API request), before validation. Any field may be
 * {@code null}; {@link #toArticle()} checks them and says which one is wrong.
 *
 * @param source      the outlet's name; required
 * @param url         where it was published
 * @param title       its headline
 * @param publishedAt ISO-8601 instant ("2026-03-04T09:30:00Z"), date-time with offset, or date
 * @param text        the plain text; exactly one of {@code text} and {@code html} is required
 * @param html        the HTML page or fragment
 */
public record ArticleInput(String source, String url, String title, String publishedAt, String text,
                           String html) {

    /** Longest content accepted, in characters. */
    public static final int MAX_CONTENT_CHARS = 5_000_000;
    /** Longest URL accepted. */
    public static final int MAX_URL_CHARS = 2_048;
    /** Longest title accepted. */
    public static final int MAX_TITLE_CHARS = 2_000;

    /**
     * Validates and converts.
     *
     * @throws InvalidArticleException naming the offending field
     */
    public Article toArticle() {
        if (source == null || source.isBlank()) {
            throw new InvalidArticleException("source", "source is required");
        }
        Source parsedSource;
        try {
            parsedSource = new Source(source);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("source", e.getMessage());
        }
        boolean hasText = text != null && !text.isBlank();
        boolean hasHtml = html != null && !html.isBlank();
        if (hasText && hasHtml) {
            throw new InvalidArticleException("text", "give either text or html, not both");
        }
        if (!hasText && !hasHtml) {
            throw new InvalidArticleException(text != null || html == null ? "text" : "html",
                    "text or html is required and must not be blank");
        }
        String content = hasText ? text : html;
        if (content.length() > MAX_CONTENT_CHARS) {
            throw new InvalidArticleException(hasText ? "text" : "html",
                    "longer than " + MAX_CONTENT_CHARS + " characters: " + content.length());
        }
        if (content.indexOf('\0') >= 0) {
            throw new InvalidArticleException(hasText ? "text" : "html",
                    "contains NUL characters: binary data is not an article");
        }
        if (url != null && url.length() > MAX_URL_CHARS) {
            throw new InvalidArticleException("url", "longer than " + MAX_URL_CHARS + " characters");
        }
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            throw new InvalidArticleException("title", "longer than " + MAX_TITLE_CHARS + " characters");
        }
        return Article.of(parsedSource, Optional.ofNullable(url), Optional.ofNullable(title),
                parsePublishedAt(), hasText ? ContentFormat.TEXT : ContentFormat.HTML, content);
    }

    private Optional<Instant> parsePublishedAt() {
        if (publishedAt == null || publishedAt.isBlank()) {
            return Optional.empty();
        }
        String value = publishedAt.strip();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notOffset) {
                try {
                    return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException notDate) {
                    throw new InvalidArticleException("publishedAt",
                            "not an ISO-8601 date or instant: \"" + abbreviate(value) + "\"");
                }
            }
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
