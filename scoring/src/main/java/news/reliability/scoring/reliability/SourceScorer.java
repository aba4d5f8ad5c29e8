package news.reliability.scoring.reliability;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import news.reliability.core.report.SourceReport;

/**
 * Scores sources from their evidence: the posterior mean of a Beta distribution over "this source's
 * checkable claims hold", with an equal-tailed credible interval.
 *
 * <p>A source with no checkable claims gets the prior's mean and its whole-width interval: the honest
 * answer is "we do not know yet". Stateless and thread-safe.
 */
public final class SourceScorer {

    /**
     * Hyperparameters.
     *
     * @param priorSuccesses pseudo-count of corroborated claims in the prior (alpha), positive
     * @param priorFailures  pseudo-count of contradicted claims in the prior (beta), positive
     * @param credibility    mass of the reported interval, in (0,1)
     */
    public record Options(double priorSuccesses, double priorFailures, double credibility) {

        private static final String PREFIX = "scoring.reliability.";
        private static final Set<String> KEYS = Set.of(
                PREFIX + "priorSuccesses", PREFIX + "priorFailures", PREFIX + "credibility");

        public Options {
            if (!(priorSuccesses > 0) || !(priorFailures > 0)) {
                throw new IllegalArgumentException("prior pseudo-counts must be positive");
            }
            if (!(credibility > 0 && credibility < 1)) {
                throw new IllegalArgumentException("credibility must be in (0,1): " + credibility);
            }
        }

        /** A uniform prior and a 95 % interval. */
        public static Options defaults() {
            return new Options(1, 1, 0.95);
        }

        /** Reads options from namespaced keys; unknown keys of the namespace are refused. */
        public static Options of(Properties properties) {
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(PREFIX) && !KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown option: " + key);
                }
            }
            Options d = defaults();
            return new Options(
                    Double.parseDouble(properties.getProperty(PREFIX + "priorSuccesses", "" + d.priorSuccesses)),
                    Double.parseDouble(properties.getProperty(PREFIX + "priorFailures", "" + d.priorFailures)),
                    Double.parseDouble(properties.getProperty(PREFIX + "credibility", "" + d.credibility)));
        }

        public Properties toProperties() {
            Properties properties = new Properties();
            properties.setProperty(PREFIX + "priorSuccesses", Double.toString(priorSuccesses));
            properties.setProperty(PREFIX + "priorFailures", Double.toString(priorFailures));
            properties.setProperty(PREFIX + "credibility", Double.toString(credibility));
            return properties;
        }
    }

    private final Options options;

    public SourceScorer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    /** One report per source, best score first (ties: narrower interval first, then by name). */
    public List<SourceReport> score(List<SourceEvidence> sources) {
        return sources.stream()
                .map(this::score)
                .sorted(Comparator.comparingDouble(SourceReport::score).reversed()
                        .thenComparingDouble(r -> r.high() - r.low())
                        .thenComparing(SourceReport::source))
                .toList();
    }

    /** The report of one source. */
    public SourceReport score(SourceEvidence evidence) {
        double alpha = options.priorSuccesses() + evidence.corroborated();
        double beta = options.priorFailures() + evidence.contradicted();
        double tail = (1 - options.credibility()) / 2;
        double mean = alpha / (alpha + beta);
        double low = BetaDistribution.quantile(tail, alpha, beta);
        double high = BetaDistribution.quantile(1 - tail, alpha, beta);
        Map<String, Double> signals = Map.of(
                "corroborated", (double) evidence.corroborated(),
                "contradicted", (double) evidence.contradicted());
        return new SourceReport(evidence.source().name(), evidence.source().id(), mean, low, high,
                evidence.articles(), signals, evidence.items());
    }
}
