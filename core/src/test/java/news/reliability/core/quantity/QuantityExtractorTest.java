package news.reliability.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Quantity;
import news.reliability.core.model.QuantityKind;

/** Exact output for small inputs: offsets, spans, order, context handling and the dominant currency. */
class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();
    private static final QuantityContext PUBLISHED = new QuantityContext(
            Optional.of(Instant.parse("2025-11-20T12:00:00Z")), Optional.empty());

    private static List<QuantityMention> extract(String text) {
        return EXTRACTOR.extract(text, PUBLISHED);
    }

    @Test
    void tenBillionDollarsIsExactUsd() {
        List<QuantityMention> found = extract("$10 billion");
        assertEquals(1, found.size());
        assertEquals(new QuantityMention(0, 11, Quantity.exact(QuantityKind.MONEY, 1.0E10, "USD", "$10 billion"),
                Modifier.NONE), found.getFirst());
    }

    @Test
    void offsetsPointIntoTheTextAndCoverTheModifier() {
        String text = "Amazon may invest more than $10 billion, a source said.";
        QuantityMention m = extract(text).getFirst();
        assertEquals(18, m.start());
        assertEquals(39, m.end());
        assertEquals("more than $10 billion", text.substring(m.start(), m.end()));
        assertEquals(m.quantity().text(), text.substring(m.start(), m.end()));
        assertEquals(Modifier.MORE_THAN, m.modifier());
        assertEquals(Double.POSITIVE_INFINITY, m.quantity().high());
    }

    @Test
    void mentionsComeInTextOrderWithoutOverlap() {
        String text = "In late 2021 it raised €2.4bn; by 2024 it had 6,500 staff and 27% of the market.";
        List<QuantityMention> found = extract(text);
        assertEquals(List.of("late 2021", "€2.4bn", "2024", "6,500 staff", "27%"),
                found.stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertEquals(List.of(QuantityKind.DATE, QuantityKind.MONEY, QuantityKind.DATE, QuantityKind.COUNT,
                QuantityKind.PERCENT), found.stream().map(m -> m.quantity().kind()).toList());
        for (int k = 1; k < found.size(); k++) {
            assertTrue(found.get(k - 1).end() <= found.get(k).start());
        }
    }

    @Test
    void offsetsSurviveSurrogatesAndOddSpaces() {
        String text = "😀 près de\u00A0€2.4bn\u2003et 😀 60 trains";
        List<QuantityMention> found = extract(text);
        assertEquals(2, found.size());
        assertEquals("€2.4bn", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(11, found.get(0).start());
        assertEquals("60 trains", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals("train", found.get(1).quantity().unit());
    }

    @Test
    void modifierBelongsToNoEarlierMention() {
        String text = "$5 billion over $10 billion";
        List<QuantityMention> found = extract(text);
        assertEquals(2, found.size());
        assertEquals(Modifier.MORE_THAN, found.get(1).modifier());
        assertEquals(11, found.get(1).start());
    }

    @Test
    void seedLikeParagraphGivesEachFigureItsKind() {
        String text = "Last month the retailer agreed a seven-year deal to provide 38 billion of computing power, "
                + "centred on hundreds of thousands of Nvidia chips. Its valuation was 500 billion in a share sale.";
        var context = new QuantityContext(PUBLISHED.publishedAt(), Optional.of("USD"));
        List<QuantityMention> found = EXTRACTOR.extract(text, context);
        assertEquals(List.of("Last month", "seven-year", "38 billion", "hundreds of thousands of Nvidia chips",
                "500 billion"), found.stream().map(m -> m.quantity().text()).toList());
        assertEquals(LocalDate.of(2025, 10, 1).toEpochDay(), found.get(0).quantity().value());
        assertEquals(LocalDate.of(2025, 10, 31).toEpochDay(), found.get(0).quantity().high());
        assertEquals(2555, found.get(1).quantity().value());
        assertEquals("USD", found.get(2).quantity().unit());
        assertEquals(3.8E10, found.get(2).quantity().value());
        assertEquals(999_999, found.get(3).quantity().high());
        assertEquals(5.0E11, found.get(4).quantity().value());
    }

    @Test
    void impliedCurrencyNeedsADefault() {
        assertEquals(List.of(), EXTRACTOR.extract("It booked 38 billion of computing power.", QuantityContext.none()));
        var euro = new QuantityContext(Optional.empty(), Optional.of("EUR"));
        assertEquals("EUR", EXTRACTOR.extract("It booked 38 billion of computing power.", euro).getFirst()
                .quantity().unit());
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertEquals(List.of(), EXTRACTOR.extract("It happened last month, on Tuesday, in October.",
                QuantityContext.none()));
        assertEquals(3, extract("It happened last month, on Tuesday, in October.").size());
    }

    @Test
    void intervalsFollowTheModifier() {
        assertInterval("about 100 trains", 90, 110, Modifier.ABOUT);
        assertInterval("nearly 100 trains", 90, 100, Modifier.NEARLY);
        assertInterval("up to 100 trains", 0, 100, Modifier.UP_TO);
        assertInterval("less than 100 trains", 0, 100, Modifier.LESS_THAN);
        assertInterval("at most 100 trains", 0, 100, Modifier.AT_MOST);
        assertInterval("at least 100 trains", 100, Double.POSITIVE_INFINITY, Modifier.AT_LEAST);
        assertInterval("upwards of 100 trains", 100, Double.POSITIVE_INFINITY, Modifier.MORE_THAN);
    }

    private static void assertInterval(String text, double low, double high, Modifier modifier) {
        QuantityMention m = extract(text).getFirst();
        assertEquals(100, m.quantity().value(), text);
        assertEquals(low, m.quantity().low(), 1e-9, text);
        assertEquals(high, m.quantity().high(), 1e-9, text);
        assertEquals(modifier, m.modifier(), text);
    }

    @Test
    void dominantCurrencyCountsExplicitMoney() {
        assertEquals(Optional.of("USD"), QuantityExtractor.dominantCurrency(
                "It paid $10 billion, then €2bn, then another $3 billion."));
        assertEquals(Optional.of("EUR"), QuantityExtractor.dominantCurrency("€2bn first, then $1bn."));
        assertEquals(Optional.empty(), QuantityExtractor.dominantCurrency("No money here, only 60 trains."));
        assertEquals(Optional.empty(), QuantityExtractor.dominantCurrency(""));
    }

    @Test
    void dollarFollowsADollarDefaultCurrency() {
        var canadian = new QuantityContext(Optional.empty(), Optional.of("CAD"));
        assertEquals("CAD", EXTRACTOR.extract("$3 billion", canadian).getFirst().quantity().unit());
        assertEquals("USD", EXTRACTOR.extract("US$3 billion", canadian).getFirst().quantity().unit());
        var euro = new QuantityContext(Optional.empty(), Optional.of("EUR"));
        assertEquals("USD", EXTRACTOR.extract("$3 billion", euro).getFirst().quantity().unit());
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null, QuantityContext.none()));
        assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("x", null));
        assertThrows(IllegalArgumentException.class,
                () -> new QuantityContext(Optional.empty(), Optional.of("dollars")));
        assertThrows(IllegalArgumentException.class,
                () -> new QuantityMention(5, 4, Quantity.exact(QuantityKind.COUNT, 1, "x", ""), Modifier.NONE));
    }

    @Test
    void emptyAndBlankTextHaveNoMentions() {
        assertEquals(List.of(), extract(""));
        assertEquals(List.of(), extract(" \n\t "));
    }
}
