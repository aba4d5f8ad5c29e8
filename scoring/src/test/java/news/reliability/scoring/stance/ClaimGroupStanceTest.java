package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Article;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.model.Story;
import news.reliability.core.parse.ArticleParser;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.read.ArticleReader;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.read.StoryBuilder;
import news.reliability.core.story.StoryGrouper;

class ClaimGroupStanceTest {

    private static final String FACT = "Halvard Capital agreed to invest $10 billion in Lumora Systems on Monday, "
            + "the company said. Lumora Systems will use the money to build chips.";

    private static ReadArticle read(String source, String text) {
        Article article = Article.of(new Source(source), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2026-04-01T08:00:00Z")), ContentFormat.TEXT, text);
        ParsedDocument document = new ArticleParser().parse(article);
        return new ArticleReader().read(article, document, document.blocks());
    }

    private static Story story(List<ReadArticle> reads) {
        StoryBuilder builder = new StoryBuilder(StoryGrouper.Options.defaults());
        reads.forEach(builder::add);
        List<Story> stories = builder.stories();
        assertEquals(1, stories.size(), "one event");
        return stories.getFirst();
    }

    private static Map<String, ReadArticle> byId(List<ReadArticle> reads) {
        Map<String, ReadArticle> map = new HashMap<>();
        reads.forEach(r -> map.put(r.article().id(), r));
        return map;
    }

    private static Stance stance(StanceLabel label, double probability) {
        double[] p = new double[StanceLabel.values().length];
        p[label.ordinal()] = probability;
        p[StanceLabel.UNRELATED.ordinal()] += 1 - probability;
        return new Stance(label, p);
    }

    private final List<ReadArticle> reads = List.of(
            read("Ledger", FACT),
            read("Wire", FACT.replace("on Monday", "this week")),
            read("Denier", "Halvard Capital denied on Monday that it would put any money into Lumora Systems. "
                    + "Lumora Systems declined to comment on the reports."));

    @Test
    void aConfidentDisagreementOfAnArticleWithoutTheValueBecomesAStanceConflict() {
        Story story = story(reads);
        Story checked = new ClaimGroupStance((claim, body) -> body.contains("denied")
                ? stance(StanceLabel.DISAGREE, 0.9) : stance(StanceLabel.DISCUSS, 0.9), 0.7).check(story, byId(reads));
        ClaimGroup investment = checked.claimGroups().stream().filter(g -> g.attribute().equals("investment"))
                .findFirst().orElseThrow();
        assertEquals(1, investment.conflicts().size());
        ClaimGroup.Conflict conflict = investment.conflicts().getFirst();
        assertEquals(ClaimGroupStance.REASON, conflict.reason());
        assertTrue(conflict.claim().quantity().isEmpty(), "a claim without a value");
        assertTrue(conflict.claim().text().startsWith("Halvard Capital denied"), conflict.claim().text());
        assertEquals(reads.get(2).article().id(), conflict.claim().articleId());
        assertEquals(1.0e10, investment.consensus().orElseThrow().value(), "the consensus is untouched");
    }

    @Test
    void anUnsureOrAgreeingClassifierAddsNothing() {
        Story story = story(reads);
        Story unsure = new ClaimGroupStance((claim, body) -> stance(StanceLabel.DISAGREE, 0.5), 0.7)
                .check(story, byId(reads));
        assertSame(story.claimGroups().getFirst(), unsure.claimGroups().getFirst());
        Story agreeing = new ClaimGroupStance((claim, body) -> stance(StanceLabel.AGREE, 0.95), 0.7)
                .check(story, byId(reads));
        assertTrue(agreeing.claimGroups().stream().allMatch(g -> g.conflicts().isEmpty()));
        assertThrows(IllegalArgumentException.class, () -> new ClaimGroupStance((c, b) -> null, 0));
    }

    @Test
    void theShippedModelRunsOverAStoryWithoutThrowing() {
        Story checked = new ClaimGroupStance(StanceClassifier.fixtureDefault()::predict, 0.7)
                .check(story(reads), byId(reads));
        assertTrue(checked.claimGroups().stream().allMatch(g -> g.consensus().isPresent()));
    }
}
