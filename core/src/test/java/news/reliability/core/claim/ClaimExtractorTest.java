package news.reliability.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.reliability.core.entity.ArticleEntities;
import news.reliability.core.entity.EntityExtractor;
import news.reliability.core.model.Claim;
import news.reliability.core.model.Hedge;
import news.reliability.core.model.Sentence;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.parse.TextParser;
import news.reliability.core.quantity.QuantityContext;
import news.reliability.core.quantity.QuantityExtractor;
import news.reliability.core.text.SentenceSplitter;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new QuantityExtractor());

    static List<Claim> claims(String text) {
        ParsedDocument document = new TextParser().parse(text);
        List<Sentence> sentences = new SentenceSplitter().split(document.text(), document.blocks());
        ArticleEntities entities = new EntityExtractor().extract(document.text(), sentences);
        QuantityContext context = new QuantityContext(Optional.of(Instant.parse("2026-03-12T09:00:00Z")),
                QuantityExtractor.dominantCurrency(text));
        return EXTRACTOR.extract("a1", document.text(), sentences, entities, context);
    }

    static Stream<Arguments> attributes() {
        return Stream.of(
                Arguments.of("Halvard Capital is in talks to invest $10 billion in Lumora.", "investment"),
                Arguments.of("The deal could value Lumora at over $500 billion.", "valuation"),
                Arguments.of("Lumora's last valuation was $2.1 billion.", "valuation"),
                Arguments.of("Lumora signed an agreement with Halvard Cloud, valued at about $38 billion.", "deal value"),
                Arguments.of("Lumora signed a cloud agreement worth around $38 billion with Halvard Cloud.", "deal value"),
                Arguments.of("Lumora raised $320 million in a round led by Tessaly Partners.", "investment"),
                Arguments.of("The inspectorate fined Port Elvary Water £3.6 million.", "fine"),
                Arguments.of("Aldmoor Valley Railways ordered 60 trains from Kestrel.", "number of train"),
                Arguments.of("Lumora signed a seven-year agreement with Halvard Cloud.", "deal duration"),
                Arguments.of("Halvard Capital bought a 27 percent stake in Lumora.", "stake"),
                Arguments.of("Aldmoor Valley Railways announced the order on 10 March 2026.", "date of announc"));
    }

    @ParameterizedTest
    @MethodSource("attributes")
    void theAttributeComesFromTheWordsAroundTheValue(String sentence, String attribute) {
        List<Claim> claims = claims(sentence);
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(attribute, claims.getFirst().relation(), sentence);
    }

    @Test
    void aValuationInASentenceAboutADealIsNotTheDealAmount() {
        List<Claim> claims = claims("Halvard Capital will invest $10 billion in Lumora, a deal that could value "
                + "Lumora at $500 billion.");
        assertEquals(List.of("investment", "valuation"), claims.stream().map(Claim::relation).toList());
        assertEquals(1.0e10, claims.get(0).quantity().orElseThrow().value());
        assertEquals(5.0e11, claims.get(1).quantity().orElseThrow().value());
    }

    @Test
    void subjectsComeFromTheValuesOwnClause() {
        List<Claim> claims = claims("Lumora's valuation was $500 billion in a share sale, which made it more "
                + "valuable than Halvard Capital and Tessaly Partners.");
        assertEquals(List.of("lumora"), claims.getFirst().entities());
        assertEquals("Lumora", claims.getFirst().subject());
    }

    @Test
    void hedgesNegationAndAttribution() {
        Claim reported = claims("Halvard Capital is reportedly set to invest $10 billion in Lumora.").getFirst();
        assertEquals(Hedge.REPORTED, reported.hedge());
        Claim possible = claims("Halvard Capital could invest $10 billion in Lumora.").getFirst();
        assertEquals(Hedge.POSSIBLE, possible.hedge());
        Claim stated = claims("Halvard Capital invested $10 billion in Lumora.").getFirst();
        assertEquals(Hedge.NONE, stated.hedge());
        assertFalse(stated.negated());
        assertTrue(claims("Halvard Capital did not invest $10 billion in Lumora.").getFirst().negated());
        assertFalse(claims("Halvard's $10 billion bet isn't just about money.").getFirst().negated());
        Claim attributed = claims("Lumora raised $320 million, according to people familiar with the matter.")
                .getFirst();
        assertEquals(Optional.of("people familiar with the matter"), attributed.attribution());
    }

    @Test
    void spansPointAtTheSentence() {
        String text = "Aldmoor Valley Railways ordered trains. The order is worth €2.4 billion.";
        Claim claim = claims(text).getFirst();
        assertEquals("The order is worth €2.4 billion.", text.substring(claim.start(), claim.end()));
        assertEquals("EUR", claim.quantity().orElseThrow().unit());
        assertEquals(List.of("aldmoor valley railways"), claim.entities(), "the main entity when the clause names none");
    }
}
