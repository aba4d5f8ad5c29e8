package news.reliability.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {

    static Stream<Arguments> slugs() {
        return Stream.of(
                Arguments.of("The Daily Ledger", "the-daily-ledger"),
                Arguments.of("Le Monde Économie", "le-monde-economie"),
                Arguments.of("  Calder Times  ", "calder-times"),
                Arguments.of("BBC News — World", "bbc-news-world"),
                Arguments.of("--Ironbridge   Post--", "ironbridge-post"),
                // Pinned as is: letters without a decomposition (Æ, ø, ß) are dropped, not transliterated.
                Arguments.of("Ærø Tidende", "aero-tidende"),
                Arguments.of("Straße 24/7", "strasse-24-7"),
                Arguments.of("Æbleø Tidende", "aebleo-tidende"),
                Arguments.of("ＦＵＬＬ width", "full-width"),
                Arguments.of("000_26f4cea956916b8c", "000-26f4cea956916b8c"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("slugs")
    void idIsASlugOfTheName(String name, String id) {
        assertEquals(id, new Source(name).id());
    }

    @Test
    void nameWithoutLettersOrDigitsFallsBackToAHash() {
        String id = new Source("!!!").id();
        assertTrue(id.matches("source-[0-9a-f]{12}"), id);
        assertEquals(id, new Source("!!!").id(), "stable");
        assertNotEquals(id, new Source("???").id());
        assertTrue(new Source("東京新聞").id().startsWith("source-"));
    }

    @Test
    void nameIsStripped() {
        assertEquals("The Ledger", new Source("  The Ledger\n").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void blankNameIsRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> new Source(name));
    }

    @Test
    void nullAndOverlongNamesAreRejected() {
        assertThrows(NullPointerException.class, () -> new Source(null));
        assertThrows(IllegalArgumentException.class, () -> new Source("x".repeat(201)));
        assertEquals(200, new Source("x".repeat(200)).name().length());
    }
}
