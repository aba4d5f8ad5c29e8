package news.reliability.scoring.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueSimilarityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1000|1000", "1,000|1000", "1000.0|1000", "1e3|1000", "0.50|0.5", "-0|0"})
    void numbersNormalise(String raw, String key) {
        assertEquals(Optional.of(key), ValueSimilarity.numeric(0.01).normalize(raw));
    }

    @Test
    void numbersWithinToleranceSupportEachOther() {
        ValueSimilarity numbers = ValueSimilarity.numeric(0.01);
        assertEquals(0.5, numbers.similarity("1000", "995"), 1e-9);
        assertEquals(0, numbers.similarity("1000", "980"), 1e-12);
        assertEquals(0, ValueSimilarity.numeric(0).similarity("1000", "999"), 1e-12);
        assertTrue(numbers.normalize("about a thousand").isEmpty());
    }

    @Test
    void textFoldsCaseAccentsAndSpaces() {
        ValueSimilarity text = ValueSimilarity.text();
        assertEquals(Optional.of("cafe creme"), text.normalize("  Café   CRÈME "));
        assertTrue(text.normalize("Not Available").isEmpty());
        assertTrue(text.similarity("harbour authority", "harbor authority") > 0.9);
        assertEquals(0, text.similarity("ferry", "bridge"), 1e-12);
    }

    @Test
    void autoKeepsNumbersAndTextApart() {
        ValueSimilarity auto = ValueSimilarity.auto(0.01);
        assertEquals(Optional.of("#1000"), auto.normalize("1,000"));
        assertEquals(Optional.of("'#1"), auto.normalize("#1"));
        assertEquals(0, auto.similarity("#1000", "thousand"), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ValueSimilarity.named("colour", 0.01));
    }
}
