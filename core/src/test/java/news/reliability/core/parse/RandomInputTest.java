package news.reliability.core.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import news.reliability.core.model.Block;

/** Random and hostile strings through both parsers: they must never throw, and offsets must hold. */
class RandomInputTest {

    private static final long SEED = 0x5EED_2026L;
    private static final int CASES = 500;

    /** Pieces random inputs are built from: markup fragments, odd characters, line terminators. */
    private static final List<String> FRAGMENTS = List.of(
            "<", ">", "</", "/>", "<p>", "</p>", "<div class=\"a b\">", "</div>", "<a href=\"/x\">", "</a>",
            "<script>", "</script>", "<style>", "<pre>", "</pre>", "<li>", "<br>", "<!--", "-->", "<![CDATA[",
            "]]>", "<!DOCTYPE html>", "<title>", "</title>", "&amp;", "&#x1F600;", "&#0;", "&", "&nbsp;",
            "<table><tr><td>", "<svg><text>", "<noscript>", "<textarea>", "<html>", "<body>", "\"", "'", "=",
            "\n", "\r\n", "\r", "\n\n", "\t", " ", "\u00A0", "\u2003", "\u2028", "\u0085", "\u000B", "\f", "\0",
            "\u200B", "\uFEFF", "é", "e\u0301", "漢字", "😀", "\uD800", "\uDC00", "\uFFFF", "word", "Word.",
            "12,400", "$10 billion");

    static List<String> randomInputs() {
        Random random = new Random(SEED);
        return java.util.stream.IntStream.range(0, CASES).mapToObj(i -> randomString(random)).toList();
    }

    private static String randomString(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 1 -> out.append((char) random.nextInt(0x20));
                case 2 -> out.append((char) (0x20 + random.nextInt(0x5F)));
                case 3 -> out.append((char) random.nextInt(Character.MAX_VALUE + 1));
                case 4 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> {
                    if (random.nextInt(25) == 0) {
                        out.append("long line ".repeat(5_000 + random.nextInt(20_000)));
                    } else {
                        out.append("word ".repeat(random.nextInt(8)));
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void generatorIsSeededAndVaried() {
        List<String> inputs = randomInputs();
        assertEquals(CASES, inputs.size());
        assertEquals(inputs, randomInputs(), "same seed, same inputs");
        assertTrue(inputs.stream().anyMatch(s -> s.length() > 50_000), "some very long lines");
        assertTrue(inputs.stream().anyMatch(s -> s.contains("<") && s.contains(">")));
        assertTrue(inputs.stream().anyMatch(String::isEmpty));
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void textParserNeverThrowsAndKeepsOffsets(String input) {
        ParsedDocument document = assertDoesNotThrow(() -> new TextParser().parse(input));
        assertEquals(input, document.text());
        BlockInvariants.assertConsistent(document);
        for (Block block : document.blocks()) {
            assertTrue(block.text().chars().noneMatch(c -> c == '\n' || c == '\r'), "a line holds no terminator");
        }
    }

    @ParameterizedTest
    @MethodSource("randomInputs")
    void htmlParserNeverThrowsAndKeepsOffsets(String input) {
        ParsedDocument document = assertDoesNotThrow(() -> new HtmlParser().parse(input));
        BlockInvariants.assertConsistent(document);
        for (Block block : document.blocks()) {
            assertTrue(block.sourceStart() == -1 || block.sourceStart() >= 0 && block.sourceEnd() <= input.length(),
                    block::toString);
        }
    }

    /** Inputs that are easy to get wrong; kept so that any that once breaks the code stays replayed. */
    static List<String> regressionInputs() {
        return List.of(
                "",
                "\r",
                "\r\n\r",
                "\n\r",
                "<",
                "<p",
                "</p>",
                "<a><a><a>x</a>",
                "<p><a href=x>a</a> <a href=y>b</a></p>",
                "<script>",
                "<script><p>not text</p>",
                "<pre>\n\n</pre><pre>  </pre>",
                "<p>\u00A0\u00A0</p>",
                "<p>\u2003x\u2003</p>",
                "<table><td>cell<td>cell</table>",
                "<svg><p>inside svg</p></svg>after",
                "<title>t</title><title>u</title>",
                "&#0;&#xD800;&#x110000;",
                "\uD800<p>\uDC00</p>",
                "<br>".repeat(10_000),
                "<b>".repeat(5_000) + "x",
                "<p>" + "a\u0301".repeat(10_000));
    }

    @ParameterizedTest
    @MethodSource("regressionInputs")
    void regressionInputsParse(String input) {
        BlockInvariants.assertConsistent(assertDoesNotThrow(() -> new HtmlParser().parse(input)));
        BlockInvariants.assertConsistent(assertDoesNotThrow(() -> new TextParser().parse(input)));
    }
}
