package news.reliability.core.quantity;

import java.util.List;
import java.util.Optional;

/** Stand-in until the quantity parser lands. */
public final class QuantityExtractor {
    public List<QuantityMention> extract(String text, QuantityContext context) {
        return List.of();
    }

    public static Optional<String> dominantCurrency(String text) {
        return Optional.empty();
    }
}
