package news.reliability.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceEndsTest {

    @Test
    void aTerminalMarkEndsASentenceBehindClosingQuotesOfAnyStyle() {
        assertTrue(SentenceEnds.endsSentence("The council voted on Tuesday."));
        assertTrue(SentenceEnds.endsSentence("Is it over?  \n"));
        assertTrue(SentenceEnds.endsSentence("\"It is over,\" she said. \"We won.\""));
        assertTrue(SentenceEnds.endsSentence("„Das ist vorbei“, sagte er. „Wir haben gewonnen.“"));
        assertTrue(SentenceEnds.endsSentence("« C'est fini. »"));
        assertTrue(SentenceEnds.endsSentence("« C'est fini.\u202F»"));
        assertTrue(SentenceEnds.endsSentence("Il a dit : « C'est fini. »\u00A0"));
        assertTrue(SentenceEnds.endsSentence("Er sagte: »Es ist vorbei.«"));
        assertTrue(SentenceEnds.endsSentence("(The figure was revised.)"));
        assertTrue(SentenceEnds.endsSentence("会议于周二结束。"));
    }

    @Test
    void labelsTruncationsAndBareQuotesDoNotEndASentence() {
        assertFalse(SentenceEnds.endsSentence(""));
        assertFalse(SentenceEnds.endsSentence("   "));
        assertFalse(SentenceEnds.endsSentence("Read more"));
        assertFalse(SentenceEnds.endsSentence("Related:"));
        assertFalse(SentenceEnds.endsSentence("Council votes to close the harbour after..."));
        assertFalse(SentenceEnds.endsSentence("Council votes to close the harbour after…"));
        assertFalse(SentenceEnds.endsSentence("Council votes to close the harbour after ….\""));
        assertFalse(SentenceEnds.endsSentence("Port Elvary (Reuters)"));
        assertFalse(SentenceEnds.endsSentence("\"Quoted title\""));
    }

    @Test
    void countsEndsBeforeASpaceOrTheEndButNotInsideNumbersOrEllipses() {
        assertEquals(0, SentenceEnds.count(""));
        assertEquals(2, SentenceEnds.count("It rose 2.4 percent. Then it fell!"));
        assertEquals(2, SentenceEnds.count("„Wir haben gewonnen.“ Er ging. Dann..."));
        assertEquals(1, SentenceEnds.count("Wait… what? "));
        assertEquals(2, SentenceEnds.count("会议结束。他走了。"));
        assertEquals(2, SentenceEnds.count("Fini.\u00A0Vraiment."));
    }
}
