package news.reliability.core.quantity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

import news.reliability.core.model.QuantityKind;
import news.reliability.core.quantity.Lexicon.Period;
import news.reliability.core.quantity.Lexicon.PeriodPart;

/**
 * Reads a date expression that starts at a token and gives the days it covers: absolute dates ("2024-07-27",
 * "10 March 2026", "March 10, 2026", "October 2025", "the 1990s"), parts of a year or month ("late 2021",
 * "mid-2023", "early October"), and dates relative to publication ("last month", "this week", "next year",
 * "in October", "last October", "on Tuesday", "yesterday"). Relative dates need {@code publishedAt} and are
 * not read without it. Bare years ("in 2027") are read by {@link AmountReader}, which knows when a four-digit
 * figure is an amount instead. Stateless and thread-safe.
 */
final class DateReader {

    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2199;

    /** Days [first, last] read from tokens ending before {@code end}; {@code period} is null for a day or a decade. */
    private record Span(LocalDate first, LocalDate last, Period period, int end) {}

    private record MonthName(int month, int end) {}

    private final Lexicon lexicon;

    DateReader(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The publication day (UTC) that relative dates count from. */
    static Optional<LocalDate> publicationDay(QuantityContext context) {
        return context.publishedAt().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    /** The date expression at token i; {@code published} is {@link #publicationDay} of the context. */
    Optional<Reading> read(TokenSequence t, int i, Optional<LocalDate> published) {
        String w = t.lower(i);
        PeriodPart part = t.isWord(i) ? lexicon.periodParts.get(w) : null;
        if (part != null) {
            int j = t.isInnerHyphen(i + 1) ? i + 2 : i + 1;
            return span(t, j, published, true)
                    .filter(s -> s.period() == Period.YEAR || s.period() == Period.MONTH)
                    .map(s -> reading(i, part(s, part)));
        }
        if (lexicon.periodLeadIns.contains(w) && t.lower(i + 1).equals("this")) {
            return span(t, i + 1, published, false).map(s -> reading(i, s));
        }
        return span(t, i, published, false).map(s -> reading(i, s));
    }

    private static Reading reading(int start, Span s) {
        return new Reading(QuantityKind.DATE, s.first().toEpochDay(), s.first().toEpochDay(), s.last().toEpochDay(),
                "day", start, s.end());
    }

    private Optional<Span> span(TokenSequence t, int j, Optional<LocalDate> published, boolean afterPart) {
        if (t.isNumber(j)) {
            Optional<Span> s = iso(t, j).or(() -> decade(t, j)).or(() -> dayMonth(t, j, published));
            if (s.isEmpty() && afterPart && isYear(t, j)) {
                int year = (int) t.number(j);
                s = Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Period.YEAR, j + 1));
            }
            return s;
        }
        if (!t.isWord(j)) {
            return Optional.empty();
        }
        Optional<MonthName> month = month(t, j);
        if (month.isPresent()) {
            return monthDay(t, month.get(), published).or(() -> monthYear(t, month.get()))
                    .or(() -> afterPart || isDatePreposition(t, j - 1)
                            ? published.map(p -> lastMonthNamed(p, month.get().month(), month.get().end()))
                            : Optional.empty());
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate p = published.get();
        String w = t.lower(j);
        Integer anchor = lexicon.dateAnchors.get(w);
        if (anchor != null) {
            return anchored(t, j + 1, p, anchor);
        }
        Integer offset = lexicon.relativeDays.get(w);
        if (offset != null) {
            LocalDate day = p.plusDays(offset);
            return Optional.of(new Span(day, day, null, j + 1));
        }
        Optional<DayOfWeek> weekday = weekday(t, j);
        if (weekday.isPresent()) {
            int k = t.isSymbol(j + 1, ",") ? j + 2 : j + 1;
            Optional<Span> full = t.isNumber(k) ? dayMonth(t, k, published)
                    : month(t, k).flatMap(m -> monthDay(t, m, published));
            if (full.isPresent()) {
                return full;
            }
            LocalDate day = p.with(TemporalAdjusters.previousOrSame(weekday.get()));
            return Optional.of(new Span(day, day, null, j + 1));
        }
        return Optional.empty();
    }

    /** "last week", "this month", "next year", "last October", "next Tuesday". */
    private Optional<Span> anchored(TokenSequence t, int k, LocalDate p, int anchor) {
        Period period = lexicon.datePeriods.get(t.lower(k));
        if (period != null) {
            return Optional.of(switch (period) {
                case WEEK -> {
                    LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(anchor);
                    yield new Span(monday, monday.plusDays(6), Period.WEEK, k + 1);
                }
                case MONTH -> {
                    YearMonth month = YearMonth.from(p).plusMonths(anchor);
                    yield new Span(month.atDay(1), month.atEndOfMonth(), Period.MONTH, k + 1);
                }
                case YEAR -> {
                    int year = p.getYear() + anchor;
                    yield new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Period.YEAR, k + 1);
                }
            });
        }
        Optional<MonthName> month = month(t, k);
        if (month.isPresent()) {
            int m = month.get().month();
            if (anchor < 0) {
                return Optional.of(lastMonthNamed(p, m, month.get().end()));
            }
            int year = anchor == 0 || m > p.getMonthValue() ? p.getYear() : p.getYear() + 1;
            YearMonth ym = YearMonth.of(year, m);
            return Optional.of(new Span(ym.atDay(1), ym.atEndOfMonth(), Period.MONTH, month.get().end()));
        }
        return weekday(t, k).map(day -> {
            LocalDate date = anchor < 0 ? p.with(TemporalAdjusters.previous(day))
                    : anchor > 0 ? p.with(TemporalAdjusters.next(day))
                    : p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(day.getValue() - 1L);
            return new Span(date, date, null, k + 1);
        });
    }

