package news.reliability.scoring.boilerplate;

import java.util.List;
import java.util.stream.Collectors;

import news.reliability.core.model.Block;

/**
 * An article's main text: its content blocks in reading order. Each block keeps its offsets into the
 * parsed document's text, so later steps (claims) can point back into the article.
 *
 * @param blocks the content blocks, in reading order
 */
public record MainText(List<Block> blocks) {

    public MainText {
        blocks = List.copyOf(blocks);
    }

    /** The content blocks of {@code verdicts}, in order. */
    public static MainText of(List<BlockVerdict> verdicts) {
        return new MainText(verdicts.stream().filter(BlockVerdict::isContent).map(BlockVerdict::block).toList());
    }

    /** The blocks' texts joined by blank lines; empty when there is no content. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** True when no block is content. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}
