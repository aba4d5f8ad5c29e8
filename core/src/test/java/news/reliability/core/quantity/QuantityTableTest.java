package news.reliability.core.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import news.reliability.core.model.Quantity;
import news.reliability.core.model.QuantityKind;

/**
 * The quality gate for quantity parsing: accuracy over the written cases in {@code quantity-cases.tsv} must
 * not fall below {@link #ACCURACY_FLOOR}. A row passes when the text yields exactly the one expected mention
 * (or none when its kind is blank). Raising the floor is a normal commit; lowering it needs a reason.
 */
class QuantityTableTest {

    private static final double ACCURACY_FLOOR = 1.0;
    private static final int MIN_CASES = 250;
    private static final String TABLE = "quantity-cases.tsv";
    private static final QuantityContext TABLE_CONTEXT = new QuantityContext(
            Optional.of(Instant.parse("2025-11-20T12:00:00Z")), Optional.of("USD"));

    /** One row of the table. */
    record Case(int line, String text, Optional<QuantityKind> kind, double value, double low, double high, String unit,
                Modifier modifier, QuantityContext context) {}

    @Test
    void accuracyOverWrittenCasesHoldsItsFloor() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= MIN_CASES, "table has " + cases.size() + " cases");
        var extractor = new QuantityExtractor();
        var failures = new ArrayList<String>();
        for (Case c : cases) {
            List<QuantityMention> found = extractor.extract(c.text(), c.context());
            if (!passes(c, found)) {
                failures.add("line " + c.line() + ": '" + c.text() + "' expected " + c.kind().map(Enum::name).orElse("none")
                        + " " + c.value() + " [" + c.low() + ", " + c.high() + "] " + c.unit() + " " + c.modifier()
                        + " got " + found.stream().map(QuantityTableTest::describe).toList());
            }
        }
        double accuracy = 1.0 - (double) failures.size() / cases.size();
        System.out.printf("quantity table: %d cases, accuracy %.4f%n", cases.size(), accuracy);
        failures.forEach(System.out::println);
        assertTrue(accuracy >= ACCURACY_FLOOR, "accuracy " + accuracy + " below floor " + ACCURACY_FLOOR + ":\n"
                + String.join("\n", failures));
    }

    static boolean passes(Case c, List<QuantityMention> found) {
        if (c.kind().isEmpty()) {
            return found.isEmpty();
        }
        if (found.size() != 1) {
            return false;
        }
        QuantityMention m = found.getFirst();
        Quantity q = m.quantity();
        return q.kind() == c.kind().get() && q.unit().equals(c.unit()) && m.modifier() == c.modifier()
                && close(q.value(), c.value()) && close(q.low(), c.low()) && close(q.high(), c.high());
    }

    private static boolean close(double actual, double expected) {
        if (Double.isInfinite(expected)) {
            return actual == expected;
        }
        return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    }

    private static String describe(QuantityMention m) {
        Quantity q = m.quantity();
        return q.kind() + " " + q.value() + " [" + q.low() + ", " + q.high() + "] " + q.unit() + " " + m.modifier()
                + " '" + q.text() + "'";
    }

    static List<Case> cases() throws IOException {
        var out = new ArrayList<Case>();
        try (var in = Objects.requireNonNull(QuantityTableTest.class.getResourceAsStream(TABLE), TABLE);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(parse(lineNumber, line.split("\t", -1)));
            }
        }
        return out;
    }

    private static Case parse(int line, String[] cols) {
        if (cols.length != 8) {
            throw new IllegalArgumentException(TABLE + " line " + line + ": expected 8 columns, got " + cols.length);
        }
        QuantityContext context = context(cols[7]);
        if (cols[1].isEmpty()) {
            return new Case(line, cols[0], Optional.empty(), 0, 0, 0, "", Modifier.NONE, context);
        }
        QuantityKind kind = QuantityKind.valueOf(cols[1]);
        return new Case(line, cols[0], Optional.of(kind), number(cols[2]), number(cols[3]), number(cols[4]), cols[5],
                Modifier.valueOf(cols[6]), context);
    }

    /** A number, "inf", or an ISO day (as its epoch day). */
    private static double number(String text) {
        if (text.equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.parse(text).toEpochDay();
        }
        return Double.parseDouble(text);
    }

    private static QuantityContext context(String text) {
        if (text.isEmpty()) {
            return TABLE_CONTEXT;
        }
        if (text.equals("none")) {
            return QuantityContext.none();
        }
        Optional<Instant> published = Optional.empty();
        Optional<String> currency = Optional.empty();
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            switch (kv[0]) {
                case "published" -> published = Optional.of(LocalDate.parse(kv[1]).atTime(12, 0)
                        .toInstant(java.time.ZoneOffset.UTC));
                case "currency" -> currency = Optional.of(kv[1]);
                default -> throw new IllegalArgumentException("unknown context key " + kv[0]);
            }
        }
        return new QuantityContext(published, currency);
    }
}
