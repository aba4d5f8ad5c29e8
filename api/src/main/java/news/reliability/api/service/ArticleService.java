package news.reliability.api.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.reliability.api.dto.IngestResult;
import news.reliability.api.entity.ArticleEntity;
import news.reliability.api.entity.ClaimEntity;
import news.reliability.api.entity.FlagEntity;
import news.reliability.api.entity.SourceEntity;
import news.reliability.api.mapping.ArticleMapper;
import news.reliability.core.model.Article;
import news.reliability.core.model.Hashes;
import news.reliability.core.model.Source;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.report.ArticleReport;
import news.reliability.scoring.AnalyzedArticle;
import news.reliability.scoring.Analyzer;

/**
 * Stores articles with their analysis. Ingesting is idempotent: an article's id is derived from its URL
 * (else from source and content), so sending it again returns the stored analysis and changes nothing.
 */
@ApplicationScoped
public class ArticleService {

    @Inject
    Analyzer analyzer;

    @Inject
    ScoreService scores;

    @Inject
    StoryService stories;

    /** Ingests a batch in one transaction: all articles are stored, or none. */
    @Transactional
    public List<IngestResult> ingest(List<Article> articles) {
        List<IngestResult> results = new ArrayList<>(articles.size());
        List<SourceEntity> touched = new ArrayList<>();
        for (Article article : articles) {
            Optional<ArticleEntity> existing = ArticleEntity.findByIdOptional(article.id());
            if (existing.isPresent()) {
                results.add(new IngestResult(false, ArticleMapper.toReport(existing.get())));
                continue;
            }
            AnalyzedArticle analyzed = analyzer.read(article);
            ReadArticle read = analyzed.read();
            ArticleReport report = analyzer.report(analyzed);
            SourceEntity source = findOrCreate(article.source());
            ArticleEntity stored = store(article, source, read, report);
            if (!touched.contains(source)) {
                touched.add(source);
            }
            for (SourceEntity other : stories.place(read, stored)) {
                if (!touched.contains(other)) {
                    touched.add(other);
                }
            }
            results.add(new IngestResult(true, report));
        }
        if (!touched.isEmpty()) {
            scores.recomputeAll();
        }
        return results;
    }

    /** The stored article's analysis. */
    @Transactional
    public Optional<ArticleReport> find(String id) {
        return ArticleEntity.<ArticleEntity>findByIdOptional(id).map(ArticleMapper::toReport);
    }

    private ArticleEntity store(Article article, SourceEntity source, ReadArticle read, ArticleReport report) {
        ArticleEntity entity = new ArticleEntity();
        entity.id = article.id();
        entity.source = source;
        entity.url = article.url().orElse(null);
        entity.title = report.title();
        entity.publishedAt = article.publishedAt().orElse(null);
        entity.format = article.format();
        entity.content = article.content();
        entity.contentHash = Hashes.sha256Hex(article.content());
        entity.language = report.language();
        entity.qualityScore = report.quality().score();
        entity.ingestedAt = Instant.now();
        entity.persist();
        FlagEntity.persist(ArticleMapper.toEntities(entity, FlagEntity.BOILERPLATE, report.boilerplate()));
        FlagEntity.persist(ArticleMapper.toEntities(entity, FlagEntity.QUALITY, report.quality().flags()));
        ClaimEntity.persist(ArticleMapper.toEntities(entity, read.claims()));
        source.articles++;
        return entity;
    }

    private static SourceEntity findOrCreate(Source source) {
        return SourceEntity.findBySlug(source.id()).orElseGet(() -> {
            SourceEntity entity = new SourceEntity();
            entity.slug = source.id();
            entity.name = source.name();
            entity.createdAt = Instant.now();
            entity.persist();
            return entity;
        });
    }
}
