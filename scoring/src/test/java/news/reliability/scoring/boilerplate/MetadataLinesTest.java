package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"27.01.2022", "3:59 PM", "2:54pm", "19:49", "Oct 9, 2019", "06 December 2019",
            "7. oktober 2020", "8. November 2021", "2022-01-27", "Mi., 12.03.2025, 09:15 Uhr", "11 de marzo de 2025",
            "Monday, March 3, 2025", "3:59 p.m.", "Okt. 12, 2020", "5 marca 2025", "le 3 avril 2024 à 18h30", "| 12. Mai 2023 |", "Mai 2021"})
    void aStampIsADateLine(String line) {
        assertTrue(MetadataLines.isDateLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2020", "12", "+81 158-23-2012", "18:00 – 21:00 Uhr", "Di, 07.10.2025, 18:00 - 21:00",
            "Veröffentlicht am 16.08.2019", "Updated 29 July 2025, 5:42 p.m.", "Lieferzeit: 15 - 21 Tag(e)",
            "The council met on 3 March 2025.", "Mai", "am um 12", "1 2 3 4 5 6 7 8 9 10 März", "12.50 €", "18.30 %",
            "CHF 99.90"})
    void anythingMoreIsNot(String line) {
        assertFalse(MetadataLines.isDateLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abbildung 4: klassische Schwachschicht.", "Abb. 2: Verlauf der Schneehöhe", "Foto: dpa",
            "Fig. 3: The ferry route", "Figure 12a: Sales by region", "Zdjęcie: archiwum", "  Bild: Stefan Müller"})
    void aFigureLabelIsMetadata(String line) {
        assertTrue(MetadataLines.isFigureLabel(line), line);
        assertTrue(MetadataLines.isMetadata(line), line);
    }

    @Test
    void aHugeBlockIsReadQuicklyAndIsNeither() {
        String huge = "Abbildung".repeat(2_000_000);
        assertFalse(MetadataLines.isMetadata(huge));
        assertFalse(MetadataLines.isMetadata("7. Oktober 2020 ".repeat(1_000_000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Figure 3 shows that sales fell.", "Fotografie ist ihr Beruf: sie lernte es in Wien.",
            "Das Bild zeigt: nichts.", "Grafik, besonders der eigenen, ist ihr Thema:", "Hinweis: Der Text ist alt.", ""})
    void aSentenceAboutAFigureIsNot(String line) {
        assertFalse(MetadataLines.isFigureLabel(line), line);
        assertFalse(MetadataLines.isMetadata(line), line);
    }
}
