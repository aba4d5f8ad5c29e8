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
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.QualityReport;
import news.reliability.core.report.SourceReport;
import news.reliability.scoring.boilerplate.BlockVerdict;
import news.reliability.scoring.boilerplate.BoilerplateClassifier;
import news.reliability.scoring.boilerplate.MainText;
import news.reliability.scoring.language.LanguageDetector;
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

    private final ArticleParser parser;
    private final BoilerplateClassifier boilerplate;
    private final SourceScorer sourceScorer;
    /** Name and version of every model the pipeline reports; "none" where no model takes part yet. */
    private final Map<String, String> modelVersions;

    public Analyzer(ArticleParser parser, BoilerplateClassifier boilerplate, SourceScorer sourceScorer) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
        this.sourceScorer = Objects.requireNonNull(sourceScorer, "sourceScorer");
        this.modelVersions = Map.of("parser", "1", "boilerplate", boilerplate.version(), "quality", "none",
                "stance", "none");
    }

    /** Versions of the models this pipeline runs, by model name. */
    public Map<String, String> modelVersions() {
        return modelVersions;
    }

    /** Analyses one article on its own. */
    public ArticleReport analyzeArticle(Article article) {
        return analyzeArticle(article, List.of());
    }

    /**
     * Analyses one article; {@code siblings} (other articles of its source) reveal the site's template.
     */
    public ArticleReport analyzeArticle(Article article, List<Article> siblings) {
        ParsedDocument document = parser.parse(article);
        List<BlockVerdict> verdicts = boilerplate.classify(document, siblings.stream()
                .filter(s -> s != article && s.format() == article.format()).map(parser::parse).toList());
        return new ArticleReport(
                article.id(),
                article.source().name(),
                article.url().orElse(null),
                article.title().or(document::title).orElse(null),
                article.publishedAt().map(Object::toString).orElse(null),
                LanguageDetector.standard().detect(document.text()).orElse(null),
                verdicts.stream().filter(v -> !v.isContent())
                        .map(v -> new FlagReport(v.label().label(), v.block().start(), v.block().end(),
                                v.block().text(), null))
                        .toList(),
                QualityReport.unassessed(),
                List.of());
    }

    /**
     * The article's main text (content blocks in order, offsets into {@code ParsedDocument.text()}), for the
     * steps after boilerplate; {@code siblings} as in {@link #analyzeArticle(Article, List)}.
     */
    public MainText mainText(Article article, List<Article> siblings) {
        ParsedDocument document = parser.parse(article);
        return MainText.of(boilerplate.classify(document, siblings.stream()
                .filter(s -> s != article && s.format() == article.format()).map(parser::parse).toList()));
    }

    /** Analyses a set of articles together, so that their sources can be compared. */
    public AnalysisReport analyze(List<Article> articles) {
        List<ArticleReport> reports = new ArrayList<>(articles.size());
        Map<String, SourceEvidence.Builder> evidence = new LinkedHashMap<>();
        Map<String, List<Article>> bySource = new LinkedHashMap<>();
        articles.forEach(a -> bySource.computeIfAbsent(a.source().id(), id -> new ArrayList<>()).add(a));
        for (Article article : articles) {
            reports.add(analyzeArticle(article, bySource.get(article.source().id())));
            evidence.computeIfAbsent(article.source().id(), id -> SourceEvidence.builder(article.source()))
                    .addArticle();
        }
        List<SourceReport> sources = sourceScorer.score(
                evidence.values().stream().map(SourceEvidence.Builder::build).toList());
        return new AnalysisReport(modelVersions, sources, reports, List.of());
    }
}
