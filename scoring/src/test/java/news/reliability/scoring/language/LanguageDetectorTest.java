package news.reliability.scoring.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.standard();

    @Test
    void tellsEnglishFromGermanAndAnswersNothingForTooLittle() {
        assertEquals(Optional.of("en"), detector.detect(
                "The council said that the bridge will be closed for repairs and that buses are not affected by it."));
        assertEquals(Optional.of("de"), detector.detect(
                "Die Stadt hat am Dienstag beschlossen, dass die Brücke für die Reparatur gesperrt wird und auch nicht befahrbar ist."));
        assertEquals(Optional.empty(), detector.detect("Ferry 12:30"));
        assertEquals(Optional.empty(), detector.detect(""));
    }
}
