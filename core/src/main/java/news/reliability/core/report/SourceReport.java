package news.reliability.core.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source's reliability.
 *
 * @param source   the source's display name
 * @param id       the source's public identifier ({@code GET /api/v1/sources/{id}})
 * @param score    reliability in [0,1], higher is better
 * @param low      lower end of the score's 95 % interval
 * @param high     upper end of the score's 95 % interval
 * @param articles number of the source's articles the score rests on
 * @param signals  the measured inputs of the score, by name
 * @param evidence the claim groups and flagged spans behind the score
 */
public record SourceReport(String source, String id, double score, double low, double high, int articles,
                           Map<String, Double> signals, List<EvidenceReport> evidence) {

    public SourceReport {
        signals = Collections.unmodifiableMap(new TreeMap<>(signals));
        evidence = List.copyOf(evidence);
    }
}
