package news.reliability.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.reliability.core.model.Block;
import news.reliability.core.model.BlockKind;

class TextParserTest {

    private final TextParser parser = new TextParser();

    static Stream<Arguments> exactBlocks() {
        return Stream.of(
                Arguments.of("one line", "one line", List.of("[0,8) p0 \"one line\"")),
                Arguments.of("lf", "a\nb", List.of("[0,1) p0 \"a\"", "[2,3) p0 \"b\"")),
                Arguments.of("crlf", "a\r\nb", List.of("[0,1) p0 \"a\"", "[3,4) p0 \"b\"")),
                Arguments.of("cr", "a\rb", List.of("[0,1) p0 \"a\"", "[2,3) p0 \"b\"")),
                Arguments.of("blank line starts a paragraph", "a\n\nb",
                        List.of("[0,1) p0 \"a\"", "[3,4) p1 \"b\"")),
                Arguments.of("crlf blank line", "a\r\n\r\nb",
                        List.of("[0,1) p0 \"a\"", "[5,6) p1 \"b\"")),
                Arguments.of("cr blank line", "a\r\rb", List.of("[0,1) p0 \"a\"", "[3,4) p1 \"b\"")),
                Arguments.of("whitespace-only line is blank", "a\n \t \nb",
                        List.of("[0,1) p0 \"a\"", "[6,7) p1 \"b\"")),
                Arguments.of("several blank lines are one break", "a\n\n\n\nb",
                        List.of("[0,1) p0 \"a\"", "[5,6) p1 \"b\"")),
                Arguments.of("leading and trailing spaces", "  a b  ", List.of("[2,5) p0 \"a b\"")),
                Arguments.of("leading blank lines", "\n\n  x", List.of("[4,5) p0 \"x\"")),
                Arguments.of("trailing terminator", "x\r\n", List.of("[0,1) p0 \"x\"")),
                Arguments.of("mixed terminators", "  a b \r\n\r\nc\rd\n\n\n e ",
                        List.of("[2,5) p0 \"a b\"", "[10,11) p1 \"c\"", "[12,13) p1 \"d\"",
                                "[17,18) p2 \"e\"")),
                Arguments.of("tabs inside a line are kept", "a\tb", List.of("[0,3) p0 \"a\tb\"")),
                Arguments.of("three paragraphs", "Title\n\nFirst line\nsecond line\n\nLast",
                        List.of("[0,5) p0 \"Title\"", "[7,17) p1 \"First line\"",
                                "[18,29) p1 \"second line\"", "[31,35) p2 \"Last\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactBlocks")
    void pinsBlocks(String name, String input, List<String> expected) {
        ParsedDocument document = parser.parse(input);
        assertEquals(expected, document.blocks().stream().map(BlockInvariants::describe).toList());
        assertEquals(input, document.text(), "plain text is kept exactly as given");
        BlockInvariants.assertConsistent(document);
        for (Block block : document.blocks()) {
            assertEquals(input.substring(block.start(), block.end()), block.text());
            assertEquals(BlockKind.LINE, block.kind());
            assertEquals("text/p", block.tagPath());
            assertEquals(0.0, block.linkDensity());
            assertEquals(block.start(), block.sourceStart());
            assertEquals(block.end(), block.sourceEnd());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\r\n", "\r", " \t\n\r\n  \r", "\u2003\u2003"})
    void blankTextHasNoBlocks(String input) {
        ParsedDocument document = parser.parse(input);
        assertTrue(document.blocks().isEmpty(), () -> "blocks for blank input: " + document.blocks());
        assertEquals(input, document.text());
        assertTrue(document.title().isEmpty());
    }

    @Test
    void indexesCountBlocksAcrossParagraphs() {
        var blocks = parser.parse("a\nb\n\nc").blocks();
        assertEquals(List.of(0, 1, 2), blocks.stream().map(Block::index).toList());
        assertEquals(List.of(0, 0, 1), blocks.stream().map(Block::paragraph).toList());
    }
}
