package news.reliability.scoring.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import news.reliability.core.model.Source;
import news.reliability.core.report.EvidenceReport;

/**
 * What is known about one source: how many articles, how many of its claims others corroborated or
 * contradicted, and the items behind those counts.
 *
 * @param source       the source
 * @param articles     number of its articles
 * @param corroborated claims of its that other sources support
 * @param contradicted claims of its that contradict well-supported values
 * @param items        the evidence items, for display
 */
public record SourceEvidence(Source source, int articles, int corroborated, int contradicted,
                             List<EvidenceReport> items) {

    public SourceEvidence {
        Objects.requireNonNull(source, "source");
        if (articles < 0 || corroborated < 0 || contradicted < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        items = List.copyOf(items);
    }

    public static Builder builder(Source source) {
        return new Builder(source);
    }

    /** Accumulates evidence for one source. Not thread-safe. */
    public static final class Builder {
        private final Source source;
        private int articles;
        private int corroborated;
        private int contradicted;
        private final List<EvidenceReport> items = new ArrayList<>();

        private Builder(Source source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder addArticle() {
            articles++;
            return this;
        }

        public Builder articles(int count) {
            articles = count;
            return this;
        }

        public Builder corroborated(EvidenceReport item) {
            corroborated++;
            items.add(item);
            return this;
        }

        public Builder contradicted(EvidenceReport item) {
            contradicted++;
            items.add(item);
            return this;
        }

        public SourceEvidence build() {
            return new SourceEvidence(source, articles, corroborated, contradicted, items);
        }
    }
}
