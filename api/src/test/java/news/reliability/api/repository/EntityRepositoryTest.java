package news.reliability.api.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import news.reliability.api.TestArticles;
import news.reliability.api.entity.ApiKeyEntity;
import news.reliability.api.entity.ArticleEntity;
import news.reliability.api.entity.ClaimEntity;
import news.reliability.api.entity.ClaimGroupEntity;
import news.reliability.api.entity.ClaimGroupMemberEntity;
import news.reliability.api.entity.FeedbackEntity;
import news.reliability.api.entity.FlagEntity;
import news.reliability.api.entity.ModelVersionEntity;
import news.reliability.api.entity.SourceEntity;
import news.reliability.api.entity.SourceScoreEntity;
import news.reliability.api.entity.StoryEntity;
import news.reliability.api.service.ScoreService;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;

/** Every table through its entity, on whichever database the build targets (H2 or PostgreSQL). */
@QuarkusTest
class EntityRepositoryTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ScoreService scores;

    private static SourceEntity source(String name) {
        SourceEntity source = new SourceEntity();
        source.slug = new Source(name).id();
        source.name = name;
        source.createdAt = Instant.now();
        source.persist();
        return source;
    }

    private static ArticleEntity article(SourceEntity source, String id, String content) {
        ArticleEntity article = new ArticleEntity();
        article.id = id;
        article.source = source;
        article.url = "https://example.test/" + id;
        article.format = ContentFormat.TEXT;
        article.content = content;
        article.contentHash = "0".repeat(64);
        article.ingestedAt = Instant.now();
        article.persist();
        source.articles++;
        return article;
    }

    private static ClaimEntity claim(ArticleEntity article, String key, double value) {
        ClaimEntity claim = new ClaimEntity();
        claim.article = article;
        claim.claimKey = key;
        claim.text = "The order is worth " + value + " euros.";
        claim.start = 0;
        claim.end = claim.text.length();
        claim.subject = "the order";
        claim.relation = "worth";
        claim.value = value;
        claim.unit = "EUR";
        claim.hedge = "none";
        claim.persist();
        return claim;
    }

    @Test
    @TestTransaction
    void sourcesAreFoundBySlugAndSlugsAreUnique() {
        String name = TestArticles.uniqueSource("Slug Source");
        SourceEntity stored = source(name);
        assertEquals(stored.id, SourceEntity.findBySlug(new Source(name).id()).orElseThrow().id);
        assertTrue(SourceEntity.findBySlug("never-stored").isEmpty());

        assertThrows(PersistenceException.class, () -> {
            source(name);
            entityManager.flush();
        });
    }

    @Test
    @TestTransaction
    void longArticleTextRoundTripsExactly() {
        SourceEntity source = source(TestArticles.uniqueSource("Long Text"));
        String content = "Ünïcödé “quotes” and a long body. ".repeat(60_000);
        article(source, "along" + System.nanoTime() % 100_000_000, content);
        entityManager.flush();
        entityManager.clear();
        ArticleEntity reloaded = ArticleEntity.find("source.id", source.id).firstResult();
        assertEquals(content, reloaded.content);
        assertEquals(1, ArticleEntity.countBySource(reloaded.source));
    }

    @Test
    @TestTransaction
    void flagsAndClaimsComeBackInTextOrderAndGoWithTheirArticle() {
        SourceEntity source = source(TestArticles.uniqueSource("Flags"));
        ArticleEntity article = article(source, "aflags" + System.nanoTime() % 1_000_000, "text");
        for (int start : new int[] {40, 0, 20}) {
            FlagEntity flag = new FlagEntity();
            flag.article = article;
            flag.category = FlagEntity.BOILERPLATE;
            flag.kind = "newsletter";
            flag.start = start;
            flag.end = start + 5;
            flag.text = "Sign up";
            flag.persist();
        }
        claim(article, "c2", 2.0);
        claim(article, "c1", 1.0);
        entityManager.flush();

        assertEquals(List.of(0, 20, 40),
                FlagEntity.findByArticle(article, FlagEntity.BOILERPLATE).stream().map(f -> f.start).toList());
        assertTrue(FlagEntity.findByArticle(article, FlagEntity.QUALITY).isEmpty());
        assertEquals(2, ClaimEntity.findByArticle(article).size());

        String id = article.id;
        entityManager.clear();
        ArticleEntity.deleteById(id);
        entityManager.flush();
        assertEquals(0, FlagEntity.count("article.id", id));
        assertEquals(0, ClaimEntity.count("article.id", id));
    }

    @Test
    @TestTransaction
    void claimGroupVerdictsBecomeScoreEvidenceAndHistory() {
        SourceEntity careful = source(TestArticles.uniqueSource("Careful"));
        SourceEntity sloppy = source(TestArticles.uniqueSource("Sloppy"));
        List<SourceEntity> agreeing = List.of(careful, source(TestArticles.uniqueSource("Steady")),
                source(TestArticles.uniqueSource("Plain")));
        StoryEntity story = new StoryEntity();
        story.title = "Rail operator orders trains";
        story.createdAt = Instant.now();
        story.persist();
        ClaimGroupEntity group = new ClaimGroupEntity();
        group.story = story;
        group.groupKey = "g1";
        group.subject = "the rail operator's order";
        group.attribute = "amount";
        group.consensusValue = 2.4e9;
        group.consensusUnit = "EUR";
        group.createdAt = Instant.now();
        group.persist();
        long suffix = System.nanoTime() % 1_000_000;
        for (int i = 0; i < 3; i++) {
            ClaimGroupMemberEntity member = new ClaimGroupMemberEntity();
            member.claimGroup = group;
            member.claim = claim(article(agreeing.get(i), "acare" + i + "x" + suffix, "t"), "c1", 2.4e9);
            member.verdict = ClaimGroupMemberEntity.AGREES;
            member.persist();
        }
        ClaimGroupMemberEntity conflict = new ClaimGroupMemberEntity();
        conflict.claimGroup = group;
        conflict.claim = claim(article(sloppy, "aslop" + suffix, "t"), "c1", 4.0e9);
        conflict.verdict = ClaimGroupMemberEntity.CONFLICTS;
        conflict.reason = "value";
        conflict.persist();
        entityManager.flush();

        var carefulReport = scores.recompute(careful);
        var sloppyReport = scores.recompute(sloppy);
        assertEquals(1, carefulReport.evidence().size(), "one claim group");
        assertEquals("corroborated", carefulReport.evidence().getFirst().kind());
        assertEquals(String.valueOf(story.id), carefulReport.evidence().getFirst().story());
        assertEquals("g1", carefulReport.evidence().getFirst().claimGroup());
        assertEquals("contradicted", sloppyReport.evidence().getFirst().kind());
        assertTrue(carefulReport.score() > sloppyReport.score());
        assertTrue(careful.score > 0.5 && sloppy.score < 0.5, careful.score + " " + sloppy.score);

        List<SourceScoreEntity> history = SourceScoreEntity.history(careful);
        assertEquals(1, history.size());
        scores.recompute(careful);
        assertEquals(1, SourceScoreEntity.history(careful).size(), "an unchanged score adds no history");
        assertTrue(history.getFirst().evidence.contains("corroborated"));
    }

    @Test
    @TestTransaction
    void modelVersionsApiKeysAndFeedbackAreStored() {
        ModelVersionEntity model = new ModelVersionEntity();
        model.name = "stance";
        model.version = "test-" + System.nanoTime();
        model.active = false;
        model.metrics = "{\"macroF1\":0.5}";
        model.createdAt = Instant.now();
        model.persist();

        ApiKeyEntity key = new ApiKeyEntity();
        key.name = "moderation";
        key.keyHash = "h" + System.nanoTime();
        key.role = "reader";
        key.createdAt = Instant.now();
        key.persist();

        FeedbackEntity feedback = new FeedbackEntity();
        feedback.targetType = "flag";
        feedback.targetId = "42";
        feedback.verdict = "wrong";
        feedback.comment = "This paragraph is the article's lead, not a teaser.";
        feedback.createdAt = Instant.now();
        feedback.persist();
        entityManager.flush();
        entityManager.clear();

        assertEquals("{\"macroF1\":0.5}", ModelVersionEntity.<ModelVersionEntity>findById(model.id).metrics);
        assertFalse(ModelVersionEntity.<ModelVersionEntity>findById(model.id).active);
        assertEquals("reader", ApiKeyEntity.<ApiKeyEntity>findById(key.id).role);
        assertEquals("wrong", FeedbackEntity.<FeedbackEntity>findById(feedback.id).verdict);

        assertThrows(PersistenceException.class, () -> {
            ApiKeyEntity duplicate = new ApiKeyEntity();
            duplicate.name = "copy";
            duplicate.keyHash = key.keyHash;
            duplicate.role = "admin";
            duplicate.createdAt = Instant.now();
            duplicate.persist();
            entityManager.flush();
        });
    }
}
