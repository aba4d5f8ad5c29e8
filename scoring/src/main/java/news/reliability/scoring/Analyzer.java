package news.reliability.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import news.reliability.core.model.Article;
import news.reliability.core.model.Block;
import news.reliability.core.model.Claim;
import news.reliability.core.model.ClaimGroup;
import news.reliability.core.model.Quantity;
import news.reliability.core.model.Source;
import news.reliability.core.model.Story;
import news.reliability.core.parse.ArticleParser;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.read.ArticleReader;
import news.reliability.core.read.ReadArticle;
import news.reliability.core.read.StoryBuilder;
import news.reliability.core.report.AnalysisReport;
import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.ClaimGroupReport;
import news.reliability.core.report.ClaimReport;
import news.reliability.core.report.FlagReport;
import news.reliability.core.report.QualityReport;
import news.reliability.core.report.SourceReport;
import news.reliability.core.report.StoryReport;
import news.reliability.core.story.StoryGrouper;
import news.reliability.scoring.boilerplate.BlockVerdict;
import news.reliability.scoring.boilerplate.BoilerplateClassifier;
import news.reliability.scoring.boilerplate.MainText;
import news.reliability.scoring.quality.QualityScorer;
import news.reliability.scoring.quality.SourceQualitySignal;
import news.reliability.scoring.reliability.ArticleSignals;
import news.reliability.scoring.reliability.SourceReliability;
import news.reliability.scoring.stance.ClaimGroupStance;

/**
 * Runs the analysis steps over articles and assembles the report: parse, boilerplate, read (language,
 * sentences, entities, claims of the main text), quality (score and flags of the main text, when the pipeline
 * has a quality step), stories, alignment, and source scores from the claim groups (with each source's article
 * quality as a signal). Steps not yet built (stance in claim groups) leave their part of the report empty
 * rather than guessing.
 *
 * <p>Thread-safe: holds only stateless steps; each {@link #analyze} call groups its own articles. Articles
 * are not modified.
 */
public final class Analyzer {

    private final ArticleParser parser;
    private final BoilerplateClassifier boilerplate;
    private final ArticleReader reader;
    private final SourceReliability reliability;
    private final StoryGrouper.Options storyOptions;
    private final ClaimGroupStance groupStance;
    /** The quality step, or null when this pipeline does not assess quality. */
    private final QualityScorer quality;
    /** Name and version of every model the pipeline reports; "none" where no model takes part yet. */
    private final Map<String, String> modelVersions;

    public Analyzer(ArticleParser parser, BoilerplateClassifier boilerplate, ArticleReader reader,
                    SourceReliability reliability, StoryGrouper.Options storyOptions, ClaimGroupStance groupStance) {
        this(parser, boilerplate, reader, reliability, storyOptions, groupStance, null);
    }

    /** A pipeline with a quality step ({@code quality} null: none, quality left unassessed). */
    public Analyzer(ArticleParser parser, BoilerplateClassifier boilerplate, ArticleReader reader,
                    SourceReliability reliability, StoryGrouper.Options storyOptions, ClaimGroupStance groupStance,
                    QualityScorer quality) {
        this.quality = quality;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.reliability = Objects.requireNonNull(reliability, "reliability");
        this.storyOptions = Objects.requireNonNull(storyOptions, "storyOptions");
        this.groupStance = Objects.requireNonNull(groupStance, "groupStance");
        this.modelVersions = Map.of("parser", "1", "claims", "1", "boilerplate", boilerplate.version(),
                "quality", quality == null ? "none" : quality.version(), "stance", "stance-fixtures");
    }

    /** Versions of the models this pipeline runs, by model name. */
    public Map<String, String> modelVersions() {
        return modelVersions;
    }

    /** Story grouping settings, for callers that group incrementally themselves. */
    public StoryGrouper.Options storyOptions() {
        return storyOptions;
    }

    /** Everything the pipeline learns from one article alone. */
    public AnalyzedArticle read(Article article) {
        return read(article, List.of());
    }

    /**
     * Everything the pipeline learns from one article: parse, boilerplate (other articles of the same source,
     * {@code siblings}, reveal the site's template), then language, sentences, entities and claims of the
     * main text.
     */
    public AnalyzedArticle read(Article article, List<Article> siblings) {
        return read(article, parser.parse(article), siblings.stream()
                .filter(s -> s != article && s.format() == article.format()).map(parser::parse).toList());
    }

    /**
     * What one article says, and nothing more: parse, boilerplate, then language, sentences, entities and
     * claims of the main text, without the quality step. For callers that only regroup stories, such as a
     * service rebuilding its story state from stored articles.
     */
    public ReadArticle readClaims(Article article) {
        ParsedDocument document = parser.parse(article);
        List<Block> main = MainText.of(boilerplate.classify(document, List.of())).blocks();
        return reader.read(article, document, main);
    }

