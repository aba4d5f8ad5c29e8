package news.reliability.api.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.reliability.api.dto.Page;
import news.reliability.api.dto.StorySummary;
import news.reliability.api.dto.StoryView;
import news.reliability.api.entity.ArticleEntity;
import news.reliability.api.entity.ClaimGroupEntity;
import news.reliability.api.entity.ClaimGroupMemberEntity;
import news.reliability.api.entity.StoryEntity;
import news.reliability.core.report.ClaimGroupReport;

/** Reads stored stories with their claim groups. */
@ApplicationScoped
public class StoryQueryService {

    @Transactional
    public Page<StorySummary> list(int page, int size) {
        var query = StoryEntity.<StoryEntity>findAll(
                Sort.by("lastPublishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id"))
                .page(page, size);
        List<StorySummary> items = query.list().stream()
                .map(s -> new StorySummary(s.id, s.title, s.firstPublishedAt, s.lastPublishedAt,
                        ArticleEntity.count("story", s), ClaimGroupEntity.count("story", s)))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional
    public Optional<StoryView> find(long id) {
        return StoryEntity.<StoryEntity>findByIdOptional(id).map(story -> {
            List<String> articles = ArticleEntity.<ArticleEntity>list("story = ?1 order by ingestedAt, id", story)
                    .stream().map(a -> a.id).toList();
            List<ClaimGroupReport> groups = new ArrayList<>();
            for (ClaimGroupEntity group : ClaimGroupEntity.<ClaimGroupEntity>list("story = ?1 order by id", story)) {
                List<ClaimGroupMemberEntity> members =
                        ClaimGroupMemberEntity.list("claimGroup = ?1 order by id", group);
                var claims = members.stream().map(m -> new ClaimGroupReport.GroupClaim(m.claim.article.source.name,
                        m.claim.text, m.claim.value, m.claim.unit)).toList();
                var consensus = group.consensusValue == null ? null : new ClaimGroupReport.Consensus(
                        group.consensusValue, group.consensusUnit, members.stream()
                        .filter(m -> m.verdict.equals(ClaimGroupMemberEntity.AGREES))
                        .map(m -> m.claim.article.source.name).distinct().toList());
                var conflicts = members.stream()
                        .filter(m -> m.verdict.equals(ClaimGroupMemberEntity.CONFLICTS))
                        .map(m -> new ClaimGroupReport.ConflictReport(m.claim.article.source.name, m.claim.value,
                                m.claim.text, m.reason))
                        .toList();
                groups.add(new ClaimGroupReport(group.groupKey, group.subject, group.attribute, claims, consensus,
                        conflicts));
            }
            return new StoryView(story.id, story.title, story.firstPublishedAt, story.lastPublishedAt, articles,
                    groups);
        });
    }
}
