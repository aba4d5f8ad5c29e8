package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityFeaturesTest {

    private static final QualityFeatures FEATURES = new QualityFeatures(QualityWords.standard());

    private static double feature(String text, String name) {
        return FEATURES.vector(QualityText.of(text))[QualityFeatures.names().indexOf(name)];
    }

    @Test
    void namesAreUniqueAndMatchTheVector() {
        assertEquals(QualityFeatures.names().size(), QualityFeatures.names().stream().distinct().count());
        assertEquals(QualityFeatures.names().size(), FEATURES.vector(QualityText.of("One line.")).length);
    }

    @Test
    void brokenCollocationsAndSpunWordsPer100Words() {
        // 8 words, one broken collocation ("press discharge"), one spinner's word ("remunerate")
        assertEquals(12.5, feature("The press discharge said they would remunerate savers.", "brokenCollocationPer100"), 1e-9);
        assertEquals(12.5, feature("The press discharge said they would remunerate savers.", "spunWordPer100"), 1e-9);
        assertEquals(0, feature("The press release said they would pay savers.", "brokenCollocationPer100"), 1e-9);
    }

    @Test
    void duplicateLinesAndParagraphsByCountAndCharacters() {
        String text = "Alpha beta.\nGamma delta epsilon.\n\nAlpha beta.\n";
        // lines: "Alpha beta." (11), "Gamma delta epsilon." (20), "Alpha beta." (11): one of three repeats
        assertEquals(1.0 / 3, feature(text, "duplicateLineShare"), 1e-9);
        assertEquals(11.0 / 42, feature(text, "duplicateLineCharShare"), 1e-9);
        // paragraphs: "Alpha beta.\nGamma delta epsilon." and "Alpha beta.": none repeats
        assertEquals(0, feature(text, "duplicateParagraphShare"), 1e-9);
    }

    @Test
    void topAndDuplicatedNgramCharacterShares() {
        // words: a b a b a b c (7 words, 7 chars); "a b" occurs 3 times = 6 chars
        assertEquals(6.0 / 7, feature("a b a b a b c", "top2gramCharShare"), 1e-9);
        // 5-grams "a b a b a" and "b a b a b" occur once each... "a b a b a" at 0 and 2? words 0-4 and 2-6 differ (ends c)
        assertEquals(0, feature("a b a b a b c", "dup5gramCharShare"), 1e-9);
        // one sentence twice: every word of it is in a repeated 5-gram
        assertEquals(10.0 / 13, feature("one two three four five. six. one two three four five.",
                "dup5gramCharShare"), 0.2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The plan will cost 3 million pounds, the council said.|linePunctuationShare|1.0",
            "short line|shortLineShare|1.0",
            "the cat sat with the dog and that was to be|gopherStopWords|6.0",
            "# # # hash tags|hashToWord|0.6",
            "I think I like it.|firstPersonPer100|40.0",
            "\"I think I like it,\" she said.|firstPersonPer100|0.0",
            "You won't believe this. Share this now!|clickbaitPer100|14.285714285714286",
    })
    void tableOfSmallInputs(String text, String name, double expected) {
        assertEquals(expected, feature(text, name), 1e-9, name + " of " + text);
    }

    @Test
    void wordListsMatchWholeWordsLongestFirst() {
        QualityWords words = new QualityWords(Map.of("opinion", List.of("i think", "in my opinion")));
        List<int[]> found = words.matches(QualityWords.Group.OPINION, List.of("so", "i", "think", "in", "my", "opinion"));
        assertEquals(2, found.size());
        assertArrayEquals(new int[]{1, 2}, found.get(0));
        assertArrayEquals(new int[]{3, 3}, found.get(1));
        assertTrue(words.matches(QualityWords.Group.OPINION, List.of("i", "thinking")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new QualityWords(Map.of("nonsense", List.of("x"))));
    }

    @Test
    void standardListsHaveEveryGroup() {
        for (QualityWords.Group group : QualityWords.Group.values()) {
            assertTrue(!QualityWords.standard().phrases(group).isEmpty(), group.name());
        }
    }

    @Test
    void duplicateSentencesExactAndNear() {
        QualityText text = QualityText.of("The river rose two metres overnight. Crews closed the bridge. "
                + "The river rose two metres overnight. The river rose by two metres overnight!");
        var groups = new DuplicateSentenceFinder().find(text);
        assertEquals(1, groups.size());
        assertEquals(List.of(0, 2, 3), groups.getFirst().sentences());
        assertTrue(!groups.getFirst().exact());
    }
}
