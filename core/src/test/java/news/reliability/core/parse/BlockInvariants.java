package news.reliability.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import news.reliability.core.model.Block;

/** Checks every parser must satisfy, shared by the parser tests so the contract is stated once. */
final class BlockInvariants {

    private BlockInvariants() {
    }

    /**
     * Blocks are numbered from 0 in reading order, do not overlap, point into {@code document.text()} at
     * exactly their own text, and carry a non-blank, already-stripped text and a link density in [0,1].
     */
    static void assertConsistent(ParsedDocument document) {
        String text = document.text();
        List<Block> blocks = document.blocks();
        int previousEnd = 0;
        int previousParagraph = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String where = "block " + i + " " + block;
            assertEquals(i, block.index(), where);
            assertTrue(block.start() >= previousEnd, where + " overlaps the previous block");
            assertTrue(block.end() <= text.length(), where + " ends past the text");
            assertEquals(block.text(), text.substring(block.start(), block.end()), where);
            assertFalse(block.text().isBlank(), where + " is blank");
            assertEquals(block.text().strip(), block.text(), where + " is not stripped");
            assertTrue(block.linkDensity() >= 0 && block.linkDensity() <= 1, where);
            assertTrue(block.paragraph() >= previousParagraph, where + " goes back a paragraph");
            assertTrue(block.sourceStart() <= block.sourceEnd(), where + " has a reversed source range");
            previousEnd = block.end();
            previousParagraph = block.paragraph();
        }
    }

    /** A block as one short line: {@code [start,end) p<paragraph> "text"}, to pin exact output. */
    static String describe(Block block) {
        return "[" + block.start() + "," + block.end() + ") p" + block.paragraph() + " \"" + block.text() + "\"";
    }
}
