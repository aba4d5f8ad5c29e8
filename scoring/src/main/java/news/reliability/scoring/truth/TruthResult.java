package news.reliability.scoring.truth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a truth-discovery run found.
 *
 * @param values       every candidate value, by object (in object order), most confident first
 * @param sources      every source's trust, by source name
 * @param dependencies pairs of sources found to copy each other (empty when not detected)
 * @param iterations   iterations run
 * @param converged    whether the run stopped because the estimates stopped changing
 * @param missing      claims dropped because their value counts as missing ("Not Available")
 */
public record TruthResult(List<ValueConfidence> values, List<SourceTrust> sources,
                          List<SourceDependence> dependencies, int iterations, boolean converged, int missing) {

    public TruthResult {
        values = List.copyOf(values);
        sources = List.copyOf(sources);
        dependencies = List.copyOf(dependencies);
    }

    /** The chosen value of each object, in object order. */
    public Map<String, ValueConfidence> chosen() {
        Map<String, ValueConfidence> chosen = new LinkedHashMap<>();
        for (ValueConfidence value : values) {
            if (value.chosen()) {
                chosen.put(value.object(), value);
            }
        }
        return chosen;
    }

    /** Each source's trust by name. */
    public Map<String, SourceTrust> trustBySource() {
        Map<String, SourceTrust> trust = new LinkedHashMap<>();
        for (SourceTrust source : sources) {
            trust.put(source.source(), source);
        }
        return trust;
    }
}
