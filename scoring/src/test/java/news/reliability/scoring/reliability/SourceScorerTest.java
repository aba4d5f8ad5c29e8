package news.reliability.scoring.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.reliability.core.model.Source;
import news.reliability.core.report.SourceReport;

class SourceScorerTest {

    private final SourceScorer scorer = new SourceScorer(SourceScorer.Options.defaults());

    private static SourceEvidence evidence(String name, int articles, int corroborated, int contradicted) {
        return new SourceEvidence(new Source(name), articles, corroborated, contradicted, List.of());
    }

    @Test
    void noEvidenceGivesThePriorMeanAndItsWholeInterval() {
        SourceReport report = scorer.score(evidence("The Daily Ledger", 3, 0, 0));
        assertEquals("The Daily Ledger", report.source());
        assertEquals("the-daily-ledger", report.id());
        assertEquals(0.5, report.score(), 1e-12);
        assertEquals(0.025, report.low(), 1e-9);
        assertEquals(0.975, report.high(), 1e-9);
        assertEquals(3, report.articles());
        assertEquals(Map.of("contradicted", 0.0, "corroborated", 0.0), report.signals());
        assertEquals(List.of(), report.evidence());
    }

    @Test
    void pinsAPosterior() {
        // Beta(1 + 4, 1 + 1): mean 5/7.
        SourceReport report = scorer.score(evidence("A", 2, 4, 1));
        assertEquals(5.0 / 7, report.score(), 1e-12);
        assertEquals(Map.of("contradicted", 1.0, "corroborated", 4.0), report.signals());
        assertEquals(0.025, BetaDistribution.cdf(report.low(), 5, 2), 1e-9);
        assertEquals(0.975, BetaDistribution.cdf(report.high(), 5, 2), 1e-9);
    }

    @Test
    void moreCorroborationRaisesTheScoreAndNarrowsTheInterval() {
        SourceReport previous = scorer.score(evidence("A", 1, 0, 0));
        for (int corroborated : new int[] {1, 2, 5, 10, 40}) {
            SourceReport next = scorer.score(evidence("A", 1, corroborated, 0));
            assertTrue(next.score() > previous.score(), corroborated + " corroborated");
            assertTrue(next.high() - next.low() < previous.high() - previous.low(), corroborated + " corroborated");
            assertTrue(next.low() <= next.score() && next.score() <= next.high());
            previous = next;
        }
    }

    @Test
    void moreContradictionLowersTheScore() {
        SourceReport previous = scorer.score(evidence("A", 1, 3, 0));
        for (int contradicted : new int[] {1, 2, 5, 10}) {
            SourceReport next = scorer.score(evidence("A", 1, 3, contradicted));
            assertTrue(next.score() < previous.score(), contradicted + " contradicted");
            assertTrue(next.high() < previous.high());
            previous = next;
        }
    }

    @Test
    void sortsBestFirstThenNarrowerThenByName() {
        List<SourceReport> reports = scorer.score(List.of(
                evidence("Zeta", 1, 0, 0),
                evidence("Bad", 1, 0, 4),
                evidence("Good", 1, 6, 0),
                evidence("Alpha", 1, 0, 0),
                evidence("Settled", 1, 5, 5)));
        // Settled and the unknowns share mean 0.5; Settled's interval is narrower.
        assertEquals(List.of("Good", "Settled", "Alpha", "Zeta", "Bad"),
                reports.stream().map(SourceReport::source).toList());
        assertEquals(List.of(), scorer.score(List.of()));
    }

    @Test
    void credibilitySetsTheIntervalMass() {
        SourceScorer narrow = new SourceScorer(new SourceScorer.Options(1, 1, 0.5));
        SourceReport report = narrow.score(evidence("A", 1, 0, 0));
        assertEquals(0.25, report.low(), 1e-9);
        assertEquals(0.75, report.high(), 1e-9);
    }

    @ParameterizedTest(name = "Options({0}, {1}, {2}) is refused")
    @CsvSource({"0, 1, 0.95", "-1, 1, 0.95", "1, 0, 0.95", "1, -0.5, 0.95", "NaN, 1, 0.95", "1, NaN, 0.95",
            "1, 1, 0", "1, 1, 1", "1, 1, 1.5", "1, 1, -0.1", "1, 1, NaN"})
    void invalidOptionsAreRefused(double priorSuccesses, double priorFailures, double credibility) {
        assertThrows(IllegalArgumentException.class,
                () -> new SourceScorer.Options(priorSuccesses, priorFailures, credibility));
    }

    @Test
    void optionsRoundTripThroughProperties() {
        var options = new SourceScorer.Options(2.5, 0.75, 0.9);
        Properties properties = options.toProperties();
        assertEquals("2.5", properties.getProperty("scoring.reliability.priorSuccesses"));
        assertEquals("0.75", properties.getProperty("scoring.reliability.priorFailures"));
        assertEquals("0.9", properties.getProperty("scoring.reliability.credibility"));
        assertEquals(3, properties.size());
        assertEquals(options, SourceScorer.Options.of(properties));
        assertEquals(SourceScorer.Options.defaults(),
                SourceScorer.Options.of(SourceScorer.Options.defaults().toProperties()));
    }

    @Test
    void missingKeysTakeDefaultsAndOtherNamespacesAreIgnored() {
        Properties properties = new Properties();
        properties.setProperty("scoring.reliability.credibility", "0.8");
        properties.setProperty("scoring.quality.threshold", "3");
        assertEquals(new SourceScorer.Options(1, 1, 0.8), SourceScorer.Options.of(properties));
        assertEquals(SourceScorer.Options.defaults(), SourceScorer.Options.of(new Properties()));
    }

    @Test
    void unknownOrBadKeysUnderTheNamespaceAreRefused() {
        Properties unknown = new Properties();
        unknown.setProperty("scoring.reliability.priorSucesses", "2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SourceScorer.Options.of(unknown));
        assertTrue(e.getMessage().contains("scoring.reliability.priorSucesses"), e.getMessage());

        Properties invalid = new Properties();
        invalid.setProperty("scoring.reliability.credibility", "1.5");
        assertThrows(IllegalArgumentException.class, () -> SourceScorer.Options.of(invalid));

        Properties notANumber = new Properties();
        notANumber.setProperty("scoring.reliability.priorFailures", "many");
        assertThrows(IllegalArgumentException.class, () -> SourceScorer.Options.of(notANumber));
    }

    @Test
    void nullOptionsAreRefused() {
        assertThrows(NullPointerException.class, () -> new SourceScorer(null));
    }
}
