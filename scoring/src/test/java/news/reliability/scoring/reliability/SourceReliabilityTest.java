package news.reliability.scoring.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Hedge;
import news.reliability.core.model.Source;
import news.reliability.core.report.EvidenceReport;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.SourceReport;

class SourceReliabilityTest {

    private final SourceReliability reliability = new SourceReliability(SourceReliability.Options.defaults());

    private static GroupClaim claim(String source, String group, String value, Hedge hedge, String text) {
        return new GroupClaim("s1", group, source + "-a", new Source(source), value, hedge, text, 0, text.length());
    }

    private static GroupClaim claim(String source, String group, String value) {
        return claim(source, group, value, Hedge.NONE, source + " says " + group + " is " + value);
    }

    private static ArticleSignals article(String source, Double quality, FlagReport... boilerplate) {
        return new ArticleSignals(source + "-a", new Source(source), 1000,
                quality == null ? OptionalDouble.empty() : OptionalDouble.of(quality), List.of(boilerplate),
                List.of());
    }

    private static Map<String, SourceReport> bySource(List<SourceReport> reports) {
        return reports.stream().collect(Collectors.toMap(SourceReport::source, Function.identity()));
    }

    @Test
    void aSourceWithoutCheckableClaimsGetsThePriorAndItsWholeInterval() {
        List<SourceReport> reports = reliability.score(List.of(article("Ledger", null)),
                List.of(claim("Ledger", "g1", GroupClaim.CONSENSUS)));
        SourceReport report = reports.getFirst();
        assertEquals("ledger", report.id());
        assertEquals(0.5, report.score(), 1e-12);
        assertEquals(0.025, report.low(), 1e-9);
        assertEquals(0.975, report.high(), 1e-9);
        assertEquals(1, report.articles());
        assertEquals(List.of(), report.evidence(), "a group only one source states is not checkable");
        assertFalse(report.signals().containsKey("quality"), "a null quality score is no signal");
    }

