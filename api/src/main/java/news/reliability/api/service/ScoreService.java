package news.reliability.api.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.reliability.api.entity.ClaimEntity;
import news.reliability.api.entity.ClaimGroupMemberEntity;
import news.reliability.api.entity.FlagEntity;
import news.reliability.api.entity.SourceEntity;
import news.reliability.api.entity.SourceScoreEntity;
import news.reliability.core.model.Source;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.SourceReport;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.reliability.ArticleSignals;
import news.reliability.scoring.reliability.GroupClaim;
import news.reliability.scoring.reliability.SourceReliability;

/**
 * Scores the stored sources again from everything stored, with the same {@link SourceReliability} as the
 * analysis report: truth discovery over the claim groups of all stored stories (each member's verdict gives
 * its value), the articles' quality scores and boilerplate flags. Trust is estimated jointly, so a new article
 * can move the scores of other sources too; every source is rescored, and every change is kept as history.
 * The latest score also sits on the source row, so listings sort without a join.
 *
 * <p>A full recomputation reads the stored claim groups, articles and flags once per ingested batch: linear in
 * the stored corpus, fine for an editor's corpus; an incremental update is not built yet.
 */
@ApplicationScoped
public class ScoreService {

    /**
     * Changes smaller than this are not a new score: the engine stops when trust moves less than 1e-4, so
     * a recomputation over more claims can shift unrelated scores by that much without any new evidence.
     */
    static final double SCORE_CHANGE = 1e-4;

    @Inject
    SourceReliability reliability;

    @Inject
    Analyzer analyzer;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    /** Scores one source again (with all the others, as the estimate is joint) and returns its report. */
    @Transactional
    public SourceReport recompute(SourceEntity source) {
        return recomputeAll().get(source.slug);
    }

    /**
     * Scores every stored source again; writes a history entry for each source whose score, interval or
     * number of articles changed. Returns the reports by source slug, best first.
     */
    @Transactional
    public Map<String, SourceReport> recomputeAll() {
        Map<Long, SourceEntity> entities = new HashMap<>();
        Map<Long, Source> sources = new HashMap<>();
        for (SourceEntity entity : SourceEntity.<SourceEntity>listAll()) {
            entities.put(entity.id, entity);
            sources.put(entity.id, new Source(entity.name));
        }
        List<ArticleSignals> articles = articleSignals(sources);
        List<GroupClaim> claims = groupClaims(sources);
        Map<String, SourceEntity> bySlug = new HashMap<>();
        entities.forEach((id, entity) -> bySlug.put(sources.get(id).id(), entity));
        Map<String, SourceReport> reports = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (SourceReport report : reliability.score(articles, claims)) {
            SourceEntity source = bySlug.get(report.id());
            if (source == null) {
                continue;
            }
            reports.put(source.slug, report);
            store(source, report, now);
        }
        return reports;
    }

    private List<ArticleSignals> articleSignals(Map<Long, Source> sources) {
        Map<String, List<FlagReport>> boilerplate = new HashMap<>();
        Map<String, List<FlagReport>> quality = new HashMap<>();
        List<Object[]> flags = entityManager.createQuery(
                "select f.article.id, f from FlagEntity f order by f.article.id, f.start, f.id", Object[].class)
                .getResultList();
        for (Object[] row : flags) {
            FlagEntity flag = (FlagEntity) row[1];
            var target = FlagEntity.QUALITY.equals(flag.category) ? quality : boilerplate;
            target.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(new FlagReport(flag.kind, flag.start, flag.end, flag.text, flag.reason));
        }
        List<Object[]> rows = entityManager.createQuery(
                "select a.id, a.source.id, a.qualityScore, length(a.content) from ArticleEntity a "
                        + "order by a.ingestedAt, a.id", Object[].class).getResultList();
        List<ArticleSignals> signals = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String id = (String) row[0];
            Double score = (Double) row[2];
            signals.add(new ArticleSignals(id, sources.get((Long) row[1]), ((Number) row[3]).intValue(),
                    score == null ? OptionalDouble.empty() : OptionalDouble.of(score),
                    boilerplate.getOrDefault(id, List.of()), quality.getOrDefault(id, List.of())));
        }
        return signals;
    }

    private List<GroupClaim> groupClaims(Map<Long, Source> sources) {
        List<Object[]> rows = entityManager.createQuery(
                "select m.verdict, m.reason, g.story.id, g.groupKey, a.id, a.source.id, c.value, c.unit, c.hedge, "
                        + "c.text, c from ClaimGroupMemberEntity m join m.claimGroup g join m.claim c join c.article a "
                        + "where m.verdict in (:agrees, :conflicts) order by m.id", Object[].class)
                .setParameter("agrees", ClaimGroupMemberEntity.AGREES)
                .setParameter("conflicts", ClaimGroupMemberEntity.CONFLICTS)
                .getResultList();
        List<GroupClaim> claims = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            boolean agrees = ClaimGroupMemberEntity.AGREES.equals(row[0]);
            String value = agrees ? GroupClaim.CONSENSUS
                    : GroupClaim.conflict((String) row[1], (Double) row[6], (String) row[7]);
            ClaimEntity claim = (ClaimEntity) row[10];
            claims.add(new GroupClaim(String.valueOf(row[2]), (String) row[3], (String) row[4],
                    sources.get((Long) row[5]), value, GroupClaim.hedge((String) row[8]), (String) row[9],
                    claim.start, claim.end));
        }
        return claims;
    }

    private void store(SourceEntity source, SourceReport report, Instant now) {
        boolean changed = differs(source.score, report.score()) || differs(source.low, report.low())
                || differs(source.high, report.high())
                || SourceScoreEntity.latest(source).map(s -> s.articles != report.articles()).orElse(true);
        if (!changed) {
            return;
        }
        SourceScoreEntity entry = new SourceScoreEntity();
        entry.source = source;
        entry.score = report.score();
        entry.low = report.low();
        entry.high = report.high();
        entry.articles = report.articles();
        entry.signals = write(report.signals());
        entry.evidence = write(report.evidence());
        entry.modelVersion = write(analyzer.modelVersions());
        entry.computedAt = now;
        entry.persist();
        source.score = report.score();
        source.low = report.low();
        source.high = report.high();
        source.scoredAt = now;
    }

    private static boolean differs(Double stored, double computed) {
        return stored == null || Math.abs(stored - computed) > SCORE_CHANGE;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value instanceof Map<?, ?> map ? new java.util.TreeMap<>(map) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("score parts are plain records and always serialise", e);
        }
    }
}
