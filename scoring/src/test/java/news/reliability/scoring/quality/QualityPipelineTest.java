package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.report.ArticleReport;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;

/** The quality step inside the default pipeline: report part, model version, offsets into the article's text. */
class QualityPipelineTest {

    private static final Analyzer ANALYZER = Pipelines.news();

    private static ArticleReport analyse(String text) {
        return ANALYZER.analyzeArticle(Article.of(new Source("Test Outlet"), Optional.empty(), Optional.empty(),
                Optional.empty(), ContentFormat.TEXT, text));
    }

    @Test
    void reportsTheModelVersion() {
        assertEquals(QualityScorer.standard().version(), ANALYZER.modelVersions().get("quality"));
        assertTrue(ANALYZER.modelVersions().get("quality").startsWith("rf-"));
    }

    @Test
    void aFactualReportOutscoresClickbaitAndFlagsPointIntoTheText() {
        String factual = """
                DUNMORE, March 3 - The Dunmore council approved a 12 million euro plan on Tuesday to rebuild the \
                Kessel Street bridge, which has been closed to lorries since 2024, the council said.

                Work will start in June and take 14 months. Mayor Ilse Varga said the bridge carried 9,000 vehicles \
                a day before the weight limit was imposed.
                """;
        String clickbait = """
                You won't believe what the council just did. Seriously!

                Is this the end of the bridge? Could this change everything? Keep reading to find out!

                You won't believe what the council just did. Share this with everyone!
                """;
        ArticleReport good = analyse(factual);
        ArticleReport bad = analyse(clickbait);
        assertTrue(good.quality().score() > bad.quality().score(),
                good.quality().score() + " vs " + bad.quality().score());
        assertTrue(good.quality().flags().isEmpty(), good.quality().flags().toString());
        assertTrue(bad.quality().flags().stream().anyMatch(f -> f.kind().equals("clickbait")));
        assertTrue(bad.quality().flags().stream().anyMatch(f -> f.kind().equals("repetition")));
        bad.quality().flags().forEach(f -> assertEquals(clickbait.substring(f.start(), f.end()), f.text()));
    }
}
