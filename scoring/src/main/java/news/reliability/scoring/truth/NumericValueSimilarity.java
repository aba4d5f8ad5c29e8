package news.reliability.scoring.truth;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numeric values: the key is the number in plain notation without trailing zeros ({@code "1,000"},
 * {@code "1000.0"} and {@code "1e3"} all become {@code "1000"}); two numbers support each other linearly less
 * as their relative difference grows, down to 0 at the tolerance. Values that are not numbers are missing.
 */
final class NumericValueSimilarity implements ValueSimilarity {

    /** Digit-group commas and underscores, only between digits. */
    private static final Pattern GROUPING = Pattern.compile("(?<=\\d)[,_](?=\\d{3})");

    private final double tolerance;

    NumericValueSimilarity(double tolerance) {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0,1): " + tolerance);
        }
        this.tolerance = tolerance;
    }

    @Override
    public Optional<String> normalize(String raw) {
        return parse(raw).map(NumericValueSimilarity::key);
    }

    static Optional<BigDecimal> parse(String raw) {
        String text = GROUPING.matcher(raw.strip()).replaceAll("");
        if (text.isEmpty() || text.length() > 100) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String key(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    @Override
    public double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (tolerance == 0) {
            return 0;
        }
        double x = Double.parseDouble(a);
        double y = Double.parseDouble(b);
        double scale = Math.max(Math.abs(x), Math.abs(y));
        if (!(scale > 0) || Double.isInfinite(scale)) {
            return 0;
        }
        double relative = Math.abs(x - y) / scale;
        return relative < tolerance ? 1 - relative / tolerance : 0;
    }
}
