package news.reliability.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.report.AnalysisReport;
import news.reliability.core.report.ClaimGroupReport;
import news.reliability.core.report.SourceReport;

/**
 * The five seed reports (../shared/seeds, beside the repository; skipped when absent): the claim groups the
 * issue names must come out of the general pipeline. Sources are the file names, so this test names no
 * company either.
 */
class SeedStoryTest {

    private static AnalysisReport report;

    @BeforeAll
    static void analyseSeeds() throws IOException {
        Optional<Path> seeds = Stream.of(Path.of("../../shared/seeds"), Path.of("../../../shared/seeds"), Path.of("../shared/seeds"))
                .filter(Files::isDirectory).findFirst();
        assumeTrue(seeds.isPresent(), "../shared/seeds is not beside the repository");
        List<Article> articles;
        try (Stream<Path> files = Files.list(seeds.get())) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedStoryTest::read).toList();
        }
        assertEquals(5, articles.size());
        report = Pipelines.news().analyze(articles);
    }

    private static Article read(Path file) {
        try {
            String name = file.getFileName().toString();
            return Article.of(new Source(name.substring(0, name.length() - 4)), Optional.empty(), Optional.empty(),
                    Optional.empty(), ContentFormat.TEXT, Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<ClaimGroupReport> groups(String attribute, double value) {
        return report.stories().stream().flatMap(s -> s.claimGroups().stream())
                .filter(g -> g.attribute().equals(attribute))
                .filter(g -> g.consensus() != null && g.consensus().value() == value)
                .toList();
    }

    private static Set<String> prefixes(List<String> sources) {
        return sources.stream().map(s -> s.substring(0, 3)).collect(Collectors.toSet());
    }

    @Test
    void theInvestmentAmountIsOneGroupWithThreeAgreeingAndOneConflicting() {
        List<ClaimGroupReport> investment = groups("investment", 1.0e10);
        assertEquals(1, investment.size(), "one claim group for the amount");
        ClaimGroupReport group = investment.getFirst();
        assertEquals("USD", group.consensus().unit());
        assertEquals(Set.of("000", "001", "002"), prefixes(group.consensus().sources()));
        assertEquals(Set.of("003"), prefixes(group.conflicts().stream().map(ClaimGroupReport.ConflictReport::source).toList()));
        assertTrue(group.conflicts().stream().allMatch(c -> c.value() == 5.0e10 && c.reason().equals("value")));
    }

    @Test
    void theCloudAgreementOfAbout38BillionIsBackedByThreeOutlets() {
        List<ClaimGroupReport> deal = groups("deal value", 3.8e10);
        assertEquals(1, deal.size());
        assertEquals(Set.of("000", "001", "002"), prefixes(deal.getFirst().consensus().sources()));
        assertTrue(deal.getFirst().conflicts().isEmpty());
        List<ClaimGroupReport> duration = groups("deal duration", 7 * 365.0);
        assertEquals(1, duration.size(), "seven years, as its own fact of the same agreement");
    }

    @Test
    void theValuationIsItsOwnGroupNotMergedIntoTheInvestment() {
        List<ClaimGroupReport> valuation = groups("valuation", 5.0e11);
        assertEquals(1, valuation.size());
        assertTrue(valuation.getFirst().claims().stream().allMatch(c -> c.value() == 5.0e11));
        assertTrue(groups("investment", 1.0e10).getFirst().claims().stream().noneMatch(c -> c.value() == 5.0e11));
    }

    @Test
    void everyReportHasFiveSourcesAndFiveArticles() {
        assertEquals(5, report.sources().size());
        assertEquals(5, report.articles().size());
        assertTrue(report.articles().stream().allMatch(a -> "en".equals(a.language())));
    }

    @Test
    void theOutletWithTheOutlyingFigureRanksLast() {
        SourceReport last = report.sources().getLast();
        assertEquals("003", last.source().substring(0, 3));
        assertTrue(last.signals().get("contradicted") >= 1);
    }

    @Test
    void theFirstOutletIsCorroboratedEverywhereItCanBeChecked() {
        SourceReport first = report.sources().getFirst();
        double most = report.sources().stream().mapToDouble(s -> s.signals().get("corroborated")).max().orElseThrow();
        assertEquals(0.0, first.signals().get("contradicted"));
        assertEquals(most, first.signals().get("corroborated"));
        assertTrue(most >= 3, "several corroborated figures");
    }

    @Test
    void everyScoreHasAnIntervalAndEvidence() {
        for (SourceReport source : report.sources()) {
            assertTrue(0 <= source.low() && source.low() < source.score() && source.score() < source.high()
                    && source.high() <= 1, source.source());
            assertFalse(source.evidence().isEmpty(), source.source());
            assertTrue(source.high() - source.low() > 0.3, "one article each: a wide interval");
        }
        assertTrue(report.sources().stream().flatMap(s -> s.evidence().stream())
                .filter(e -> e.kind().equals("corroborated") || e.kind().equals("contradicted"))
                .allMatch(e -> e.story() != null && e.claimGroup() != null && !e.text().isBlank()));
    }
}
