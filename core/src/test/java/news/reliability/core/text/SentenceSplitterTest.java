package news.reliability.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Sentence;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.parse.TextParser;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        ParsedDocument document = new TextParser().parse(text);
        List<Sentence> sentences = splitter.split(document.text(), document.blocks());
        for (Sentence sentence : sentences) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void aHeadlineWithoutFullStopIsItsOwnSentence() {
        assertEquals(List.of("Rail operator orders 60 trains", "The order is worth €2.4 billion.",
                        "Deliveries start in 2027."),
                sentences("Rail operator orders 60 trains\nThe order is worth €2.4 billion. Deliveries start in 2027."));
    }

    @Test
    void blankAndHugeInputDoNotBreakIt() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences("   \n\n  "));
        String endless = "word ".repeat(200_000);
        assertEquals(endless.strip(), String.join(" ", sentences(endless)).strip().replace("  ", " ")
                .substring(0, endless.strip().length()));
    }
}
