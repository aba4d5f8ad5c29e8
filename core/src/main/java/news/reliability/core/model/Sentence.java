package news.reliability.core.model;

import java.util.Objects;

/**
 * A sentence of an article's main text.
 *
 * @param start offset of its first character in the article's text
 * @param end   offset just past its last character
 * @param text  the sentence as it appears in the text
 */
public record Sentence(int start, int end, String text) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span: " + start + ".." + end);
        }
    }
}
