package news.reliability.core.quantity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the extractor may assume about a text it did not read: when it was published (to anchor "last
 * month", "on Tuesday", "in October") and which currency a bare amount with a scale word ("38 billion of
 * cloud computing") is in.
 *
 * @param publishedAt     the article's publication instant; relative dates are not emitted without it
 * @param defaultCurrency an ISO 4217 code (three upper-case letters) for amounts that name no currency
 */
public record QuantityContext(Optional<Instant> publishedAt, Optional<String> defaultCurrency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public QuantityContext {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        defaultCurrency.ifPresent(code -> {
            if (!ISO_4217.matcher(code).matches()) {
                throw new IllegalArgumentException("defaultCurrency must be an ISO 4217 code: " + code);
            }
        });
    }

    /** No publication date and no default currency: only absolute dates and explicit currencies. */
    public static QuantityContext none() {
        return new QuantityContext(Optional.empty(), Optional.empty());
    }
}
