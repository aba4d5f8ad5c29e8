package news.reliability.core.model;

import java.util.Objects;

/**
 * One unit of an article's layout: a line of plain text or a block-level HTML element.
 *
 * @param index       position in reading order, from 0
 * @param kind        line of text or HTML element
 * @param start       offset of the first character in the parsed text (see {@code ParsedDocument#text})
 * @param end         offset just past the last character in the parsed text
 * @param text        the block's text, whitespace-normalised for HTML, verbatim for plain text
 * @param paragraph   index of the paragraph the block belongs to (for HTML every element is its own)
 * @param tagPath     for HTML the element path from the body ("body/div.article/p"); for text "text/p"
 * @param linkDensity share of the block's characters inside links, in [0,1] (0 for plain text)
 * @param sourceStart offset in the content as given (the HTML source for HTML), or -1 when unknown
 * @param sourceEnd   end offset in the content as given, or -1 when unknown
 */
public record Block(int index, BlockKind kind, int start, int end, String text, int paragraph, String tagPath,
                    double linkDensity, int sourceStart, int sourceEnd) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tagPath, "tagPath");
        if (index < 0 || start < 0 || end < start || paragraph < 0) {
            throw new IllegalArgumentException("bad block position: index=" + index + " start=" + start
                    + " end=" + end + " paragraph=" + paragraph);
        }
        if (!(linkDensity >= 0 && linkDensity <= 1)) {
            throw new IllegalArgumentException("linkDensity must be in [0,1]: " + linkDensity);
        }
    }

    /** Number of whitespace-separated words in the block. */
    public int wordCount() {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