    /** The most recent month with this number on or before publication, whole. */
    private static Span lastMonthNamed(LocalDate p, int month, int end) {
        int year = month <= p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        YearMonth ym = YearMonth.of(year, month);
        return new Span(ym.atDay(1), ym.atEndOfMonth(), Period.MONTH, end);
    }

    /** "2024-07-27". */
    private Optional<Span> iso(TokenSequence t, int j) {
        if (!t.isFourDigitInteger(j) || !t.isSymbol(j + 1, "-") || !t.adjacent(j + 1)
                || !t.adjacent(j + 2) || !t.isNumber(j + 2) || !t.isSmallInteger(j + 2)
                || !t.isSymbol(j + 3, "-") || !t.adjacent(j + 3)
                || !t.adjacent(j + 4) || !t.isNumber(j + 4) || !t.isSmallInteger(j + 4)) {
            return Optional.empty();
        }
        return day((int) t.number(j), (int) t.number(j + 2), (int) t.number(j + 4), j + 5);
    }

    /** "the 1990s": a whole decade. */
    private Optional<Span> decade(TokenSequence t, int j) {
        if (!isYear(t, j) || !t.adjacent(j + 1) || !t.lower(j + 1).equals("s")) {
            return Optional.empty();
        }
        int year = (int) t.number(j);
        if (year % 10 != 0) {
            return Optional.empty();
        }
        return Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), null, j + 2));
    }

    /** "10 March 2026", "10th of March, 2026", "10 March" (in the year of publication). */
    private Optional<Span> dayMonth(TokenSequence t, int j, Optional<LocalDate> published) {
        if (!t.isSmallInteger(j) || t.adjacent(j) && !t.isSymbol(j - 1, "(")) {
            return Optional.empty();
        }
        int k = j + 1;
        if (t.adjacent(k) && lexicon.ordinalSuffixes.contains(t.lower(k))) {
            k++;
        }
        if (t.lower(k).equals("of")) {
            k++;
        }
        Optional<MonthName> month = month(t, k);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        return withYear(t, (int) t.number(j), month.get().month(), month.get().end(), published);
    }

    /** "March 10, 2026", "March 10th", "March 10" (in the year of publication). */
    private Optional<Span> monthDay(TokenSequence t, MonthName month, Optional<LocalDate> published) {
        int k = month.end();
        if (!t.isNumber(k) || !t.isSmallInteger(k) || t.adjacent(k + 1) && t.isSymbol(k + 1, ":")) {
            return Optional.empty();
        }
        int dayOfMonth = (int) t.number(k);
        k++;
        if (t.adjacent(k) && lexicon.ordinalSuffixes.contains(t.lower(k))) {
            k++;
        }
        return withYear(t, dayOfMonth, month.month(), k, published);
    }

    /** The year after a day and month ("10 March 2026", "March 10, 2026"), else the year of publication. */
    private Optional<Span> withYear(TokenSequence t, int dayOfMonth, int month, int k, Optional<LocalDate> published) {
        int y = t.isSymbol(k, ",") && isYear(t, k + 1) ? k + 1 : k;
        if (isYear(t, y)) {
            return day((int) t.number(y), month, dayOfMonth, y + 1);
        }
        return published.flatMap(p -> day(p.getYear(), month, dayOfMonth, k));
    }

    /** "October 2025", "March of 2026". */
    private Optional<Span> monthYear(TokenSequence t, MonthName month) {
        int k = t.lower(month.end()).equals("of") ? month.end() + 1 : month.end();
        if (!isYear(t, k)) {
            return Optional.empty();
        }
        YearMonth ym = YearMonth.of((int) t.number(k), month.month());
        return Optional.of(new Span(ym.atDay(1), ym.atEndOfMonth(), Period.MONTH, k + 1));
    }

    private static Optional<Span> day(int year, int month, int dayOfMonth, int end) {
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, dayOfMonth);
        return Optional.of(new Span(date, date, null, end));
    }

    private static Span part(Span s, PeriodPart part) {
        if (s.period() == Period.YEAR) {
            int year = s.first().getYear();
            return new Span(LocalDate.of(year, part.firstMonth(), 1), YearMonth.of(year, part.lastMonth()).atEndOfMonth(),
                    Period.YEAR, s.end());
        }
        YearMonth month = YearMonth.from(s.first());
        return new Span(month.atDay(part.firstDay()), month.atDay(Math.min(part.lastDay(), month.lengthOfMonth())),
                Period.MONTH, s.end());
    }

    /** A capitalised month name at k, with the full stop of an abbreviation ("Sept.") if there is one. */
    private Optional<MonthName> month(TokenSequence t, int k) {
        if (!t.capitalized(k)) {
            return Optional.empty();
        }
        String w = t.lower(k);
        Integer month = lexicon.months.get(w);
        if (month == null) {
            return Optional.empty();
        }
        boolean abbreviation = w.length() <= 4 && !w.equals("may") && !w.equals("june") && !w.equals("july");
        int end = abbreviation && t.isSymbol(k + 1, ".") && t.adjacent(k + 1) ? k + 2 : k + 1;
        return Optional.of(new MonthName(month, end));
    }

    private Optional<DayOfWeek> weekday(TokenSequence t, int k) {
        return t.capitalized(k) ? Optional.ofNullable(lexicon.weekdays.get(t.lower(k))) : Optional.empty();
    }

    private boolean isDatePreposition(TokenSequence t, int k) {
        return t.isWord(k) && lexicon.datePrepositions.contains(t.lower(k));
    }

    private static boolean isYear(TokenSequence t, int k) {
        return t.isNumber(k) && t.isFourDigitInteger(k) && t.number(k) >= FIRST_YEAR
                && t.number(k) <= LAST_YEAR;
    }
}
