package news.reliability.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleInputTest {

    private static final String URL = "https://www.caldertimes.org/2026/09/fire";

    private static ArticleInput input(String source, String url, String publishedAt, String text, String html) {
        return new ArticleInput(source, url, "A title", publishedAt, text, html);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("missing source", input(null, URL, null, "Body.", null), "source"),
                Arguments.of("blank source", input("  \t", URL, null, "Body.", null), "source"),
                Arguments.of("source too long", input("s".repeat(201), URL, null, "Body.", null), "source"),
                Arguments.of("no text and no html", input("Ledger", URL, null, null, null), "text"),
                Arguments.of("blank text and no html", input("Ledger", URL, null, " \n ", null), "text"),
                Arguments.of("blank html and no text", input("Ledger", URL, null, null, "  "), "html"),
                Arguments.of("both text and html", input("Ledger", URL, null, "Body.", "<p>Body.</p>"), "text"),
                Arguments.of("NUL in text", input("Ledger", URL, null, "Bo\0dy.", null), "text"),
                Arguments.of("NUL in html", input("Ledger", URL, null, null, "<p>\0</p>"), "html"),
                Arguments.of("text too long", input("Ledger", URL, null,
                        "x".repeat(ArticleInput.MAX_CONTENT_CHARS + 1), null), "text"),
                Arguments.of("bad publishedAt", input("Ledger", URL, "yesterday", "Body.", null), "publishedAt"),
                Arguments.of("publishedAt without offset", input("Ledger", URL, "2026-03-04T09:30:00", "Body.", null),
                        "publishedAt"),
                Arguments.of("impossible date", input("Ledger", URL, "2026-02-30", "Body.", null), "publishedAt"),
                Arguments.of("url too long", input("Ledger", "https://x.org/" + "a".repeat(2_048), null, "Body.", null),
                        "url"),
                Arguments.of("title too long", new ArticleInput("Ledger", URL, "t".repeat(2_001), null, "Body.", null),
                        "title"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("invalidInputs")
    void invalidInputNamesTheField(String name, ArticleInput input, String field) {
        InvalidArticleException e = assertThrows(InvalidArticleException.class, input::toArticle);
        assertEquals(field, e.field());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    static Stream<Arguments> publishedAtForms() {
        return Stream.of(
                Arguments.of("2026-03-04T09:30:00Z", Instant.parse("2026-03-04T09:30:00Z")),
                Arguments.of("  2026-03-04T09:30:00Z  ", Instant.parse("2026-03-04T09:30:00Z")),
                Arguments.of("2026-03-04T10:30:00+01:00", Instant.parse("2026-03-04T09:30:00Z")),
                Arguments.of("2026-03-04T04:30:00.250-05:00", Instant.parse("2026-03-04T09:30:00.250Z")),
                Arguments.of("2026-03-04", Instant.parse("2026-03-04T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedAtForms")
    void publishedAtAcceptsInstantOffsetDateTimeAndDate(String value, Instant expected) {
        Article article = input("Ledger", URL, value, "Body.", null).toArticle();
        assertEquals(Optional.of(expected), article.publishedAt());
    }

    @Test
    void missingOrBlankPublishedAtIsEmpty() {
        assertEquals(Optional.empty(), input("Ledger", URL, null, "Body.", null).toArticle().publishedAt());
        assertEquals(Optional.empty(), input("Ledger", URL, " ", "Body.", null).toArticle().publishedAt());
    }

    @Test
    void validTextAndHtmlArticles() {
        Article text = new ArticleInput(" The Ledger ", " " + URL + " ", "  Fire  ", null, "Body.", null).toArticle();
        assertEquals("The Ledger", text.source().name());
        assertEquals(Optional.of(URL), text.url());
        assertEquals(Optional.of("Fire"), text.title());
        assertEquals(ContentFormat.TEXT, text.format());
        assertEquals("Body.", text.content());

        Article html = input("Ledger", null, null, null, "<p>Body.</p>").toArticle();
        assertEquals(ContentFormat.HTML, html.format());
        assertEquals("<p>Body.</p>", html.content());
        assertEquals(Optional.empty(), html.url());
    }

    @Test
    void blankTextWithHtmlIsTheHtml() {
        Article article = input("Ledger", null, null, "  ", "<p>x</p>").toArticle();
        assertEquals(ContentFormat.HTML, article.format());
    }

    @Test
    void sameUrlGivesSameIdWhateverTheText() {
        Article first = input("Ledger", URL, null, "First version.", null).toArticle();
        Article edited = input("Ledger", URL, null, "Edited version.", null).toArticle();
        Article otherSource = input("Courier", "  " + URL, null, "Edited version.", null).toArticle();
        assertEquals(first.id(), edited.id());
        assertEquals(first.id(), otherSource.id());
        assertNotEquals(first.id(), input("Ledger", URL + "/2", null, "First version.", null).toArticle().id());
        assertTrue(first.id().matches("a[0-9a-f]{15}"), first.id());
    }

    @Test
    void withoutUrlIdDependsOnSourceAndContent() {
        String base = input("Ledger", null, null, "Body.", null).toArticle().id();
        assertEquals(base, input("Ledger", null, null, "Body.", null).toArticle().id());
        assertEquals(base, input("Ledger", "   ", null, "Body.", null).toArticle().id(), "a blank url is no url");
        assertNotEquals(base, input("Courier", null, null, "Body.", null).toArticle().id());
        assertNotEquals(base, input("Ledger", null, null, "Body!", null).toArticle().id());
        assertNotEquals(base, input("Ledger", URL, null, "Body.", null).toArticle().id());
    }
}
