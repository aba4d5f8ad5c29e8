package news.reliability.core.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import news.reliability.core.model.Block;

/**
 * An article's content split into blocks.
 *
 * @param text   the plain text every offset of the analysis points into: for plain-text articles the content
 *               exactly as given; for HTML the blocks' texts joined by blank lines
 * @param blocks the blocks in reading order
 * @param title  the document's own title (HTML {@code <title>}), when it has one
 */
public record ParsedDocument(String text, List<Block> blocks, Optional<String> title) {

    public ParsedDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