    /** {@link #read(Article, List)} with the article and its siblings already parsed. */
    private AnalyzedArticle read(Article article, ParsedDocument document, List<ParsedDocument> siblings) {
        List<BlockVerdict> verdicts = boilerplate.classify(document, siblings);
        List<FlagReport> flags = verdicts.stream().filter(v -> !v.isContent())
                .map(v -> new FlagReport(v.label().label(), v.block().start(), v.block().end(), v.block().text(),
                        null))
                .toList();
        List<Block> main = MainText.of(verdicts).blocks();
        ReadArticle read = reader.read(article, document, main);
        QualityReport qualityReport = quality == null ? QualityReport.unassessed() : quality.assess(read, main).toReport();
        return new AnalyzedArticle(read, flags, main, qualityReport);
    }

    /** Analyses one article on its own. */
    public ArticleReport analyzeArticle(Article article) {
        return report(read(article));
    }

    /** The report's view of an analysed article. */
    public ArticleReport report(AnalyzedArticle analyzed) {
        ReadArticle read = analyzed.read();
        Article article = read.article();
        return new ArticleReport(
                article.id(),
                article.source().name(),
                article.url().orElse(null),
                article.title().or(read.document()::title).orElse(null),
                article.publishedAt().map(Object::toString).orElse(null),
                read.language(),
                analyzed.boilerplate(),
                analyzed.quality(),
                read.claims().stream().map(Analyzer::report).toList());
    }

    private static ClaimReport report(Claim claim) {
        return new ClaimReport(claim.id(), claim.text(), claim.start(), claim.end(), claim.subject(), claim.relation(),
                claim.quantity().map(Quantity::value).orElse(null), claim.quantity().map(Quantity::unit).orElse(null),
                claim.hedge().name().toLowerCase(Locale.ROOT));
    }

    /** Analyses a set of articles together: stories, claim groups and source scores. */
    public AnalysisReport analyze(List<Article> articles) {
        // Each article is parsed once; the other articles of its source are its siblings (the site's template).
        List<ParsedDocument> documents = articles.stream().map(parser::parse).toList();
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            bySource.computeIfAbsent(articles.get(i).source().id(), id -> new ArrayList<>()).add(i);
        }
        List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            List<ParsedDocument> siblings = new ArrayList<>();
            for (int j : bySource.get(article.source().id())) {
                if (j != i && articles.get(j).format() == article.format()) {
                    siblings.add(documents.get(j));
                }
            }
            analyzed.add(read(article, documents.get(i), siblings));
        }
        List<ReadArticle> reads = analyzed.stream().map(AnalyzedArticle::read).toList();
        StoryBuilder stories = new StoryBuilder(storyOptions);
        reads.forEach(stories::add);
        Map<String, ReadArticle> readById = new HashMap<>();
        reads.forEach(r -> readById.put(r.article().id(), r));
        List<Story> storyList = stories.stories().stream().map(s -> groupStance.check(s, readById)).toList();
        Map<String, Source> sourceOfArticle = new HashMap<>();
        reads.forEach(r -> sourceOfArticle.put(r.article().id(), r.article().source()));
        List<ArticleReport> articleReports = analyzed.stream().map(this::report).toList();
        List<ArticleSignals> signals = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Article article = reads.get(i).article();
            signals.add(ArticleSignals.of(articleReports.get(i), article.source(), article.content().length()));
        }
        List<SourceReport> sources = SourceQualitySignal.addTo(reliability.score(signals, storyList, sourceOfArticle),
                articleReports);
        return new AnalysisReport(modelVersions, sources, articleReports,
                storyList.stream().map(s -> report(s, sourceOfArticle)).toList());
    }

    private static StoryReport report(Story story, Map<String, Source> sourceOfArticle) {
        List<ClaimGroupReport> groups = new ArrayList<>();
        for (ClaimGroup group : story.claimGroups()) {
            var claims = group.claims().stream()
                    .map(c -> new ClaimGroupReport.GroupClaim(sourceOfArticle.get(c.articleId()).name(), c.text(),
                            c.quantity().map(Quantity::value).orElse(null), c.quantity().map(Quantity::unit).orElse(null)))
                    .toList();
            ClaimGroupReport.Consensus consensus = group.consensus()
                    .map(q -> new ClaimGroupReport.Consensus(q.value(), q.unit(), group.supporting().stream()
                            .map(c -> sourceOfArticle.get(c.articleId()).name()).distinct().toList()))
                    .orElse(null);
            var conflicts = group.conflicts().stream()
                    .map(c -> new ClaimGroupReport.ConflictReport(sourceOfArticle.get(c.claim().articleId()).name(),
                            c.claim().quantity().map(Quantity::value).orElse(null), c.claim().text(), c.reason()))
                    .toList();
            groups.add(new ClaimGroupReport(group.id(), group.subject(), group.attribute(), claims, consensus,
                    conflicts));
        }
        return new StoryReport(story.id(), story.articleIds(), groups);
    }
}
