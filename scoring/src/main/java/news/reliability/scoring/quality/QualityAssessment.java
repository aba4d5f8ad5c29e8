package news.reliability.scoring.quality;

import java.util.List;

import news.reliability.core.report.FlagReport;
import news.reliability.core.report.QualityReport;

/**
 * An article's quality.
 *
 * @param score probability in [0,1] that the article is good-quality news, higher is better
 * @param flags low-quality spans with their reasons, in text order
 */
public record QualityAssessment(double score, List<QualityFlag> flags) {

    public QualityAssessment {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
        flags = List.copyOf(flags);
    }

    /** The report's view. */
    public QualityReport toReport() {
        return new QualityReport(score, flags.stream()
                .map(f -> new FlagReport(f.kind().label(), f.start(), f.end(), f.text(), f.reason())).toList());
    }
}
