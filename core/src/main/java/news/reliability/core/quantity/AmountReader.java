package news.reliability.core.quantity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import news.reliability.core.model.QuantityKind;
import news.reliability.core.quantity.Lexicon.CurrencyName;

/**
 * Reads an amount that starts at a token and decides what it measures, in this order: money with a
 * currency mark or name ("$10B", "2.4 billion euros", "billions of dollars"), a percentage, a duration
 * ("seven-year", "18 months"), a year ("2027"), a count of the noun that follows ("60 trains"), and last
 * money in the context's default currency for a bare scaled amount ("500 billion in a share sale").
 * Stateless and thread-safe.
 */
final class AmountReader {

    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2199;
    /** Lower-case modifiers a noun may have between a figure and the noun. */
    private static final int NOUN_MODIFIERS = 2;
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these", "those");

    private final Lexicon lexicon;
    private final NumberReader numbers;
    private final CountNounReader nouns;

    AmountReader(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.numbers = new NumberReader(lexicon);
        this.nouns = new CountNounReader(lexicon);
    }

    Optional<Reading> read(TokenSequence t, int i, QuantityContext context) {
        var symbol = lexicon.currencySymbols.matchAt(t, i);
        if (symbol.isPresent()) {
            return numbers.read(t, symbol.get().end()).map(n -> markedMoney(t, i, symbol.get().value(), n, context));
        }
        return numbers.read(t, i).flatMap(n -> classify(t, n, context)).or(() -> oneUnit(t, i));
    }

    /**
     * "a decade", "took a year", "an hour": one duration unit after an article, when a lead-in word says it
     * is a span of time ("for a decade"), it opens the text or a sentence, or "ago" follows; elsewhere it is
     * mostly a rate ("$10 billion a year", "twice a year").
     */
    private Optional<Reading> oneUnit(TokenSequence t, int i) {
        String article = t.lower(i);
        if (!article.equals("a") && !article.equals("an") || !t.isWord(i + 1)) {
            return Optional.empty();
        }
        Double days = lexicon.durationUnits.get(t.lower(i + 1));
        if (days == null || t.lower(i + 1).endsWith("s")) {
            return Optional.empty();
        }
        boolean ago = t.lower(i + 2).equals("ago");
        boolean leadIn = i == 0 || t.isSymbol(i - 1, ".") || t.isSymbol(i - 1, ":") || t.isSymbol(i - 1, "(")
                || t.isWord(i - 1) && lexicon.oneUnitLeadIns.contains(t.lower(i - 1));
        return ago || leadIn ? Optional.of(Reading.exact(QuantityKind.DURATION, days, "day", i, i + 2)) : Optional.empty();
    }

    /** "$10 billion", "US$10bn", "€2.4bn", "$10B", with an optional currency name repeated after it. */
    private Reading markedMoney(TokenSequence t, int start, String code, NumberPhrase figure, QuantityContext context) {
        NumberPhrase n = figure.shortScale() > 0 ? figure.withShortScale() : figure;
        int end = currencyName(t, n).map(PhraseTable.Match::end).orElse(n.end());
        return new Reading(QuantityKind.MONEY, n.value(), n.low(), n.high(), lexicon.resolveDollar(code, context),
                start, end);
    }

    private Optional<Reading> classify(TokenSequence t, NumberPhrase figure, QuantityContext context) {
        NumberPhrase n = figure;
        if (n.shortScale() > 0 && currencyName(t, n.withShortScale()).isPresent()) {
            n = n.withShortScale();
        }
        var name = currencyName(t, n);
        if (name.isPresent()) {
            CurrencyName currency = name.get().value();
            double d = currency.divisor();
            return Optional.of(new Reading(QuantityKind.MONEY, n.value() / d, n.low() / d, n.high() / d,
                    lexicon.resolveDollar(currency.code(), context), n.start(), name.get().end()));
        }
        int after = t.isInnerHyphen(n.end()) ? n.end() + 1 : n.end();
        var percent = lexicon.percentUnits.matchAt(t, after);
        if (percent.isPresent()) {
            return Optional.of(new Reading(QuantityKind.PERCENT, n.value(), n.low(), n.high(), "%", n.start(),
                    percent.get().end()));
        }
        Double days = t.isWord(after) ? lexicon.durationUnits.get(t.lower(after)) : null;
        if (days != null && !n.vague()) {
            return Optional.of(Reading.exact(QuantityKind.DURATION, n.value() * days, "day", n.start(), after + 1));
        }
        if (isYear(t, n)) {
            int year = (int) n.value();
            return Optional.of(new Reading(QuantityKind.DATE, LocalDate.of(year, 1, 1).toEpochDay(),
                    LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay(), "day", n.start(),
                    n.end()));
        }
        var noun = countedNoun(t, n);
        if (noun.isPresent() && (n.vague() || n.value() != 1)) {
            return Optional.of(new Reading(QuantityKind.COUNT, n.value(), n.low(), n.high(), noun.get().unit(),
                    n.start(), noun.get().end()));
        }
        if (n.scaled() && context.defaultCurrency().isPresent()) {
            return Optional.of(new Reading(QuantityKind.MONEY, n.value(), n.low(), n.high(),
                    context.defaultCurrency().get(), n.start(), n.end()));
        }
        return Optional.empty();
    }

    /** A currency name after the figure: "10 billion dollars", "a billion-dollar deal", "billions of dollars". */
    private Optional<PhraseTable.Match<CurrencyName>> currencyName(TokenSequence t, NumberPhrase n) {
        int j = n.end();
        if (t.isInnerHyphen(j) || n.vague() && t.lower(j).equals("of")) {
            j++;
        }
        return lexicon.currencyNames.matchAt(t, j);
    }

    private Optional<CountNounReader.Noun> countedNoun(TokenSequence t, NumberPhrase n) {
        int j = n.end();
        if (t.lower(j).equals("of") && (n.vague() || n.scaled())) {
            int k = DETERMINERS.contains(t.lower(j + 1)) ? j + 2 : j + 1;
            return nouns.read(t, k, n.vague() ? NOUN_MODIFIERS : 0);
        }
        return nouns.read(t, j, NOUN_MODIFIERS);
    }

    private static boolean isYear(TokenSequence t, NumberPhrase n) {
        return n.form() == NumberPhrase.Form.NUMERAL && n.end() == n.start() + 1
                && t.isFourDigitInteger(n.start()) && n.value() >= FIRST_YEAR && n.value() <= LAST_YEAR;
    }
}
