package news.reliability.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One outlet's report as it arrived, before any analysis.
 *
 * @param id          stable identifier: derived from the URL when there is one, else from source and content
 * @param source      the outlet
 * @param url         where it was published, if known
 * @param title       its headline, if known
 * @param publishedAt when it was published, if known; relative dates in the text are anchored to it
 * @param format      whether {@code content} is plain text or HTML
 * @param content     the text or HTML exactly as given
 */
public record Article(String id, Source source, Optional<String> url, Optional<String> title,
                      Optional<Instant> publishedAt, ContentFormat format, String content) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /**
     * An article whose id is derived the way the whole product derives it, so that the same article gets
     * the same id in the command line, the API and the database: from the URL when there is one (the same
     * URL is the same article, even if its text was edited), else from the source name and the content.
     */
    public static Article of(Source source, Optional<String> url, Optional<String> title,
                             Optional<Instant> publishedAt, ContentFormat format, String content) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Optional<String> cleanUrl = url.map(String::strip).filter(u -> !u.isEmpty());
        String key = cleanUrl.map(u -> "url\n" + u).orElseGet(() -> "content\n" + source.name() + "\n" + content);
        return new Article("a" + Hashes.sha256Hex(key).substring(0, 15), source, cleanUrl,
                title.map(String::strip).filter(t -> !t.isEmpty()), publishedAt, format, content);
    }
}
