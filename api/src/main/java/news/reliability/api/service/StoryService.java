package news.reliability.api.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import news.reliability.api.entity.ArticleEntity;
import news.reliability.api.entity.ClaimEntity;
import news.reliability.api.entity.ClaimGroupEntity;
import news.reliability.api.entity.ClaimGroupMemberEntity;
import news.reliability.api.entity.SourceEntity;
import news.reliability.api.entity.StoryEntity;
import news.reliability.core.model.Article;
import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Source;
import news.reliability.core.model.Story;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.read.StoryBuilder;
import news.reliability.scoring.Analyzer;

/**
 * Places stored articles into stories and keeps each story's claim groups in the database.
 *
 * <p>Story grouping is incremental, so this service holds the grouping state of the stored corpus in memory,
 * rebuilt from the database on first use (and after a rolled-back transaction). Calls are serialised.
 */
@ApplicationScoped
public class StoryService {

    private static final Logger LOG = Logger.getLogger(StoryService.class);

    @Inject
    Analyzer analyzer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private StoryBuilder builder;
    private final Map<String, Long> storyIds = new HashMap<>();

    /**
     * Adds a stored article to its story, rewrites that story's claim groups, and returns the sources whose
     * evidence changed.
     */
    @Transactional
    public synchronized Set<SourceEntity> place(ReadArticle read, ArticleEntity article) {
        ensureLoaded();
        forgetOnRollback();
        String storyKey = builder.add(read);
        StoryEntity story = storyEntity(storyKey, read.article());
        article.story = story;
        return rewriteGroups(story, builder.story(storyKey));
    }

    private void forgetOnRollback() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    forget();
                }
            }
        });
    }

    /**
     * Drops the in-memory grouping state; the next call rebuilds it from the stored articles, as after a
     * restart or a rolled-back transaction.
     */
    synchronized void forget() {
        builder = null;
        storyIds.clear();
    }

    private void ensureLoaded() {
        if (builder != null) {
            return;
        }
        builder = new StoryBuilder(analyzer.storyOptions());
        storyIds.clear();
        List<ArticleEntity> stored = ArticleEntity.list("order by ingestedAt, id");
        for (ArticleEntity entity : stored) {
            ReadArticle read = analyzer.readClaims(Article.of(new Source(entity.source.name),
                    Optional.ofNullable(entity.url), Optional.ofNullable(entity.title),
                    Optional.ofNullable(entity.publishedAt), entity.format, entity.content));
            String storyKey = builder.add(read);
            if (entity.story != null) {
                storyIds.putIfAbsent(storyKey, entity.story.id);
            }
        }
        if (!stored.isEmpty()) {
            LOG.infof("story grouping rebuilt from %d stored articles", stored.size());
        }
    }

    private StoryEntity storyEntity(String storyKey, Article article) {
        Long id = storyIds.get(storyKey);
        StoryEntity story = id == null ? null : StoryEntity.findById(id);
        if (story == null) {
            story = new StoryEntity();
            story.title = article.title().orElse(null);
            story.createdAt = Instant.now();
            story.persist();
            storyIds.put(storyKey, story.id);
        }
        Optional<Instant> published = article.publishedAt();
        if (published.isPresent()) {
            Instant t = published.get();
            story.firstPublishedAt = story.firstPublishedAt == null || t.isBefore(story.firstPublishedAt)
                    ? t : story.firstPublishedAt;
            story.lastPublishedAt = story.lastPublishedAt == null || t.isAfter(story.lastPublishedAt)
                    ? t : story.lastPublishedAt;
        }
        if (story.title == null) {
            story.title = article.title().orElse(null);
        }
        return story;
    }

    /** Replaces the story's claim groups; returns the sources with claims in the old or new groups. */
    private Set<SourceEntity> rewriteGroups(StoryEntity story, Story aligned) {
        Set<SourceEntity> touched = new HashSet<>();
        List<ClaimGroupMemberEntity> old = ClaimGroupMemberEntity.list("claimGroup.story", story);
        old.forEach(m -> touched.add(m.claim.article.source));
        ClaimGroupMemberEntity.delete("claimGroup.id in (select g.id from ClaimGroupEntity g where g.story = ?1)", story);
        ClaimGroupEntity.delete("story", story);
        for (ClaimGroup group : aligned.claimGroups()) {
            ClaimGroupEntity entity = new ClaimGroupEntity();
            entity.story = story;
            entity.groupKey = group.id();
            entity.subject = truncate(group.subject(), 500);
            entity.attribute = truncate(group.attribute(), 200);
            entity.consensusValue = group.consensus().map(q -> q.value()).orElse(null);
            entity.consensusUnit = group.consensus().map(q -> q.unit()).orElse(null);
            entity.createdAt = Instant.now();
            entity.persist();
            Map<Claim, String[]> verdicts = new HashMap<>();
            group.claims().forEach(c -> verdicts.put(c, new String[] {ClaimGroupMemberEntity.UNDECIDED, null}));
            group.supporting().forEach(c -> verdicts.put(c, new String[] {ClaimGroupMemberEntity.AGREES, null}));
            group.conflicts().forEach(c -> verdicts.put(c.claim(),
                    new String[] {ClaimGroupMemberEntity.CONFLICTS, c.reason()}));
            for (var verdict : verdicts.entrySet()) {
                ClaimEntity claim = ClaimEntity.find("article.id = ?1 and claimKey = ?2",
                        verdict.getKey().articleId(), verdict.getKey().id()).firstResult();
                if (claim == null) {
                    continue;
                }
                ClaimGroupMemberEntity member = new ClaimGroupMemberEntity();
                member.claimGroup = entity;
                member.claim = claim;
                member.verdict = verdict.getValue()[0];
                member.reason = verdict.getValue()[1];
                member.persist();
                touched.add(claim.article.source);
            }
        }
        return touched;
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
