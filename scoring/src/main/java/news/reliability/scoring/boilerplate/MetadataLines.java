package news.reliability.scoring.boilerplate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.reliability.core.text.ResourceTable;

/**
 * Tells the lines that are a page's metadata rather than its text, whatever element holds them:
 * <ul>
 *   <li>a date or time stamp ("7. Oktober 2020", "3:59 PM", "27.01.2022", "Mi., 12.03.2025, 09:15 Uhr"); a line
 *   naming a span ("18:00 – 21:00 Uhr", the time of an event) or holding any other word is not one;</li>
 *   <li>a figure label: a block that starts "Abbildung 4:", "Foto:", "Fig. 2:" (a caption or a credit).</li>
 * </ul>
 * Month, weekday and figure words are data ({@code metadata-lines.txt}).
 *
 * <p>Stateless and thread-safe.
 */
final class MetadataLines {

    /** More tokens than this and a line is more than a stamp. */
    private static final int MAX_TOKENS = 8;
    /** Longer than this and a line is more than a stamp; a figure label is looked for in this many first characters. */
    private static final int MAX_CHARS = 80;
    /** An amount ("12.50 €", "18.30 %") is not a time. */
    private static final Pattern AMOUNT = Pattern.compile("[\\p{Sc}%]");
    private static final Pattern SPLIT = Pattern.compile("[\\s|·•,]+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}&&[^+]]+|[\\p{P}\\p{S}]+$");
    private static final Pattern DASHES = Pattern.compile("[-–—]+");
    /** A numeric date ("27.01.2022", "2022-01-27") or a clock time ("3:59pm", "18.30", "9h15"). */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{1,2}[./]\\d{1,2}[./](\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[:.h]\\d{2}(am|pm|h)?");
    /** A day of the month or a year, which makes a date only next to a name or another date. */
    private static final Pattern DAY_OR_YEAR = Pattern.compile("\\d{1,2}|\\d{4}");
    /** The first word of a block, an optional figure number and a colon. */
    private static final Pattern LABEL = Pattern.compile("(\\p{L}+\\.?)\\s*(\\d+[a-z]?)?\\s*:");

    private static final Set<String> NAMES;
    private static final Set<String> JOINERS;
    private static final Set<String> FIGURE_WORDS;

    static {
        Map<String, List<String>> groups = ResourceTable.groups(MetadataLines.class, "metadata-lines.txt");
        NAMES = Set.copyOf(words(groups, "month", "weekday"));
        JOINERS = Set.copyOf(words(groups, "joiner"));
        FIGURE_WORDS = Set.copyOf(words(groups, "figure"));
    }

    private MetadataLines() {
    }

    /** True for a date stamp or a figure label. */
    static boolean isMetadata(String text) {
        return isDateLine(text) || isFigureLabel(text);
    }

    /** True when {@code text} holds a date or a time, with at least one figure, and nothing else. */
    static boolean isDateLine(String text) {
        if (text.length() > MAX_CHARS || AMOUNT.matcher(text).find()) {
            return false;
        }
        String[] tokens = SPLIT.split(text.strip().toLowerCase(Locale.ROOT));
        if (tokens.length > MAX_TOKENS) {
            return false;
        }
        boolean date = false;
        boolean digit = false;
        for (String raw : tokens) {
            if (DASHES.matcher(raw).matches()) {
                return false;
            }
            String token = EDGES.matcher(raw).replaceAll("");
            // names and joiners are looked up without their dots: "Okt.", "p.m."
            String word = token.replace(".", "");
            digit |= !token.isEmpty() && Character.isDigit(token.charAt(0));
            if (token.isEmpty() || DAY_OR_YEAR.matcher(token).matches() || JOINERS.contains(word)) {
                continue;
            }
            if (DATE_OR_TIME.matcher(token).matches() || NAMES.contains(word)) {
                date = true;
            } else {
                return false;
            }
        }
        return date && digit;
    }

    /** True when {@code text} starts with a figure word, an optional number and a colon. */
    static boolean isFigureLabel(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher m = LABEL.matcher(text).region(start, Math.min(text.length(), start + MAX_CHARS));
        return m.lookingAt() && FIGURE_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(Map<String, List<String>> groups, String... names) {
        Set<String> words = new HashSet<>();
        for (String name : names) {
            List<String> lines = groups.get(name);
            if (lines == null) {
                throw new IllegalStateException("metadata-lines.txt has no [" + name + "] group");
            }
            for (String line : lines) {
                words.addAll(List.of(line.split("\\s+")));
            }
        }
        return words;
    }
}
