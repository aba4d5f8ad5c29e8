package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StanceTokenizerTest {

    @Test
    void tokensKeepWordsWithApostrophesAndNumbersWithSeparators() {
        assertEquals(List.of("the", "mayor", "didn't", "pay", "1,200.50", "to", "o'neill"),
                StanceTokenizer.tokens("The mayor didn\u2019t pay $1,200.50 to O'Neill.").stream()
                        .map(StanceTokenizer.Token::lower).toList());
        assertEquals(4, StanceTokenizer.tokens("The mayor").get(1).start());
    }

    @Test
    void sentencesSplitAtEndPunctuationAndLineBreaks() {
        assertEquals(List.of("It rained.", "\"Really?\"", "Yes", "then sun"),
                StanceTokenizer.sentences(" It rained. \"Really?\" Yes\n\nthen sun "));
    }

    @ParameterizedTest
    @CsvSource({"reports,report", "reported,report", "reporting,report", "cities,city", "boxes,box",
            "glass,glass", "bus,bus", "1990s,1990s", "mayor's,mayor", "was,was"})
    void stems(String word, String stem) {
        assertEquals(stem, StanceTokenizer.stem(word));
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(3);
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(200); i++) {
                text.append((char) random.nextInt(0x3000));
            }
            for (StanceTokenizer.Token token : StanceTokenizer.tokens(text.toString())) {
                StanceTokenizer.stem(token.lower());
            }
            StanceTokenizer.sentences(text.toString());
        }
    }
}
