package news.reliability.scoring.quality;

import java.util.Objects;

/**
 * A low-quality span of an article.
 *
 * @param kind   what was found
 * @param start  offset of the span in the article's text
 * @param end    end offset, at least {@code start}
 * @param text   the span's text
 * @param reason human-readable reason naming the measured value ("sentence repeated 3 times")
 */
public record QualityFlag(FlagKind kind, int start, int end, String text, String reason) {

    public QualityFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span: " + start + ".." + end);
        }
    }
}
