package news.reliability.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static StoryFeatures features(Map<String, Integer> entities, List<String> words, String publishedAt) {
        return new StoryFeatures(entities, MinHash.signature(words),
                Optional.ofNullable(publishedAt).map(Instant::parse));
    }

    private static final List<String> RAIL_WORDS = List.of("order", "train", "rail", "valley", "deliver", "battery",
            "hybrid", "factory", "passeng", "fleet");
    private static final List<String> WATER_WORDS = List.of("fine", "water", "boil", "notic", "household",
            "inspector", "contamin", "pipe", "appeal", "pollut");

    @Test
    void articlesAboutOneEventShareAStoryAndOthersDoNot() {
        StoryGrouper grouper = new StoryGrouper(StoryGrouper.Options.defaults());
        String a = grouper.add("a", features(Map.of("aldmoor valley railways", 3, "kestrel", 2), RAIL_WORDS,
                "2026-03-10T08:00:00Z"));
        String b = grouper.add("b", features(Map.of("aldmoor valley railways", 2, "kestrel", 1),
                RAIL_WORDS.subList(0, 7), "2026-03-11T08:00:00Z"));
        String c = grouper.add("c", features(Map.of("port elvary water", 4), WATER_WORDS, "2026-03-11T09:00:00Z"));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(List.of("a", "b"), grouper.articlesOf(a));
    }

    @Test
    void theSameCompanyMonthsLaterIsAnotherStory() {
        StoryGrouper grouper = new StoryGrouper(StoryGrouper.Options.defaults());
        String march = grouper.add("a", features(Map.of("aldmoor valley railways", 3), RAIL_WORDS,
                "2026-03-10T08:00:00Z"));
        String september = grouper.add("b", features(Map.of("aldmoor valley railways", 3), RAIL_WORDS,
                "2026-09-10T08:00:00Z"));
        assertNotEquals(march, september);
    }

    @Test
    void addingAnArticleAgainChangesNothing() {
        StoryGrouper grouper = new StoryGrouper(StoryGrouper.Options.defaults());
        StoryFeatures rail = features(Map.of("aldmoor valley railways", 3), RAIL_WORDS, null);
        String first = grouper.add("a", rail);
        assertEquals(first, grouper.add("a", features(Map.of("port elvary water", 4), WATER_WORDS, null)));
        assertEquals(List.of("a"), grouper.articlesOf(first));
        assertEquals(1, grouper.stories().size());
        assertEquals(Optional.of(first), grouper.storyOf("a"));
    }

    @Test
    void minHashEstimatesJaccard() {
        assertEquals(1.0, MinHash.similarity(MinHash.signature(RAIL_WORDS), MinHash.signature(RAIL_WORDS)));
        assertEquals(0.0, MinHash.similarity(MinHash.signature(List.of()), MinHash.signature(List.of())));
        double half = MinHash.similarity(MinHash.signature(RAIL_WORDS.subList(0, 6)),
                MinHash.signature(RAIL_WORDS.subList(3, 9)));
        assertTrue(half > 0.15 && half < 0.55, "true Jaccard 1/3, estimated " + half);
    }
}
