package news.reliability.core.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole analysis of a set of articles.
 *
 * @param modelVersions version of each model used, by model name
 * @param sources       every source of the articles, best score first
 * @param articles      every article, in input order
 * @param stories       articles grouped by event, with their claim groups
 */
public record AnalysisReport(Map<String, String> modelVersions, List<SourceReport> sources,
                             List<ArticleReport> articles, List<StoryReport> stories) {

    public AnalysisReport {
        modelVersions = Collections.unmodifiableMap(new TreeMap<>(modelVersions));
        sources = List.copyOf(sources);
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
    }
}
