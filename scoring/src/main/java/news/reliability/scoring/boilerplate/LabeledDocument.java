package news.reliability.scoring.boilerplate;

import java.util.List;
import java.util.Objects;

import news.reliability.core.parse.ParsedDocument;

/**
 * A parsed page with one gold label per block: training and evaluation data for {@link BoilerplateModel}.
 *
 * @param name     a name for messages and seeding (e.g. the fixture path)
 * @param source   the outlet; pages of one source are each other's siblings
 * @param document the parsed page
 * @param labels   one label per block of {@code document}
 */
public record LabeledDocument(String name, String source, ParsedDocument document, List<BlockLabel> labels) {

    public LabeledDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(document, "document");
        labels = List.copyOf(labels);
        if (labels.size() != document.blocks().size()) {
            throw new IllegalArgumentException(name + ": " + labels.size() + " labels for "
                    + document.blocks().size() + " blocks");
        }
    }

    /** Labels given as their lower-case names ("content", "navigation", ...). */
    public static LabeledDocument of(String name, String source, ParsedDocument document, List<String> labels) {
        return new LabeledDocument(name, source, document, labels.stream()
                .map(l -> BlockLabel.of(l).orElseThrow(() -> new IllegalArgumentException(name + ": unknown label " + l)))
                .toList());
    }
}
