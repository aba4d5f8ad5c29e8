package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.report.ArticleReport;
import news.reliability.scoring.Pipelines;

/** Hostile text gets a score and flags from the quality step, alone and in the pipeline, without an exception. */
class QualityHostileInputTest {

    static Stream<Arguments> hostile() {
        StringBuilder million = new StringBuilder();
        Random random = new Random(11);
        while (million.length() < 1_000_000) {
            million.append(random.nextInt(5) == 0 ? "\n" : "").append(random.nextBoolean() ? "Lorem " : "ipsum. ")
                    .append(random.nextInt(1000)).append(' ');
        }
        return Stream.of(
                Arguments.of("one repeated word", "word ".repeat(20_000)),
                Arguments.of("one million characters", million.substring(0, 1_000_000)),
                Arguments.of("only punctuation", "!?.,;:-—()[]{}\"'…".repeat(2_000)),
                Arguments.of("mixed scripts", "The mayor said 市长说 Мэр сказал العمدة قال 시장이 말했다 ".repeat(500)),
                Arguments.of("empty", ""),
                Arguments.of("whitespace", " \n\n\t \n"),
                Arguments.of("unclosed quotes", "\"I think \u201cso ".repeat(300)),
                Arguments.of("control characters", "\u0000\u0001 I \u0007 think\u001b?".repeat(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void scorerGivesScoreAndFlags(String name, String text) {
        QualityAssessment assessment = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> QualityScorer.standard().assess(QualityText.of(text)));
        assertTrue(assessment.score() >= 0 && assessment.score() <= 1, name);
        assertNotNull(assessment.flags());
        assessment.flags().forEach(f -> assertTrue(f.start() <= f.end() && f.end() <= text.length(), name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void pipelineReportsQuality(String name, String text) {
        if (text.isBlank()) {
            return;
        }
        Article article = Article.of(new Source("Hostile"), Optional.empty(), Optional.empty(), Optional.empty(),
                ContentFormat.TEXT, text);
        ArticleReport report = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Pipelines.news().analyzeArticle(article));
        assertNotNull(report.quality().score(), name);
        assertTrue(report.quality().score() >= 0 && report.quality().score() <= 1, name);
    }

    @Test
    void degenerateTextsAreFlaggedForWhatTheyAre() {
        var repeated = QualityScorer.standard().assess(QualityText.of("word ".repeat(20_000)));
        assertTrue(repeated.flags().stream().anyMatch(f -> f.kind() == FlagKind.STUFFING), repeated.flags().toString());
        var punctuation = QualityScorer.standard().assess(QualityText.of("!?.,;:-—()[]{}\"'…".repeat(2_000)));
        assertTrue(punctuation.flags().stream().anyMatch(f -> f.kind() == FlagKind.OTHER));
        assertTrue(repeated.score() < 0.5 && punctuation.score() < 0.5, repeated.score() + " " + punctuation.score());
        var longWord = QualityScorer.standard().assess(QualityText.of(("x".repeat(100_000) + " ").repeat(10)));
        assertTrue(longWord.flags().stream().allMatch(f -> f.reason().length() < 200), "reasons stay short");
        var manyCopies = QualityScorer.standard().assess(QualityText.of("The ferry left the harbour at noon. ".repeat(5_000)));
        assertEquals(QualityFlagger.MAX_FLAGS, manyCopies.flags().size());
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(3);
        String alphabet = "ab cdI\"“”.?!\n#…'’1é市ж ";
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(400); j > 0; j--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            QualityAssessment a = QualityScorer.standard().assess(QualityText.of(b.toString()));
            assertTrue(a.score() >= 0 && a.score() <= 1);
        }
    }
}
