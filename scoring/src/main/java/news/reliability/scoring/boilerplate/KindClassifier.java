package news.reliability.scoring.boilerplate;

import java.util.Locale;
import java.util.Objects;

import news.reliability.core.model.Block;
import news.reliability.core.text.SentenceEnds;

/**
 * Names the kind of a block already judged boilerplate, by rules over {@link WordLists}: the kind whose
 * phrases (weight 2) and tag-path fragments (weight 1) occur most; without any hit, link-heavy blocks near
 * the top are navigation, a line with only a date is a byline, headline-like lines after the main text are
 * related teasers, the rest other.
 *
 * <p>Immutable and thread-safe.
 */
public final class KindClassifier {

    private final WordLists words;

    public KindClassifier(WordLists words) {
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * The kind of boilerplate block {@code block}.
     *
     * @param relativePosition the block's index divided by the last index, in [0,1]
     * @param afterMainText    true when no content block follows it
     */
    public BlockLabel kind(Block block, double relativePosition, boolean afterMainText) {
        String text = block.text().toLowerCase(Locale.ROOT);
        String path = BlockFeatures.nearPath(block.tagPath()).toLowerCase(Locale.ROOT);
        var phraseHits = words.phraseHits(text);
        BlockLabel best = BlockLabel.OTHER;
        int bestScore = 0;
        for (BlockLabel kind : BlockLabel.KINDS) {
            if (kind == BlockLabel.OTHER) {
                continue;
            }
            int score = 2 * phraseHits.getOrDefault(kind, 0) + words.pathHits(kind.label(), path);
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        if (bestScore > 0) {
            return best;
        }
        if (MetadataLines.isDateLine(text)) {
            return BlockLabel.BYLINE;
        }
        if (text.strip().startsWith("#")) {
            return BlockLabel.TAGS;
        }
        if (block.linkDensity() > 0.5) {
            return relativePosition < 0.3 ? BlockLabel.NAVIGATION : BlockLabel.RELATED;
        }
        if (afterMainText && block.wordCount() >= 3 && !SentenceEnds.endsSentence(block.text())) {
            return BlockLabel.RELATED;
        }
        return BlockLabel.OTHER;
    }
}
