package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.QualityReport;
import news.reliability.core.report.SourceReport;

class SourceQualitySignalTest {

    private static ArticleReport article(String source, Double score, int flags) {
        List<FlagReport> flagList = java.util.stream.IntStream.range(0, flags)
                .mapToObj(i -> new FlagReport("filler", 0, 1, "x", "r")).toList();
        return new ArticleReport("a" + source + score, source, null, null, null, "en", List.of(),
                new QualityReport(score, flagList), List.of());
    }

    @Test
    void meanQualityAndFlagsPerArticleBySource() {
        SourceReport a = new SourceReport("A", "a", 0.5, 0.1, 0.9, 2, Map.of("corroborated", 1.0), List.of());
        SourceReport b = new SourceReport("B", "b", 0.5, 0.1, 0.9, 1, Map.of(), List.of());
        List<SourceReport> out = SourceQualitySignal.addTo(List.of(a, b),
                List.of(article("A", 0.2, 1), article("A", 0.6, 3), article("B", null, 0)));
        assertEquals(Map.of("corroborated", 1.0, "quality", 0.4, "qualityFlags", 2.0), out.get(0).signals());
        assertEquals(0.5, out.get(0).score());
        assertEquals(b, out.get(1));
    }
}
