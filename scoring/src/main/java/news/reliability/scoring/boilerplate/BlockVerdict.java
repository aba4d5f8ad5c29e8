package news.reliability.scoring.boilerplate;

import java.util.Objects;

import news.reliability.core.model.Block;

/**
 * The classifier's judgement of one block.
 *
 * @param block              the block, with its offsets into {@code ParsedDocument.text()}
 * @param label              content, or the boilerplate kind
 * @param contentProbability the model's probability that the block is content, in [0,1], after smoothing
 */
public record BlockVerdict(Block block, BlockLabel label, double contentProbability) {

    public BlockVerdict {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(label, "label");
        if (!(contentProbability >= 0 && contentProbability <= 1)) {
            throw new IllegalArgumentException("contentProbability must be in [0,1]: " + contentProbability);
        }
    }

    /** True when the block is main content. */
    public boolean isContent() {
        return label == BlockLabel.CONTENT;
    }
}
