package news.reliability.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import news.reliability.core.model.Article;
import news.reliability.core.parse.ArticleParser;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.report.AnalysisReport;
import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.QualityReport;
import news.reliability.core.report.SourceReport;
import news.reliability.scoring.reliability.SourceEvidence;
import news.reliability.scoring.reliability.SourceScorer;

/**
 * Runs the analysis steps over articles and assembles the report: parse, then boilerplate, claims,
 * quality, stories, alignment, contradiction and reliability as each step becomes available. Steps not yet
 * built leave their part of the report empty rather than guessing.
 *
 * <p>Thread-safe: holds only stateless steps. Articles are not modified.
 */
public final class Analyzer {

    /** Name and version of every model the pipeline reports; "none" where no model takes part yet. */
    private static final Map<String, String> MODEL_VERSIONS = Map.of(
            "parser", "1", "boilerplate", "none", "quality", "none", "stance", "none");

    private final ArticleParser parser;
    private final SourceScorer sourceScorer;

    public Analyzer(ArticleParser parser, SourceScorer sourceScorer) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.sourceScorer = Objects.requireNonNull(sourceScorer, "sourceScorer");
    }

    /** Versions of the models this pipeline runs, by model name. */
    public Map<String, String> modelVersions() {
        return MODEL_VERSIONS;
    }

    /** Analyses one article on its own. */
    public ArticleReport analyzeArticle(Article article) {
        ParsedDocument document = parser.parse(article);
        return new ArticleReport(
                article.id(),
                article.source().name(),
                article.url().orElse(null),
                article.title().or(document::title).orElse(null),
                article.publishedAt().map(Object::toString).orElse(null),
                null,
                List.of(),
                QualityReport.unassessed(),
                List.of());
    }

    /** Analyses a set of articles together, so that their sources can be compared. */
    public AnalysisReport analyze(List<Article> articles) {
        List<ArticleReport> reports = new ArrayList<>(articles.size());
        Map<String, SourceEvidence.Builder> evidence = new LinkedHashMap<>();
        for (Article article : articles) {
            reports.add(analyzeArticle(article));
            evidence.computeIfAbsent(article.source().id(), id -> SourceEvidence.builder(article.source()))
                    .addArticle();
        }
        List<SourceReport> sources = sourceScorer.score(
                evidence.values().stream().map(SourceEvidence.Builder::build).toList());
        return new AnalysisReport(MODEL_VERSIONS, sources, reports, List.of());
    }
}
