package news.reliability.core.report;

import java.util.List;

/**
 * An article's quality.
 *
 * @param score quality in [0,1], higher is better, or null while no quality model has scored it
 * @param flags low-quality spans with their reasons
 */
public record QualityReport(Double score, List<FlagReport> flags) {

    public QualityReport {
        flags = List.copyOf(flags);
    }

    /** No quality assessment: no score and no flags. */
    public static QualityReport unassessed() {
        return new QualityReport(null, List.of());
    }
}
