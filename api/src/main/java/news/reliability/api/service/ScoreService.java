package news.reliability.api.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.reliability.api.entity.ClaimGroupMemberEntity;
import news.reliability.api.entity.SourceEntity;
import news.reliability.api.entity.SourceScoreEntity;
import news.reliability.core.model.Source;
import news.reliability.core.report.EvidenceReport;
import news.reliability.core.report.SourceReport;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.reliability.SourceEvidence;
import news.reliability.scoring.reliability.SourceScorer;

/**
 * Recomputes a source's score from everything stored about it and keeps every change as history: the
 * latest score also sits on the source row, so listings sort without a join.
 */
@ApplicationScoped
public class ScoreService {

    @Inject
    SourceScorer scorer;

    @Inject
    Analyzer analyzer;

    @Inject
    ObjectMapper json;

    /** Scores the source again; writes a history entry only when the score or its basis changed. */
    @Transactional
    public SourceReport recompute(SourceEntity source) {
        SourceEvidence.Builder evidence = SourceEvidence.builder(new Source(source.name)).articles(source.articles);
        List<ClaimGroupMemberEntity> members = ClaimGroupMemberEntity.list(
                "claim.article.source = ?1 and verdict in (?2, ?3) order by id", source,
                ClaimGroupMemberEntity.AGREES, ClaimGroupMemberEntity.CONFLICTS);
        for (ClaimGroupMemberEntity member : members) {
            boolean agrees = member.verdict.equals(ClaimGroupMemberEntity.AGREES);
            EvidenceReport item = new EvidenceReport(agrees ? "corroborated" : "contradicted",
                    member.claim.article.id, String.valueOf(member.claimGroup.story.id),
                    member.claimGroup.groupKey, member.claim.text, agrees ? 1 : -1);
            if (agrees) {
                evidence.corroborated(item);
            } else {
                evidence.contradicted(item);
            }
        }
        SourceReport report = scorer.score(evidence.build());
        boolean changed = !Objects.equals(source.score, report.score()) || !Objects.equals(source.low, report.low())
                || !Objects.equals(source.high, report.high())
                || SourceScoreEntity.latest(source).map(s -> s.articles != report.articles()).orElse(true);
        if (changed) {
            Instant now = Instant.now();
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
        return report;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value instanceof Map<?, ?> map ? new java.util.TreeMap<>(map) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("score parts are plain records and always serialise", e);
        }
    }
}
