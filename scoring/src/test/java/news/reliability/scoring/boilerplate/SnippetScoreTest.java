package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetScoreTest {

    @Test
    void countsSnippetsAfterNormalisingWhiteSpace() {
        SnippetScore s = SnippetScore.of("The  council\napproved it.\n\nRead more", List.of("council approved", "missing"),
                List.of("Read more", "Impressum"));
        assertEquals(new SnippetScore(1, 1, 1, 1), s);
        assertEquals(0.5, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(0.5, s.f1());
    }

    @Test
    void noBreakSpacesAreWhiteSpaceOnBothSides() {
        assertEquals(new SnippetScore(2, 0, 0, 0), SnippetScore.of("mein Lieblingskleid\u00A0vereint beides",
                List.of("mein\u00A0Lieblingskleid\u00A0vereint", "vereint\u202Fbeides"), List.of()));
        assertEquals("a b", SnippetScore.normalise("\u00A0a\u00A0 \u2007b\u3000"));
    }

    @Test
    void emptyOutputMissesEverything() {
        assertEquals(new SnippetScore(0, 2, 0, 1), SnippetScore.of("", List.of("a", "b"), List.of("c")));
        assertEquals(new SnippetScore(0, 1, 0, 0), SnippetScore.of(null, List.of("a"), List.of()));
        assertEquals(0.0, SnippetScore.ZERO.f1());
    }

    @Test
    void sumsOverPages() {
        assertEquals(new SnippetScore(3, 1, 2, 4),
                new SnippetScore(1, 1, 0, 2).plus(new SnippetScore(2, 0, 2, 2)));
        assertEquals(6.0 / 9.0, new SnippetScore(3, 1, 2, 4).f1(), 1e-12);
    }
}
