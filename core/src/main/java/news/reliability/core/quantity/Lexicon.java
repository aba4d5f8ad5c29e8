package news.reliability.core.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The word lists and tables the quantity readers use, loaded once from the resource files next to this
 * class (one file per concept; each file's header says what its columns mean). Keys are lower case.
 * Immutable; one shared instance ({@link #standard()}) serves every extractor and thread.
 */
final class Lexicon {

    enum NumberRole { UNIT, TENS, ARTICLE, DOZEN, FRACTION }

    enum ScaleForm { WORD, SUFFIX, SHORT }

    enum Period { WEEK, MONTH, YEAR }

    record NumberWord(NumberRole role, double value) {}

    record Scale(double multiplier, ScaleForm form) {}

    record VagueAmount(double base, double low, double high) {}

    /** A currency written after the figure; {@code code} "$" is the generic dollar. */
    record CurrencyName(String code, double divisor) {}

    record PeriodPart(int firstMonth, int lastMonth, int firstDay, int lastDay) {}

    /** The generic dollar in the currency tables: USD unless the context says which dollar. */
    static final String GENERIC_DOLLAR = "$";

    final Map<String, NumberWord> numberWords;
    final Map<String, Scale> scales;
    final Map<String, VagueAmount> vagueAmounts;
    final PhraseTable<String> currencySymbols;
    final PhraseTable<CurrencyName> currencyNames;
    final Set<String> dollarCurrencies;
    final PhraseTable<Boolean> percentUnits;
    final Map<String, Double> durationUnits;
    final PhraseTable<Modifier> modifiers;
    final Map<String, Integer> months;
    final Map<String, DayOfWeek> weekdays;
    final Map<String, Integer> relativeDays;
    final Map<String, Integer> dateAnchors;
    final Map<String, Period> datePeriods;
    final Map<String, PeriodPart> periodParts;
    final Set<String> periodLeadIns;
    final Set<String> datePrepositions;
    final PhraseTable<Boolean> timeMarkers;
    final Set<String> ordinalSuffixes;
    final Map<String, String> irregularPlurals;
    final Set<String> notCountNouns;
    final Set<String> functionWords;
    final Map<String, String> unitAbbreviations;
    final Set<String> oneUnitLeadIns;
    /** Words that are never part of a product or place name before a figure ("In 2024", "Some 600"). */
    final Set<String> commonWords;
    /** Lower-case words at which a quantity or date can start; everything else is skipped fast. */
    final Set<String> startWords;

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon();
    }

    static Lexicon standard() {
        return Holder.STANDARD;
    }

    private Lexicon() {
        numberWords = table("number-words.tsv", 3,
                row -> new NumberWord(NumberRole.valueOf(row[1].toUpperCase(Locale.ROOT)), number(row[2])));
        scales = table("scales.tsv", 3,
                row -> new Scale(number(row[1]), ScaleForm.valueOf(row[2].toUpperCase(Locale.ROOT))));
        vagueAmounts = table("vague-amounts.tsv", 4,
                row -> new VagueAmount(number(row[1]), number(row[2]), number(row[3])));
        currencySymbols = new PhraseTable<>(table("currency-symbols.tsv", 2, row -> row[1]));
        currencyNames = new PhraseTable<>(table("currency-names.tsv", 3, row -> new CurrencyName(row[1], number(row[2]))));
        dollarCurrencies = Set.copyOf(lines("dollar-currencies.txt"));
        percentUnits = new PhraseTable<>(flags("percent-units.txt"));
        durationUnits = table("duration-units.tsv", 2, row -> number(row[1]));
        modifiers = new PhraseTable<>(table("modifiers.tsv", 2, row -> Modifier.valueOf(row[1])));
        months = table("months.tsv", 2, row -> (int) number(row[1]));
        weekdays = table("weekdays.tsv", 2, row -> DayOfWeek.of((int) number(row[1])));
        relativeDays = table("relative-days.tsv", 2, row -> (int) number(row[1]));
        dateAnchors = table("date-anchors.tsv", 2, row -> (int) number(row[1]));
        datePeriods = table("date-periods.tsv", 2, row -> Period.valueOf(row[1]));
        periodParts = table("period-parts.tsv", 5, row -> new PeriodPart((int) number(row[1]), (int) number(row[2]),
                (int) number(row[3]), (int) number(row[4])));
        periodLeadIns = lowerSet("period-lead-ins.txt");
        datePrepositions = lowerSet("date-prepositions.txt");
        timeMarkers = new PhraseTable<>(flags("time-markers.txt"));
        ordinalSuffixes = lowerSet("ordinal-suffixes.txt");
        irregularPlurals = table("irregular-plurals.tsv", 2, row -> row[1]);
        notCountNouns = lowerSet("not-count-nouns.txt");
        functionWords = lowerSet("function-words.txt");
        unitAbbreviations = table("unit-abbreviations.tsv", 2, row -> row[1]);
        oneUnitLeadIns = lowerSet("one-unit-lead-ins.txt");

        var start = new HashSet<String>();
        start.addAll(numberWords.keySet());
        start.addAll(vagueAmounts.keySet());
        start.addAll(currencySymbols.firstWords());
        start.addAll(months.keySet());
        start.addAll(weekdays.keySet());
        start.addAll(relativeDays.keySet());
        start.addAll(dateAnchors.keySet());
        start.addAll(periodParts.keySet());
        start.addAll(periodLeadIns);
        startWords = Set.copyOf(start);

        var common = new HashSet<String>(start);
        common.addAll(functionWords);
        common.addAll(datePrepositions);
        common.addAll(oneUnitLeadIns);
        modifiers.words().forEach(common::add);
        commonWords = Set.copyOf(common);
    }

    /** Resolves the generic dollar: the default currency when it is a dollar currency, else USD. */
    String resolveDollar(String code, QuantityContext context) {
        if (!GENERIC_DOLLAR.equals(code)) {
            return code;
        }
        return context.defaultCurrency().filter(dollarCurrencies::contains).orElse("USD");
    }

    private static double number(String text) {
        int slash = text.indexOf('/');
        if (slash > 0) {
            return Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
        }
        return Double.parseDouble(text);
    }

    /** Rows of a tab-separated file keyed by their lower-case first column; a short row or a repeated key is an error. */
    private static <V> Map<String, V> table(String name, int columns, Function<String[], V> parse) {
        var out = new LinkedHashMap<String, V>();
        for (String line : lines(name)) {
            String[] row = line.split("\t");
            if (row.length != columns) {
                throw new IllegalStateException(name + ": expected " + columns + " columns in '" + line + "'");
            }
            if (out.put(row[0].toLowerCase(Locale.ROOT), parse.apply(row)) != null) {
                throw new IllegalStateException(name + ": repeated key '" + row[0] + "'");
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Boolean> flags(String name) {
        var out = new LinkedHashMap<String, Boolean>();
        lines(name).forEach(line -> out.put(line, Boolean.TRUE));
        return out;
    }

    private static Set<String> lowerSet(String name) {
        var out = new HashSet<String>();
        lines(name).forEach(line -> out.add(line.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** Non-blank lines of a resource, without '#' comment lines. */
    private static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            var out = new ArrayList<String>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
