package news.reliability.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.report.AnalysisReport;

/** Random and hostile text goes through every step (parse, read, stories, alignment, scores) without throwing. */
class HostileInputTest {

    private static String binary() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String fiveMegabytesOfNews() {
        String paragraph = "Aldmoor Valley Railways said on Tuesday it will spend more than €2.4 billion on 60 new "
                + "trains over five years, up from 40 last year. The company (AVR) expects deliveries in late 2027.\n\n";
        return paragraph.repeat(5_000_000 / paragraph.length());
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("empty", ContentFormat.TEXT, " "),
                Arguments.of("binary", ContentFormat.TEXT, binary()),
                Arguments.of("endless line", ContentFormat.TEXT, "$1,000,000,".repeat(100_000)),
                Arguments.of("one word", ContentFormat.TEXT, "billion ".repeat(200_000)),
                Arguments.of("numbers only", ContentFormat.TEXT, "12,400 3.6 £ $ € % 2027 ".repeat(20_000)),
                Arguments.of("capitals only", ContentFormat.TEXT, "Big Name Corp Inc Ltd The Of ".repeat(30_000)),
                Arguments.of("five megabytes", ContentFormat.TEXT, fiveMegabytesOfNews()),
                Arguments.of("deep html", ContentFormat.HTML, "<div>".repeat(10_000) + "Valley Rail paid $5m."
                        + "</div>".repeat(10_000)),
                Arguments.of("unclosed html", ContentFormat.HTML, "<p>The fine was £3.6m<p><b><i>Port Elvary <table>"),
                Arguments.of("mixed scripts", ContentFormat.TEXT, "Цена 5 млн долларов. 价格为五百万美元. The price was $5m."),
                Arguments.of("german", ContentFormat.TEXT, "Der Betreiber hat am Dienstag angekündigt, dass er 60 neue "
                        + "Züge für 2,4 Milliarden Euro kaufen wird, die seit Jahren auf Ersatz warten."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void goesThroughEveryStep(String name, ContentFormat format, String content) {
        Article article = Article.of(new Source("Hostile " + name), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2026-03-10T08:00:00Z")), format, content);
        Article twin = Article.of(new Source("Twin " + name), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2026-03-10T09:00:00Z")), format, content);
        // The five-megabyte text goes alone (it is slow, not hostile); everything else with a twin, so that
        // stories and alignment see it twice.
        List<Article> articles = content.length() > 1_000_000 ? List.of(article) : List.of(article, twin);
        AnalysisReport report = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Pipelines.news().analyze(articles));
        assertEquals(articles.size(), report.articles().size());
        assertEquals(articles.size(), report.sources().size());
    }

    @org.junit.jupiter.api.Test
    void aNonEnglishArticleIsMarkedAndNotAnalysedFurther() {
        Article german = Article.of(new Source("Tagesblatt"), Optional.empty(), Optional.empty(), Optional.empty(),
                ContentFormat.TEXT, "Der Betreiber hat am Dienstag angekündigt, dass er 60 neue Züge für 2,4 "
                        + "Milliarden Euro kaufen wird, die seit Jahren auf Ersatz warten.");
        var report = Pipelines.news().analyzeArticle(german);
        assertEquals("de", report.language());
        assertEquals(List.of(), report.claims());
    }
}
