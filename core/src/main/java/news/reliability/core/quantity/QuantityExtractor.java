package news.reliability.core.quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import news.reliability.core.model.Quantity;
import news.reliability.core.model.QuantityKind;

/**
 * Finds money, percentages, counts, durations and dates in plain text and normalises them into
 * {@link Quantity} values with the interval their wording allows. The conventions (units, intervals, what
 * is and is not read) are in the package documentation.
 *
 * <p>Thread-safe and stateless after construction; one instance can serve every thread. Never throws on
 * odd input (binary, endless lines, runs of digits or symbols) and runs in time linear in the text's
 * length. The text passed in is not modified.
 */
public final class QuantityExtractor {

    private static final class Shared {
        static final QuantityExtractor INSTANCE = new QuantityExtractor();
    }

    private final Lexicon lexicon;
    private final DateReader dates;
    private final AmountReader amounts;

    public QuantityExtractor() {
        this(Lexicon.standard());
    }

    QuantityExtractor(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.dates = new DateReader(lexicon);
        this.amounts = new AmountReader(lexicon);
    }

    /**
     * The quantities in {@code text}, in text order and not overlapping. Each mention's span covers the
     * modifier in front of the figure ("more than $10 billion"), not prepositions ("in 2027" gives "2027").
     *
     * @param text    plain text
     * @param context publication instant and default currency; relative dates need the former and bare
     *                scaled amounts ("38 billion of cloud computing") the latter
     * @return the mentions; empty when there are none
     */
    public List<QuantityMention> extract(String text, QuantityContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        TokenSequence t = TokenSequence.of(text);
        Optional<LocalDate> published = DateReader.publicationDay(context);
        var out = new ArrayList<QuantityMention>();
        int floor = 0;
        int i = 0;
        while (i < t.size()) {
            if (!mayStart(t, i)) {
                i++;
                continue;
            }
            final int at = i;
            Optional<Reading> found = dates.read(t, at, published).or(() -> amounts.read(t, at, context));
            if (found.isEmpty()) {
                i++;
                continue;
            }
            Reading reading = found.get();
            if (reading.kind() == QuantityKind.DURATION && t.lower(reading.end()).equals("ago")) {
                Optional<Reading> date = ago(reading, published);
                if (date.isEmpty()) {
                    i = reading.end() + 1;
                    continue;
                }
                reading = date.get();
            }
            out.add(mention(t, reading, floor));
            floor = reading.end();
            i = reading.end();
        }
        return List.copyOf(out);
    }

    /**
     * The currency most money mentions in {@code text} name explicitly (ISO code), the first one named on a
     * tie; empty when no amount names a currency. Meant as the default currency for a second pass.
     */
    public static Optional<String> dominantCurrency(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (QuantityMention mention : Shared.INSTANCE.extract(text, QuantityContext.none())) {
            if (mention.quantity().kind() == QuantityKind.MONEY) {
                counts.merge(mention.quantity().unit(), 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a quantity can start at token i: a figure, a currency mark, a number, month or date word. */
    private boolean mayStart(TokenSequence t, int i) {
        return switch (t.type(i)) {
            case NUMBER -> true;
            case BAD_NUMBER -> false;
            case WORD, SYMBOL -> lexicon.startWords.contains(t.lower(i));
        };
    }

    /** "two years ago": a day counted back from publication; nothing without a publication date. */
    private static Optional<Reading> ago(Reading duration, Optional<LocalDate> published) {
        return published.map(p -> {
            long day = p.toEpochDay() - Math.round(duration.value());
            return Reading.exact(QuantityKind.DATE, day, "day", duration.start(), duration.end() + 1);
        });
    }

    /** The mention for a reading, with the modifier that ends right before it (not reaching back past {@code floor}). */
    private QuantityMention mention(TokenSequence t, Reading r, int floor) {
        Modifier modifier = Modifier.NONE;
        int start = r.start();
        var match = lexicon.modifiers.matchEndingAt(t, r.start(), floor);
        if (match.isPresent() && (r.kind() != QuantityKind.DATE || match.get().value() == Modifier.ABOUT)) {
            modifier = match.get().value();
            start = match.get().start();
        }
        double low = r.low();
        double high = r.high();
        if (r.kind() != QuantityKind.DATE) {
            switch (modifier) {
                case MORE_THAN, AT_LEAST -> high = Double.POSITIVE_INFINITY;
                case UP_TO, LESS_THAN, AT_MOST -> low = Math.min(0, r.value());
                case ABOUT -> {
                    low = 0.9 * low;
                    high = 1.1 * high;
                }
                case NEARLY -> low = 0.9 * low;
                case NONE -> { }
            }
        }
        int from = t.start(start);
        int to = t.end(r.end() - 1);
        var quantity = new Quantity(r.kind(), r.value(), Math.min(low, r.value()), Math.max(high, r.value()), r.unit(),
                t.text().substring(from, to));
        return new QuantityMention(from, to, quantity, modifier);
    }
}
