package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import news.reliability.fixtures.QualityFixtures;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;

class BrokenCollocationFinderTest {

    private static final BrokenCollocationFinder FINDER = new BrokenCollocationFinder(CollocationTable.standard());

    private static List<String> found(String text) {
        QualityText q = QualityText.of(text);
        return FINDER.find(q).stream().map(h -> {
            int start = q.words().get(h.firstWord()).start();
            int end = q.words().get(h.endWord() - 1).end();
            return text.substring(start, end) + " -> " + h.collocation();
        }).toList();
    }

    private static List<QualityFlag> spunFlags(String text) {
        return QualityScorer.standard().assess(QualityText.of(text)).flags().stream()
                .filter(f -> f.kind() == FlagKind.SPUN).toList();
    }

    @Test
    void aHitIsFlaggedAtItsWordsWithTheCollocationItBreaks() {
        String text = "The regulator published a press discharge on Monday. Profits rose.";
        List<QualityFlag> flags = spunFlags(text);
        assertEquals(1, flags.size(), flags.toString());
        QualityFlag flag = flags.getFirst();
        assertEquals(text.indexOf("press discharge"), flag.start());
        assertEquals(text.indexOf("press discharge") + "press discharge".length(), flag.end());
        assertEquals("press discharge", flag.text());
        assertEquals("'press discharge' where news writes 'press release'", flag.reason());
    }

