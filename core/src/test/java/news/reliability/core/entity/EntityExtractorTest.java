package news.reliability.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Sentence;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.parse.TextParser;
import news.reliability.core.text.SentenceSplitter;

class EntityExtractorTest {

    private static ArticleEntities extract(String text) {
        ParsedDocument document = new TextParser().parse(text);
        List<Sentence> sentences = new SentenceSplitter().split(document.text(), document.blocks());
        return new EntityExtractor().extract(document.text(), sentences);
    }

    private static List<String> keys(ArticleEntities entities) {
        return entities.entities().stream().map(Entity::key).toList();
    }

    @Test
    void anAcronymInParenthesesIsAnAlias() {
        ArticleEntities entities = extract("The fine was set by the Regional Drinking Water Inspectorate (RDWI) "
                + "on Monday. The RDWI said the company ignored warnings.");
        assertEquals("regional drinking water inspectorate", entities.entities().getFirst().key());
        assertEquals(List.of("RDWI"), entities.entities().getFirst().aliases());
        assertFalse(keys(entities).contains("rdwi"));
    }

    @Test
    void initialsCorporateSuffixesAndSurnamesAreAliases() {
        ArticleEntities entities = extract("Kestrel Rolling Stock won the order. Analysts said KRS had no rival. "
                + "Shares of Halvard Corp. rose while Halvard kept quiet. Marit Ollenhauer called it a turning point, "
                + "and Ollenhauer thanked the staff.");
        List<String> keys = keys(entities);
        assertTrue(keys.contains("kestrel rolling stock"), keys.toString());
        assertFalse(keys.contains("krs"), keys.toString());
        assertTrue(keys.contains("halvard"), keys.toString());
        assertTrue(keys.contains("marit ollenhauer"), keys.toString());
        assertFalse(keys.contains("ollenhauer"), keys.toString());
    }

    @Test
    void aParentNamedMoreOftenThanItsDivisionStaysItsOwnEntity() {
        ArticleEntities entities = extract("Halvard makes pumps. Halvard sells pumps. Halvard is growing. "
                + "Its unit Halvard Cloud Services (HCS) rents servers, and Halvard owns it.");
        List<String> keys = keys(entities);
        assertTrue(keys.contains("halvard"), keys.toString());
        assertTrue(keys.contains("halvard cloud services"), keys.toString());
        assertEquals(List.of("HCS"), entities.entity("halvard cloud services").orElseThrow().aliases());
    }

    @Test
    void aHeadlineInTitleCaseOnlyYieldsNamesKnownFromTheText() {
        ArticleEntities entities = extract("Lumora Seeks Fresh Funding From Tessaly Partners\n"
                + "Chip designer Lumora is raising money. The round is led by Tessaly Partners, people said.");
        List<String> keys = keys(entities);
        assertTrue(keys.containsAll(List.of("lumora", "tessaly partners")), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("seeks") || k.contains("fresh")), keys.toString());
    }

    @Test
    void sentenceOpeningWordsAndCalendarNamesAreNotEntities() {
        ArticleEntities entities = extract("However, the board met on Tuesday in March. Meanwhile Aldmoor "
                + "Valley Railways waited. Analysts expect more.");
        List<String> keys = keys(entities);
        assertEquals(List.of("aldmoor valley railways"), keys);
    }

    @Test
    void theCompanyRefersToTheSalientEntityOfThePreviousSentence() {
        ArticleEntities entities = extract("Port Elvary Water was fined on Monday. Port Elvary Water had warned "
                + "households. Inspectors visited the site. The company said it would appeal.");
        assertEquals("port elvary water", entities.anaphor(3).orElseThrow());
        assertTrue(entities.anaphor(2).isEmpty());
    }

    @Test
    void mentionsKeepTheirOffsets() {
        String text = "On Monday, Bellwether Wire reported that Calder Times agreed.";
        ArticleEntities entities = extract(text);
        for (EntityMention mention : entities.mentions()) {
            assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
        }
        assertEquals(List.of("bellwether wire", "calder times"), entities.keysIn(0, text.length()));
    }

    @Test
    void matcherLinksAcronymsContainedNamesAndSpellings() {
        assertEquals(1.0, EntityMatcher.similarity("halvard", "halvard"));
        assertTrue(EntityMatcher.same("hcs", "halvard cloud services"));
        assertEquals(0.8, EntityMatcher.similarity("tessaly", "tessaly growth partners"));
        assertFalse(EntityMatcher.same("halvard", "halvard cloud services"), "a parent is not its division");
        assertTrue(EntityMatcher.same("ollenhauer gmbh", "ollenhaur gmbh"));
        assertFalse(EntityMatcher.same("halvard", "kestrel"));
        assertEquals(1.0 / 3, EntityMatcher.jaccard(List.of("halvard", "lumora"), List.of("lumora", "tessaly")), 1e-12);
        assertEquals(1.0, EntityMatcher.jaccard(List.of("hcs"), List.of("halvard cloud services")));
    }
}
