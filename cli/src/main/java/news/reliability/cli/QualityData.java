package news.reliability.cli;

import java.util.List;

import news.reliability.fixtures.QualityFixtures;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;
import news.reliability.scoring.quality.QualityExample;

/** The quality model's labelled examples from the fixtures, read by the pipeline without its quality step. */
final class QualityData {

    private QualityData() {
    }

    /** {@code quality/} examples, then the demo corpus with Buzz Beacon labelled bad. */
    static List<QualityExample> fixtureExamples() {
        Analyzer analyzer = Pipelines.newsWithoutQuality();
        return QualityFixtures.all().stream()
                .map(e -> QualityExample.of(e.name(), analyzer.read(e.article()), e.good()))
                .toList();
    }
}
