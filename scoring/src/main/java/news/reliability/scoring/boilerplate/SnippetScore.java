package news.reliability.scoring.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts for the trafilatura evaluation's with/without snippet scoring: after white space in the extracted
 * text is normalised, each {@code with} snippet found as a substring is a true positive (missing: false
 * negative), each {@code without} snippet found is a false positive (missing: true negative).
 *
 * <p>Immutable; {@link #plus} adds counts up over pages.
 */
public record SnippetScore(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

    public static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0);

    /** White space as Unicode defines it, no-break spaces included, as Python's {@code str.split()} reads it. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Scores one page's extraction. A {@code null} or empty extraction misses every {@code with} snippet. */
    public static SnippetScore of(String extracted, List<String> with, List<String> without) {
        String text = normalise(extracted == null ? "" : extracted);
        int tp = 0;
        int fp = 0;
        for (String snippet : with) {
            if (!text.isEmpty() && text.contains(normalise(snippet))) {
                tp++;
            }
        }
        for (String snippet : without) {
            if (!text.isEmpty() && text.contains(normalise(snippet))) {
                fp++;
            }
        }
        return new SnippetScore(tp, with.size() - tp, fp, without.size() - fp);
    }

    /** Runs of white space (no-break spaces included) become one space; leading and trailing white space goes. */
    public static String normalise(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    public SnippetScore plus(SnippetScore other) {
        return new SnippetScore(truePositives + other.truePositives, falseNegatives + other.falseNegatives,
                falsePositives + other.falsePositives, trueNegatives + other.trueNegatives);
    }

    /** TP / (TP + FP), 0 when nothing was found. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 0 : truePositives / (double) found;
    }

    /** TP / (TP + FN), 0 when there is nothing to find. */
    public double recall() {
        int wanted = truePositives + falseNegatives;
        return wanted == 0 ? 0 : truePositives / (double) wanted;
    }

    /** 2TP / (2TP + FP + FN). */
    public double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
}
