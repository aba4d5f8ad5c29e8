package news.reliability.core.quantity;

import java.time.Instant;
import java.util.Optional;

/** Stand-in until the quantity parser lands. */
public record QuantityContext(Optional<Instant> publishedAt, Optional<String> defaultCurrency) {
    public static QuantityContext none() {
        return new QuantityContext(Optional.empty(), Optional.empty());
    }
}
