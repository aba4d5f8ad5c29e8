package news.reliability.core.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.reliability.core.model.Block;
import news.reliability.core.model.BlockKind;

class HtmlParserTest {

    private static final String PAGE = """
            <html><head><title> Fire contained </title><style>p { color: red }</style>\
            <script>var secret = "SCRIPTTEXT";</script></head>
            <body>
              <div class="article main">
                <h1>Head line</h1>
                <p>First para with <a href="/x">a link</a> here.</p>
                <ul><li>One</li><li>Two</li></ul>
                <script>document.write("INLINESCRIPT")</script>
                <noscript>NOSCRIPTTEXT</noscript>
                <style>.x { content: "STYLETEXT" }</style>
              </div>
              <p><a href="/y">all link</a></p>
              <div id="Foot">abcd<a href="/z">efgh</a></div>
            </body></html>
            """;

    private final HtmlParser parser = new HtmlParser();

    @Test
    void pinsBlocksOfASmallPage() {
        ParsedDocument document = parser.parse(PAGE);
        assertEquals(List.of(
                        "[0,9) p0 \"Head line\"",
                        "[11,39) p1 \"First para with a link here.\"",
                        "[41,44) p2 \"One\"",
                        "[46,49) p3 \"Two\"",
                        "[51,59) p4 \"all link\"",
                        "[61,69) p5 \"abcdefgh\""),
                document.blocks().stream().map(BlockInvariants::describe).toList());
        assertEquals("Head line\n\nFirst para with a link here.\n\nOne\n\nTwo\n\nall link\n\nabcdefgh",
                document.text());
        assertTrue(document.blocks().stream().allMatch(b -> b.kind() == BlockKind.ELEMENT));
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void tagPathNamesElementsByIdOrFirstClass() {
        List<String> paths = parser.parse(PAGE).blocks().stream().map(Block::tagPath).toList();
        assertEquals(List.of(
                "body/div.article/h1",
                "body/div.article/p",
                "body/div.article/ul/li",
                "body/div.article/ul/li",
                // A block's path ends at its block-level element, not at inline elements inside it.
                "body/p",
                "body/div#foot"), paths);
    }

    @Test
    void deepPathsKeepTheInnermostThirtyTwoElements() {
        String html = "<body>" + "<div>".repeat(40) + "<p>deep</p>" + "</div>".repeat(40) + "</body>";
        Block block = parser.parse(html).blocks().getFirst();
        assertEquals("…/" + "div/".repeat(31) + "p", block.tagPath());
        String shallow = "<body>" + "<div>".repeat(20) + "<p>deep</p>" + "</div>".repeat(20) + "</body>";
        assertEquals("body/" + "div/".repeat(20) + "p", parser.parse(shallow).blocks().getFirst().tagPath());
    }

    @Test
    void scriptStyleAndNoscriptNeverAppear() {
        ParsedDocument document = parser.parse(PAGE);
        for (String hidden : List.of("SCRIPTTEXT", "INLINESCRIPT", "NOSCRIPTTEXT", "STYLETEXT", "color", "secret")) {
            assertFalse(document.text().contains(hidden), hidden);
            assertTrue(document.blocks().stream().noneMatch(b -> b.text().contains(hidden)), hidden);
        }
    }

    static Stream<Arguments> linkDensities() {
        return Stream.of(
                Arguments.of("<p>no links at all</p>", 0.0),
                Arguments.of("<p><a href=\"/\">every word is a link</a></p>", 1.0),
                Arguments.of("<ul><li><a href=\"/\">Home</a></li></ul>", 1.0),
                Arguments.of("<p>abcd<a href=\"/\">efgh</a></p>", 0.5),
                Arguments.of("<p>half text <a href=\"/\">half link</a></p>", 0.5),
                Arguments.of("<p><a href=\"/\"><b>nested</b> inside</a></p>", 1.0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("linkDensities")
    void measuresLinkDensity(String html, double expected) {
        List<Block> blocks = parser.parse(html).blocks();
        assertEquals(1, blocks.size(), () -> blocks.toString());
        // Spaces between pieces of link text are not counted, so densities are approximate.
        assertEquals(expected, blocks.getFirst().linkDensity(), 0.1);
    }

    @Test
    void sourceOffsetsPointIntoTheHtml() {
        String html = PAGE;
        List<Block> blocks = parser.parse(html).blocks();
        assertFalse(blocks.isEmpty());
        for (Block block : blocks) {
            assertTrue(block.sourceStart() >= 0 && block.sourceEnd() <= html.length(), block::toString);
            String source = html.substring(block.sourceStart(), block.sourceEnd());
            String firstWord = block.text().split("\\s+")[0];
            // A word may run across inline markup ("abcd<a>efgh</a>"), so compare without the tags.
            String sourceText = source.replaceAll("<[^>]*>", "");
            assertTrue(sourceText.contains(firstWord), () -> block + " source: " + source);
            assertTrue(source.startsWith(block.text().substring(0, 1)), () -> block + " source: " + source);
        }
        Block first = blocks.getFirst();
        assertEquals("Head line", html.substring(first.sourceStart(), first.sourceEnd()));
    }

    @Test
    void entitiesAreDecodedInTextButNotInSource() {
        String html = "<p>Fish &amp; chips</p>";
        Block block = parser.parse(html).blocks().getFirst();
        assertEquals("Fish & chips", block.text());
        assertEquals("Fish &amp; chips", html.substring(block.sourceStart(), block.sourceEnd()));
    }

    @Test
    void titleBecomesTitleButNotABlock() {
        ParsedDocument document = parser.parse(PAGE);
        assertEquals(Optional.of("Fire contained"), document.title());
        assertTrue(document.blocks().stream().noneMatch(b -> b.text().contains("Fire contained")));
        assertEquals(Optional.empty(), parser.parse("<p>no title</p>").title());
        assertEquals(Optional.empty(), parser.parse("<title>   </title><p>x</p>").title());
    }

    @Test
    void whitespaceIsCollapsedOutsidePre() {
        List<Block> blocks = parser.parse("<p>  a \n\t b  </p><pre>  x\n    y  </pre>").blocks();
        assertEquals("a b", blocks.get(0).text());
        assertEquals("x\n    y", blocks.get(1).text());
    }

    @Test
    void textAroundANestedBlockSplitsIntoThreeBlocks() {
        ParsedDocument document = parser.parse("<div>before <p>inner</p> after</div>");
        assertEquals(List.of("before", "inner", "after"), document.blocks().stream().map(Block::text).toList());
        assertEquals(List.of("body/div", "body/div/p", "body/div"),
                document.blocks().stream().map(Block::tagPath).toList());
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void tenThousandNestedDivsParseQuickly() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "deep text here" + "</div>".repeat(10_000)
                + "</body></html>";
        ParsedDocument document = assertTimeout(Duration.ofSeconds(5), () -> parser.parse(html));
        assertEquals(List.of("deep text here"), document.blocks().stream().map(Block::text).toList());
        assertTrue(document.blocks().getFirst().tagPath().startsWith("…/"));
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void unclosedTagsStillGiveTheirText() {
        ParsedDocument document = parser.parse("<p>one<p>two<div><span>three<b>four");
        assertEquals(List.of("one", "two", "threefour"), document.blocks().stream().map(Block::text).toList());
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void fiveMegabyteSingleLine() {
        String html = "<p>" + "word ".repeat(1_000_000) + "</p>";
        ParsedDocument document = assertTimeout(Duration.ofSeconds(20), () -> parser.parse(html));
        assertEquals(1, document.blocks().size());
        assertEquals(5_000_000 - 1, document.blocks().getFirst().text().length());
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void randomBytesDecodedAsTextNeverThrow() {
        Random random = new Random(20_260_304L);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            String html = ContentDecoder.decodeHtml(bytes);
            ParsedDocument document = assertDoesNotThrow(() -> parser.parse(html), "seed round " + i);
            BlockInvariants.assertConsistent(document);
        }
    }

    @Test
    void noBreakSpacesReadAsSpacesAndRubyAnnotationsAreSkipped() {
        ParsedDocument document = parser.parse("<p>colonial&nbsp;leaders\u2009today</p>"
                + "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字</p><pre>a&nbsp;&nbsp;b</pre>");
        assertEquals(List.of("colonial leaders today", "漢字", "a  b"),
                document.blocks().stream().map(Block::text).toList());
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void scriptOnlyPageHasNoBlocks() {
        ParsedDocument document = parser.parse(
                "<html><head><script>alert('x')</script></head><body><script>var a = 1;</script>"
                        + "<style>p {}</style><noscript>enable js</noscript></body></html>");
        assertEquals(List.of(), document.blocks());
        assertEquals("", document.text());
    }

    @Test
    void anUnclosedTagInsideANoscriptDoesNotHideThePageAfterIt() {
        // Without scripts, the parser nests everything after the unclosed div inside the noscript; a browser
        // running scripts ends the noscript at its end tag and shows the rest.
        ParsedDocument document = parser.parse("<body><noscript><div id=\"nojs\">Please enable JavaScript</noscript>"
                + "<div id=\"page\"><p>The council met on Monday.</p></div><noscript></div></noscript></body>");
        assertEquals(List.of("The council met on Monday."), document.blocks().stream().map(Block::text).toList());
        assertEquals("body/div#page/p", document.blocks().getFirst().tagPath());
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void aNoscriptHoldingTheArticleIsReadAndAShortOneIsNot() {
        String article = "The ferry returns on Monday after six weeks of engine repairs, the operator said. ".repeat(4);
        ParsedDocument document = parser.parse("<body><div class=\"post\"><script type=\"text/template\"><p>"
                + article + "</p></script><noscript><p>" + article + "</p></noscript>"
                + "<noscript><img src=\"pixel.gif\"> Turn on JavaScript to see the map.</noscript></div></body>");
        assertEquals(List.of(article.strip()), document.blocks().stream().map(Block::text).toList());
        assertEquals("body/div.post/noscript/p", document.blocks().getFirst().tagPath());
        BlockInvariants.assertConsistent(document);
    }

    @Test
    void tenThousandNestedNoscriptsWithOneEndTagParseQuickly() {
        // Each noscript's content runs to the one end tag; judged once each, they would read the page 10,000 times.
        String words = " word".repeat(50);
        String html = "<body>" + ("<noscript>" + words).repeat(10_000) + "</noscript><p>after</p></body>";
        ParsedDocument read = assertTimeout(Duration.ofSeconds(5), () -> parser.parse(html));
        assertEquals("after", read.blocks().getLast().text());
        assertTrue(read.text().startsWith("word word"), "a long noscript is read, the ones inside it too");
        String shortOnes = "<body>" + "<noscript><img src=\"pixel.gif\">".repeat(10_000) + "</noscript><p>after</p></body>";
        ParsedDocument hidden = assertTimeout(Duration.ofSeconds(5), () -> parser.parse(shortOnes));
        assertEquals(List.of("after"), hidden.blocks().stream().map(Block::text).toList());
    }

    @Test
    void anUnclosedNoscriptIsSkippedToTheEnd() {
        ParsedDocument document = parser.parse("<body><p>Kept before.</p><noscript><p>" + "word ".repeat(60) + "</p></body>");
        assertEquals(List.of("Kept before."), document.blocks().stream().map(Block::text).toList());
    }

    @Test
    void emptyAndBlankHtmlHaveNoBlocks() {
        for (String html : List.of("", "   ", "<html></html>", "<p>  </p><div>\n</div>", "<!-- only a comment -->")) {
            ParsedDocument document = parser.parse(html);
            assertEquals(List.of(), document.blocks(), html);
            assertEquals("", document.text(), html);
        }
    }
}
