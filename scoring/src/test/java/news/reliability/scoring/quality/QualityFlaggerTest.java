package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QualityFlaggerTest {

    private static final QualityScorer SCORER = QualityScorer.standard();

    private static List<QualityFlag> flags(String text, FlagKind kind) {
        return SCORER.assess(QualityText.of(text)).flags().stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void everyCopyOfARepeatedSentenceIsFlaggedWithItsOffsets() {
        String s = "The harbour will close for repairs next week.";
        String text = s + " Ships will anchor offshore. " + s + "\n\n" + s + "\n";
        List<QualityFlag> flags = flags(text, FlagKind.REPETITION);
        assertEquals(3, flags.size());
        int from = 0;
        for (QualityFlag flag : flags) {
            int at = text.indexOf(s, from);
            assertEquals(at, flag.start());
            assertEquals(at + s.length(), flag.end());
            assertEquals(s, flag.text());
            assertEquals("sentence repeated 3 times", flag.reason());
            from = at + 1;
        }
    }

    @Test
    void firstPersonOutsideQuotesIsOpinionInsideQuotesIsNot() {
        assertEquals(1, flags("Honestly, I think the new bridge is ugly. It opened on Monday.", FlagKind.OPINION).size());
        assertTrue(flags("\"I think the new bridge is ugly,\" said Mara Lind. It opened on Monday.", FlagKind.OPINION)
                .isEmpty());
        String reason = flags("I think the bridge is ugly.", FlagKind.OPINION).getFirst().reason();
        assertEquals("opinion marker 'I think' outside quotes (1 such markers)", reason);
    }

    @Test
    void clickbaitPhrasesAndRhetoricalQuestions() {
        var flags = flags("You won't believe what the council did. Is this the end? Who could say?", FlagKind.CLICKBAIT);
        assertEquals(3, flags.size());
        assertEquals("clickbait phrase 'You won't believe'", flags.getFirst().reason());
        assertEquals("rhetorical question (2 questions outside quotes)", flags.get(1).reason());
    }

    @Test
    void keywordStuffingNamesTheWordAndItsShare() {
        String text = "Cheap loans here, cheap loans there. Loans loans loans for everyone. Best loans and loans today. "
                + "Loans online, loans now.";
        var flags = flags(text, FlagKind.STUFFING);
        assertTrue(!flags.isEmpty());
        assertTrue(flags.getFirst().reason().startsWith("keyword 'loans' is "), flags.getFirst().reason());
        assertTrue(flags.getFirst().reason().endsWith("(9 times)"), flags.getFirst().reason());
    }

    @Test
    void spunWordingAndFillerAndOther() {
        assertEquals("unusual wording 'remunerate', typical of automatic rewording (1 in the text)",
                flags("The firm will remunerate each household.", FlagKind.SPUN).getFirst().reason());
        assertEquals("filler phrase 'Only time will tell' in a sentence without a checkable fact",
                flags("Only time will tell.", FlagKind.FILLER).getFirst().reason());
        assertEquals("only 0% of the words contain a letter", flags("!!! ??? ... ---", FlagKind.OTHER).getFirst().reason());
    }

    @Test
    void aFactualReportHasNoFlags() {
        String text = "The Aldermoor road bridge will close for six weeks from April 20, the roads agency said on "
                + "Monday. About 14,000 vehicles cross it on a weekday. Brantley Civil won the 1.7 million euro contract.";
        assertTrue(SCORER.assess(QualityText.of(text)).flags().isEmpty());
    }
}