    @Test
    void everyHitOfASentenceIsItsOwnFlag() {
        String text = "Principal administrative Ana Ruiz said the stock advertise fell as interest charges rose.";
        List<QualityFlag> flags = spunFlags(text);
        assertEquals(List.of("Principal administrative", "stock advertise", "interest charges"),
                flags.stream().map(QualityFlag::text).toList());
        for (QualityFlag f : flags) {
            assertEquals(f.text(), text.substring(f.start(), f.end()));
        }
        assertEquals("'Principal administrative' where news writes 'chief executive'", flags.getFirst().reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // one slot substituted, the other intact
        "The firm named a new principal executive on Monday.|principal executive -> chief executive",
        "Banks raised the interest charge again.|interest charge -> interest rate",
        "The stock advertise fell sharply.|stock advertise -> stock market",
        // both slots substituted
        "Shares rose after the principal administrative left.|principal administrative -> chief executive",
        "The toil bazaar stayed tight.|toil bazaar -> labour market",
        // inflections of either slot
        "Lenders lifted interest charges for the second time.|interest charges -> interest rate",
        "The vote grabbed spot on Sunday.|grabbed spot -> take place",
        "The talks take spot in May.|take spot -> take place",
        "Both sides created decisions late.|created decisions -> make a decision",
        "She created a decision on Friday.|created a decision -> make a decision",
        "The planks of directors met.|planks of directors -> board of directors",
        // a synonym of several words, and a three-word collocation
        "It tracks the subterranean insect state in detail.|subterranean insect state -> ant colony",
        "Researchers trained fake neural organizations on the scans.|fake neural organizations -> artificial neural network",
        "The principal executive functionary resigned.|principal executive functionary -> chief executive officer",
    })
    void findsSubstitutionsInAnySlotAndForm(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the collocations intact, inflected or not
        "The chief executive issued a press release as interest rates rose and the stock market fell.",
        "The vote took place on Sunday after the board of directors made a decision.",
        "Central banks cut interest rates; chief executives took part.",
        // across a sentence boundary, punctuation or a line break
        "Reporters waited for the press. Discharge from the plant was later stopped.",
        "He works for the press; discharge papers came later.",
        "Money for the press\ndischarge unit was approved.",
        "The chief, executive producer of the show, spoke.",
        // ordinary English that looks like a substitution
        "The chief administrative officer resigned.",
        "Hackers stole files in a huge data breach.",
        "The principal executive offices are in Dunmore.",
        // names and titles, capitalised past the sentence's first word
        "The report by Principal Executive Mara Lind was read.",
        // words of the table in other senses
        "The press has a huge interest in stock prices.",
    })
    void noHitOnIntactCollocationsBoundariesOrdinaryPhrasesAndNames(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void theTorturedPhrasesOnceListedAsMarkersAreFoundByTheTable() {
        for (String phrase : List.of("counterfeit consciousness", "profound learning", "huge information",
                "colossal information", "irregular woodland", "bosom malignancy", "flag to commotion",
                "haphazard access", "man-made brainpower", "fake neural organizations", "subterranean insect state",
                "kidney disappointment", "lactose bigotry")) {
            List<String> hits = found("The paper studies " + phrase + " in depth.");
            assertEquals(1, hits.size(), phrase);
            assertTrue(hits.getFirst().startsWith(phrase + " -> "), hits.getFirst());
        }
    }

    @Test
    void overlappingHitsKeepTheEarliestThenTheLongest() {
        assertEquals(List.of("principal executive functionary -> chief executive officer", "press discharge -> press release"),
                found("A principal executive functionary read a press discharge."));
    }

    @Test
    void everySpunFixtureHasABrokenCollocationAndNoGoodOneDoes() {
        Analyzer analyzer = Pipelines.newsWithoutQuality();
        int spun = 0;
        for (QualityFixtures.Example e : QualityFixtures.all()) {
            boolean expectHits = e.kinds().contains("spun");
            if (!expectHits && !e.good()) {
                continue;
            }
            var text = QualityExample.of(e.name(), analyzer.read(e.article()), e.good()).text();
            List<BrokenCollocationFinder.Hit> hits = FINDER.find(text);
            assertEquals(expectHits, !hits.isEmpty(), e.name() + ": " + hits);
            spun += expectHits ? 1 : 0;
        }
        assertTrue(spun >= 7, "spun fixtures: " + spun);
    }

    @Test
    void inflectedFormsFollowTheRegularRules() {
        assertTrue(CollocationTable.regularForms("rate").containsAll(List.of("rates", "rated", "rating")));
        assertTrue(CollocationTable.regularForms("policy").containsAll(List.of("policies", "policied")));
        assertTrue(CollocationTable.regularForms("grab").containsAll(List.of("grabs", "grabbed", "grabbing")));
        assertTrue(CollocationTable.regularForms("tax").contains("taxes"));
        assertFalse(CollocationTable.regularForms("pay").contains("paies"));
    }

    @Test
    void malformedTablesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new CollocationTable(Map.of("collocations", List.of("press release"))));
        assertThrows(IllegalArgumentException.class, () -> new CollocationTable(Map.of(
                "collocation", List.of("press release"), "thesaurus", List.of("market\tbazaar"))));
        assertThrows(IllegalArgumentException.class, () -> new CollocationTable(Map.of(
                "collocation", List.of("(a|the) decision"))));
        assertThrows(IllegalArgumentException.class, () -> new CollocationTable(Map.of(
                "collocation", List.of("press release"), "thesaurus", List.of("release discharge"))));
        assertTrue(CollocationTable.standard().size() >= 200, "collocations: " + CollocationTable.standard().size());
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("one repeated word", "discharge ".repeat(100_000)),
                Arguments.of("one repeated hit, one million characters", "press discharge ".repeat(62_500)),
                Arguments.of("one repeated collocation", "interest rate ".repeat(70_000)),
                Arguments.of("only punctuation", "!?.,;:-—()[]{}\"'…".repeat(2_000)),
                Arguments.of("mixed scripts", "市长说 press discharge Мэр сказал العمدة قال stock advertise ".repeat(500)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileTextGivesAResult(String name, String text) {
        QualityText q = QualityText.of(text);
        List<BrokenCollocationFinder.Hit> hits = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FINDER.find(q));
        for (BrokenCollocationFinder.Hit h : hits) {
            assertTrue(h.firstWord() < h.endWord() && h.endWord() <= q.words().size(), name);
        }
        QualityAssessment assessment = QualityScorer.standard().assess(q);
        assertTrue(assessment.score() >= 0 && assessment.score() <= 1, name);
        if (name.startsWith("one repeated hit")) {
            assertEquals(62_500, hits.size());
            assertEquals(QualityFlagger.MAX_FLAGS, assessment.flags().size());
        }
        if (name.equals("mixed scripts")) {
            assertEquals(1_000, hits.size());
        }
    }
}
