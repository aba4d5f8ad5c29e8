package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.SourceReport;

/**
 * Adds each source's article quality to its report's signals: {@code quality} (mean score of its assessed
 * articles) and {@code qualityFlags} (flags per assessed article). The reliability score itself is left to the
 * reliability step.
 *
 * <p>Stateless and thread-safe. Inputs are not modified.
 */
public final class SourceQualitySignal {

    private SourceQualitySignal() {
    }

    /** The sources' reports with the quality signals of their articles added (sources without any unchanged). */
    public static List<SourceReport> addTo(List<SourceReport> sources, List<ArticleReport> articles) {
        Map<String, double[]> bySource = new HashMap<>();
        for (ArticleReport article : articles) {
            if (article.quality().score() != null) {
                double[] sum = bySource.computeIfAbsent(article.source(), k -> new double[3]);
                sum[0] += article.quality().score();
                sum[1] += article.quality().flags().size();
                sum[2]++;
            }
        }
        List<SourceReport> out = new ArrayList<>(sources.size());
        for (SourceReport source : sources) {
            double[] sum = bySource.get(source.source());
            if (sum == null) {
                out.add(source);
                continue;
            }
            Map<String, Double> signals = new HashMap<>(source.signals());
            signals.put("quality", sum[0] / sum[2]);
            signals.put("qualityFlags", sum[1] / sum[2]);
            out.add(new SourceReport(source.source(), source.id(), source.score(), source.low(), source.high(),
                    source.articles(), signals, source.evidence()));
        }
        return out;
    }
}
