package news.reliability.core.quantity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Random and hostile strings through the extractor: it must never throw, and every mention must hold. */
class QuantityRandomInputTest {

    private static final long SEED = 0x5EED_3A11L;
    private static final int CASES = 1_000;
    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();
    private static final QuantityContext CONTEXT = new QuantityContext(
            Optional.of(Instant.parse("2025-11-20T12:00:00Z")), Optional.of("USD"));

    /** Pieces random inputs are built from: the words and marks the readers react to, and odd characters. */
    private static final List<String> FRAGMENTS = List.of(
            "$", "US$", "€", "£", "¥", "₹", "%", "-", ",", ".", ":", "/", "(", "'", "10", "2.4", "12,400", "1,2",
            "2027", "2024-07-27", "9999-99-99", "0", "000", "99999999999999999999", "1.2.3", "bn", "B", "m", "k",
            "billion", "million", "thousand", "hundred", "half", "a", "an", "third", "of", "and", "twenty", "one",
            "dozens", "hundreds", "thousands", "percent", "per cent", "years", "year", "decade", "ago", "months",
            "late", "mid", "early", "last", "next", "this", "in", "October", "May", "March", "Tuesday", "yesterday",
            "more than", "over", "about", "nearly", "up to", "at least", "trains", "people", "Nvidia", "chips",
            "dollars", "euros", "the", "1990", "s", "th", "am", "\n", " ", "\u00A0", "\t", "\uD800", "\uDC00",
            "😀", "e\u0301", "\0", "\uFFFF", "漢字", "٣", "①");

    static List<String> randomInputs() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> randomString(random)).toList();
    }

    private static String randomString(Random random) {
        var out = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(5)) {
                case 0, 1 -> out.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 2 -> out.append(' ');
                case 3 -> out.append((char) random.nextInt(Character.MAX_VALUE + 1));
                default -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return out.toString();
    }

    @Test
    void generatorIsSeeded() {
        assertEquals(randomInputs(), randomInputs());
        assertTrue(randomInputs().stream().anyMatch(String::isEmpty));
    }

    @Test
    void randomInputNeverThrowsAndMentionsHold() {
        for (String input : randomInputs()) {
            for (QuantityContext context : List.of(CONTEXT, QuantityContext.none())) {
                List<QuantityMention> found = assertDoesNotThrow(() -> EXTRACTOR.extract(input, context), input);
                assertConsistent(input, found);
            }
            assertDoesNotThrow(() -> QuantityExtractor.dominantCurrency(input));
        }
    }

    /** Inputs that are easy to get wrong; any that once breaks the code stays here. */
    static List<String> regressionInputs() {
        return List.of("", "$", "$$", "US$", "a", "half a", "a third of a", "one and", "twenty-", "-5", "5-",
                "2024-02-30", "2023-02-29", "0000-01-01", "late", "mid-", "the 0s", "1800s", "Sept.", "March 32, 2026",
                "31 February 2025", "last", "next Tuesday", "hundreds of", "tens of tens of", "1 trillion trillion trillion trillion",
                "9".repeat(400) + " billion", "9".repeat(15) + " trillion trillion trillion", "$" + "9".repeat(15) + "B",
                "a decade ago", "0 percent", "0.000000001%", "twelve dozen dozen", "and a half");
    }

    @Test
    void regressionInputsHold() {
        for (String input : regressionInputs()) {
            for (QuantityContext context : List.of(CONTEXT, QuantityContext.none())) {
                assertConsistent(input, assertDoesNotThrow(() -> EXTRACTOR.extract(input, context), input));
            }
        }
    }

    static void assertConsistent(String input, List<QuantityMention> found) {
        int previousEnd = 0;
        for (QuantityMention m : found) {
            assertTrue(m.start() >= previousEnd && m.end() <= input.length(), input);
            assertEquals(input.substring(m.start(), m.end()), m.quantity().text());
            assertTrue(m.quantity().low() <= m.quantity().value() && m.quantity().value() <= m.quantity().high());
            assertTrue(Double.isFinite(m.quantity().value()), input);
            previousEnd = m.end();
        }
    }
}
