package news.reliability.api.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import news.reliability.api.dto.Page;
import news.reliability.api.dto.ScoreHistoryEntry;
import news.reliability.api.dto.SourceSummary;
import news.reliability.api.dto.StoredSourceView;
import news.reliability.api.entity.SourceEntity;
import news.reliability.api.entity.SourceScoreEntity;

/** Reads sources with their scores and score history. */
@ApplicationScoped
public class SourceService {

    /** Orders a listing can be sorted by, mapped to entity fields. */
    public static final Map<String, String> SORT_FIELDS = Map.of("score", "score", "name", "name",
            "articles", "articles", "id", "slug");

    @Transactional
    public Page<SourceSummary> list(int page, int size, String sort, boolean descending) {
        String field = SORT_FIELDS.get(sort);
        Sort order = Sort.by(field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
                        Sort.NullPrecedence.NULLS_LAST)
                .and("slug", Sort.Direction.Ascending);
        var query = SourceEntity.<SourceEntity>findAll(order).page(page, size);
        List<SourceSummary> items = query.list().stream()
                .map(s -> new SourceSummary(s.slug, s.name, s.score, s.low, s.high, s.articles, s.scoredAt))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    /**
     * A source with its latest score; the stored JSON of signals, evidence and model versions is passed
     * through as written by {@link ScoreService} (empty when the source has no score yet).
     */
    @Transactional
    public Optional<StoredSourceView> find(String slug) {
        return SourceEntity.findBySlug(slug).map(source -> {
            Optional<SourceScoreEntity> latest = SourceScoreEntity.latest(source);
            return new StoredSourceView(source.slug, source.name, source.score, source.low, source.high,
                    source.articles, latest.map(s -> s.signals).orElse("{}"),
                    latest.map(s -> s.evidence).orElse("[]"), latest.map(s -> s.modelVersion).orElse("{}"),
                    source.scoredAt);
        });
    }

    @Transactional
    public Optional<List<ScoreHistoryEntry>> history(String slug) {
        return SourceEntity.findBySlug(slug).map(source -> SourceScoreEntity.history(source).stream()
                .map(s -> new ScoreHistoryEntry(s.score, s.low, s.high, s.articles, s.computedAt))
                .toList());
    }
}
