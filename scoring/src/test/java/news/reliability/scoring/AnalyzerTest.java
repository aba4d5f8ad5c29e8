package news.reliability.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.report.AnalysisReport;
import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.SourceReport;

class AnalyzerTest {

    private final Analyzer analyzer = Pipelines.news();

    private static Article text(String source, String url, String title, String content) {
        return Article.of(new Source(source), Optional.ofNullable(url), Optional.ofNullable(title),
                Optional.of(Instant.parse("2026-09-20T20:30:00Z")), ContentFormat.TEXT, content);
    }

    private static Article html(String source, String title, String content) {
        return Article.of(new Source(source), Optional.empty(), Optional.ofNullable(title), Optional.empty(),
                ContentFormat.HTML, content);
    }

    @Test
    void analyzesArticlesInInputOrderAndGroupsSources() {
        List<Article> articles = List.of(
                text("The Calder Times", "https://calder.example/1", "Fire contained", "The fire is out."),
                text("Ironbridge Post", "https://ironbridge.example/1", "Fire out", "Firefighters won."),
                text("The Calder Times", "https://calder.example/2", "Fire aftermath", "Rebuilding starts."));
        AnalysisReport report = analyzer.analyze(articles);

        assertEquals(articles.stream().map(Article::id).toList(),
                report.articles().stream().map(ArticleReport::id).toList());
        assertEquals(List.of("The Calder Times", "Ironbridge Post", "The Calder Times"),
                report.articles().stream().map(ArticleReport::source).toList());
        assertEquals(List.of("Fire contained", "Fire out", "Fire aftermath"),
                report.articles().stream().map(ArticleReport::title).toList());
        assertEquals("2026-09-20T20:30:00Z", report.articles().getFirst().publishedAt());

        assertEquals(2, report.sources().size());
        Map<String, Integer> counts = report.sources().stream()
                .collect(Collectors.toMap(SourceReport::source, SourceReport::articles));
        assertEquals(Map.of("The Calder Times", 2, "Ironbridge Post", 1), counts);
        assertEquals(List.of("ironbridge-post", "the-calder-times"),
                report.sources().stream().map(SourceReport::id).sorted().toList());
        List<String> grouped = report.stories().stream().flatMap(s -> s.articles().stream()).sorted().toList();
        assertEquals(articles.stream().map(Article::id).sorted().toList(), grouped,
                "every article is in exactly one story");
    }

    @Test
    void reportsModelVersions() {
        AnalysisReport report = analyzer.analyze(List.of(text("A", null, null, "x")));
        assertTrue(report.modelVersions().keySet().containsAll(List.of("boilerplate", "quality", "stance")),
                report.modelVersions().toString());
        assertEquals(analyzer.modelVersions(), report.modelVersions());
    }

    @Test
    void emptyInputGivesAnEmptyReport() {
        AnalysisReport report = analyzer.analyze(List.of());
        assertEquals(List.of(), report.articles());
        assertEquals(List.of(), report.sources());
        assertEquals(List.of(), report.stories());
    }

    @Test
    void htmlArticleWithoutTitleTakesTheDocumentTitle() {
        ArticleReport report = analyzer.analyzeArticle(html("Courier",
                null, "<html><head><title> Bridge reopens </title></head><body><p>Text.</p></body></html>"));
        assertEquals("Bridge reopens", report.title());
        assertNull(report.url());
        assertNull(report.publishedAt());
        assertEquals("Courier", report.source());
    }

    @Test
    void articleTitleWinsOverTheDocumentTitle() {
        ArticleReport report = analyzer.analyzeArticle(html("Courier", "Given title",
                "<title>Page title</title><p>Text.</p>"));
        assertEquals("Given title", report.title());
    }

    @Test
    void textArticleWithoutTitleHasNone() {
        assertNull(analyzer.analyzeArticle(text("Courier", null, null, "<title>not html</title>")).title());
        assertNull(analyzer.analyzeArticle(html("Courier", null, "<p>No title here.</p>")).title());
    }
}