    @Test
    void theSourceThatContradictsWellSupportedFactsRanksLast() {
        List<GroupClaim> claims = new ArrayList<>();
        for (String group : List.of("g1", "g2", "g3")) {
            for (String source : List.of("A", "B", "C")) {
                claims.add(claim(source, group, GroupClaim.CONSENSUS));
            }
        }
        claims.add(claim("D", "g1", GroupClaim.conflict("value", 5.0e10, "USD")));
        claims.add(claim("D", "g2", GroupClaim.CONSENSUS));
        List<SourceReport> reports = reliability.score(
                List.of(article("A", null), article("B", null), article("C", null), article("D", null)), claims);
        assertEquals("D", reports.getLast().source());
        SourceReport d = reports.getLast();
        assertEquals(1.0, d.signals().get("contradicted"));
        assertEquals(1.0, d.signals().get("corroborated"));
        EvidenceReport contradicted = d.evidence().stream().filter(e -> e.kind().equals("contradicted"))
                .findFirst().orElseThrow();
        assertEquals("s1", contradicted.story());
        assertEquals("g1", contradicted.claimGroup());
        assertEquals("D-a", contradicted.article());
        assertEquals(0, contradicted.start());
        assertTrue(contradicted.end() > 0);
        assertTrue(contradicted.weight() < 0);
        for (SourceReport report : reports.subList(0, 3)) {
            assertEquals(3.0, report.signals().get("corroborated"));
            assertTrue(report.score() > d.score());
        }
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i - 1).score() >= reports.get(i).score(), "best first");
        }
    }

    @Test
    void moreCorroboratedGroupsNarrowTheInterval() {
        List<GroupClaim> one = List.of(claim("A", "g1", GroupClaim.CONSENSUS), claim("B", "g1", GroupClaim.CONSENSUS));
        List<GroupClaim> many = new ArrayList<>();
        for (int g = 0; g < 12; g++) {
            many.add(claim("A", "g" + g, GroupClaim.CONSENSUS));
            many.add(claim("B", "g" + g, GroupClaim.CONSENSUS));
        }
        SourceReport few = bySource(reliability.score(List.of(article("A", null)), one)).get("A");
        SourceReport lots = bySource(reliability.score(List.of(article("A", null)), many)).get("A");
        assertTrue(lots.score() > few.score());
        assertTrue(lots.high() - lots.low() < few.high() - few.low());
        assertTrue(few.high() - few.low() > 0.5, "one checkable claim: a wide interval");
    }

    @Test
    void hedgedClaimsWeighLess() {
        List<GroupClaim> claims = List.of(
                claim("Plain", "g1", GroupClaim.CONSENSUS, Hedge.NONE, "Plain states it."),
                claim("Hedged", "g1", GroupClaim.CONSENSUS, Hedge.POSSIBLE, "Hedged says it could be so."),
                claim("Third", "g1", GroupClaim.CONSENSUS, Hedge.REPORTED, "Third reportedly says so."));
        Map<String, SourceReport> reports = bySource(reliability.score(List.of(), claims));
        assertTrue(reports.get("Plain").score() > reports.get("Third").score());
        assertTrue(reports.get("Third").score() > reports.get("Hedged").score());
    }

    @Test
    void aWordForWordCopyIsNotIndependentSupport() {
        String copied = "The ferry operator will spend 40 million on two new vessels, the harbour board said.";
        List<GroupClaim> claims = List.of(
                claim("Original", "g1", "value:4.0E7 EUR", Hedge.NONE, copied),
                claim("Copier", "g1", "value:4.0E7 EUR", Hedge.NONE, copied),
                claim("Other", "g1", "value:3.0E7 EUR", Hedge.NONE, "The operator will spend 30 million on ferries."));
        Map<String, SourceReport> reports = bySource(reliability.score(List.of(), claims));
        assertEquals(1.0, reports.get("Copier").signals().get("copies"));
        assertEquals(0.0, reports.get("Original").signals().get("copies"));
        assertEquals(0.0, reports.get("Original").signals().get("corroborated"),
                "a copy does not corroborate its original");
        assertTrue(reports.get("Copier").evidence().getFirst().weight()
                < reports.get("Original").evidence().getFirst().weight());
    }

    @Test
    void lowQualityAndBoilerplateLowerTheScore() {
        List<GroupClaim> claims = List.of(claim("A", "g1", GroupClaim.CONSENSUS), claim("B", "g1", GroupClaim.CONSENSUS));
        double none = bySource(reliability.score(List.of(article("A", null)), claims)).get("A").score();
        SourceReport good = bySource(reliability.score(List.of(article("A", 0.9)), claims)).get("A");
        SourceReport poor = bySource(reliability.score(List.of(article("A", 0.2)), claims)).get("A");
        SourceReport padded = bySource(reliability.score(List.of(article("A", null,
                new FlagReport("newsletter", 0, 400, "Sign up", null))), claims)).get("A");
        assertTrue(good.score() > poor.score());
        assertEquals(0.9, good.signals().get("quality"), 1e-12);
        assertTrue(padded.score() < none);
        assertEquals(0.4, padded.signals().get("boilerplateShare"), 1e-12);
        EvidenceReport flag = padded.evidence().stream().filter(e -> e.kind().equals("newsletter")).findFirst()
                .orElseThrow();
        assertEquals("Sign up", flag.text());
        assertEquals(0, flag.start());
        assertEquals(400, flag.end());
        assertTrue(flag.weight() < 0);
    }

    @Test
    void boilerplateShareCountsOverlappingSpansOnce() {
        ArticleSignals article = new ArticleSignals("a", new Source("A"), 100, OptionalDouble.empty(),
                List.of(new FlagReport("nav", 0, 30, "x", null), new FlagReport("nav", 20, 40, "y", null),
                        new FlagReport("nav", 90, 150, "z", null)), List.of());
        assertEquals(0.5, article.boilerplateShare(), 1e-12);
    }

    @Test
    void randomClaimsNeverThrowAndStayInTheUnitInterval() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<GroupClaim> claims = new ArrayList<>();
            List<ArticleSignals> articles = new ArrayList<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                String source = "S" + random.nextInt(6);
                claims.add(claim(source, "g" + random.nextInt(5),
                        random.nextBoolean() ? GroupClaim.CONSENSUS : GroupClaim.conflict("value", (double) random.nextInt(3), "USD"),
                        Hedge.values()[random.nextInt(Hedge.values().length)], "claim " + random.nextInt(3)));
                articles.add(article(source, random.nextBoolean() ? null : random.nextDouble()));
            }
            for (SourceReport report : reliability.score(articles, claims)) {
                assertTrue(0 <= report.low() && report.low() <= report.score() && report.score() <= report.high()
                        && report.high() <= 1, report.toString());
            }
        }
    }

    @Test
    void optionsAreValidated() {
        var engine = SourceReliability.Options.defaults().engine();
        assertThrows(IllegalArgumentException.class,
                () -> new SourceReliability.Options(0, 1, 0.95, 0.8, 0.6, 0.5, 0.2, 1, 1, engine));
        assertThrows(IllegalArgumentException.class,
                () -> new SourceReliability.Options(1, 1, 1, 0.8, 0.6, 0.5, 0.2, 1, 1, engine));
        assertThrows(IllegalArgumentException.class,
                () -> new SourceReliability.Options(1, 1, 0.95, 0, 0.6, 0.5, 0.2, 1, 1, engine));
        assertThrows(IllegalArgumentException.class,
                () -> new SourceReliability.Options(1, 1, 0.95, 0.8, 0.6, 0.5, 0.2, -1, 1, engine));
        assertThrows(NullPointerException.class, () -> new SourceReliability(null));
        var options = new SourceReliability.Options(2, 1, 0.9, 0.7, 0.6, 0.4, 0.3, 2, 0.5,
                engine.withoutCopyDetection());
        assertEquals(options, SourceReliability.Options.of(options.toProperties()));
        assertEquals(SourceReliability.Options.defaults(), SourceReliability.Options.of(new Properties()));
        Properties unknown = new Properties();
        unknown.setProperty("scoring.reliability.trustBoost", "2");
        assertThrows(IllegalArgumentException.class, () -> SourceReliability.Options.of(unknown));
        Properties notANumber = new Properties();
        notANumber.setProperty("scoring.reliability.copyWeight", "some");
        assertThrows(IllegalArgumentException.class, () -> SourceReliability.Options.of(notANumber));
    }
}
