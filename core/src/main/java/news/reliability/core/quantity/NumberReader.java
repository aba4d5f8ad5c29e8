package news.reliability.core.quantity;

import java.util.Objects;
import java.util.Optional;

import news.reliability.core.quantity.Lexicon.NumberRole;
import news.reliability.core.quantity.Lexicon.NumberWord;
import news.reliability.core.quantity.Lexicon.Scale;
import news.reliability.core.quantity.Lexicon.ScaleForm;
import news.reliability.core.quantity.Lexicon.VagueAmount;

/**
 * Reads the figure that starts at a token: a numeral with its scale words ("2.4 billion", "10bn"), number
 * words ("twenty-five", "one and a half billion", "half a trillion", "a third of a billion") or a vague
 * amount ("dozens", "hundreds of thousands"). Numerals that are part of something else are refused: model
 * names ("H100"), clock times ("10:30"), ordinals ("3rd"), ranges and phone numbers ("555-1234"),
 * versions ("1.2.3"). Reads a bounded number of tokens; stateless and thread-safe.
 */
final class NumberReader {

    /** Most scale words read after one figure: "1.5 thousand million" at most, not an endless chain. */
    private static final int MAX_SCALES = 3;
    /** Scale multipliers from which a figure counts as scaled for the implied-currency rule. */
    private static final double LARGE_SCALE = 1e5;

    private enum Part { UNIT, TENS, HUNDRED, SCALE, DOZEN, HALF }

    private final Lexicon lexicon;

    NumberReader(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    Optional<NumberPhrase> read(TokenSequence tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        return switch (tokens.type(i)) {
            case NUMBER -> numeral(tokens, i);
            case WORD -> vague(tokens, i).or(() -> words(tokens, i));
            default -> Optional.empty();
        };
    }

    private Optional<NumberPhrase> numeral(TokenSequence t, int i) {
        if (!standsAlone(t, i)) {
            return Optional.empty();
        }
        double value = t.number(i);
        int end = i + 1;
        boolean scaled = false;
        double shortScale = 0;
        int shortEnd = end;
        for (int read = 0; read < MAX_SCALES && end < t.size(); read++) {
            int k = end;
            if (t.isInnerHyphen(k) && t.isWord(k + 1)) {
                k++;
            }
            Scale scale = t.isWord(k) ? lexicon.scales.get(t.lower(k)) : null;
            if (scale == null) {
                break;
            }
            if (scale.form() == ScaleForm.SHORT) {
                if (read == 0 && k == end && t.adjacent(k)) {
                    shortScale = scale.multiplier();
                    shortEnd = k + 1;
                }
                break;
            }
            value *= scale.multiplier();
            scaled |= scale.multiplier() >= LARGE_SCALE;
            end = k + 1;
        }
        return Optional.of(new NumberPhrase(i, end, value, value, value, NumberPhrase.Form.NUMERAL, scaled,
                shortScale, shortEnd));
    }

    /** Whether the numeral at i is a figure, not part of a name, time, ordinal, range or version. */
    private boolean standsAlone(TokenSequence t, int i) {
        if (isNamePart(t, i - 1)) {
            return false;
        }
        if (t.adjacent(i)) {
            if (t.isWord(i - 1)) {
                return false;
            }
            boolean joined = t.isSymbol(i - 1, ":") || t.isSymbol(i - 1, "/") || t.isSymbol(i - 1, ".")
                    || t.isSymbol(i - 1, "-");
            if (joined && t.adjacent(i - 1) && (t.isNumber(i - 2) || t.isWord(i - 2))) {
                return false;
            }
        }
        if (t.adjacent(i + 1)) {
            boolean joined = t.isSymbol(i + 1, ":") || t.isSymbol(i + 1, "/") || t.isSymbol(i + 1, "-")
                    || t.isSymbol(i + 1, ".");
            if (joined && t.adjacent(i + 2) && t.isNumber(i + 2)) {
                return false;
            }
            if (t.isWord(i + 1) && (lexicon.ordinalSuffixes.contains(t.lower(i + 1)) || t.lower(i + 1).equals("s"))) {
                return false;
            }
        }
        return lexicon.timeMarkers.matchAt(t, i + 1).isEmpty();
    }

    /**
     * Whether token k is a capitalised word that names something with the figure after it ("Windows 11",
     * "Route 66", "Boeing 737"): not a common word, and not inside a title-case run ("Halvard Buys 60 Trains").
     */
    private boolean isNamePart(TokenSequence t, int k) {
        return t.capitalized(k) && !t.adjacent(k + 1) && !lexicon.commonWords.contains(t.lower(k))
                && !t.capitalized(k - 1);
    }

    private Optional<NumberPhrase> vague(TokenSequence t, int i) {
        VagueAmount first = lexicon.vagueAmounts.get(t.lower(i));
        if (first == null) {
            return Optional.empty();
        }
        VagueAmount second = t.lower(i + 1).equals("of") ? lexicon.vagueAmounts.get(t.lower(i + 2)) : null;
        if (second != null && second.base() >= 1e3 && first.base() <= 100) {
            double low = first.low() * second.base();
            double high = (first.high() + 1) * second.base() - 1;
            return Optional.of(new NumberPhrase(i, i + 3, low, low, high, NumberPhrase.Form.VAGUE,
                    second.base() >= 1e6, 0, i + 3));
        }
        return Optional.of(new NumberPhrase(i, i + 1, first.low(), first.low(), first.high(), NumberPhrase.Form.VAGUE,
                first.base() >= 1e6, 0, i + 1));
    }

    private Optional<NumberPhrase> words(TokenSequence t, int i) {
        NumberWord first = lexicon.numberWords.get(t.lower(i));
        if (first == null) {
            return Optional.empty();
        }
        if (first.role() == NumberRole.FRACTION) {
            // "half a trillion", "half a dozen"
            double multiplier = t.lower(i).equals("half") && isArticle(t, i + 1) ? bigUnit(t, i + 2) : 0;
            return multiplier == 0 ? Optional.empty() : Optional.of(words(i, i + 3, multiplier / 2, multiplier));
        }
        if (first.role() == NumberRole.ARTICLE || first.role() == NumberRole.UNIT) {
            // "a third of a billion", "two-thirds of a million"
            int k = t.isInnerHyphen(i + 1) ? i + 2 : i + 1;
            NumberWord fraction = lexicon.numberWords.get(t.lower(k));
            if (fraction != null && fraction.role() == NumberRole.FRACTION && t.lower(k + 1).equals("of")
                    && isArticle(t, k + 2)) {
                double multiplier = bigUnit(t, k + 3);
                if (multiplier > 0) {
                    return Optional.of(words(i, k + 4, first.value() / fraction.value() * multiplier, multiplier));
                }
            }
        }
        return cardinal(t, i);
    }

    private static NumberPhrase words(int start, int end, double value, double multiplier) {
        return new NumberPhrase(start, end, value, value, value, NumberPhrase.Form.WORDS, multiplier >= LARGE_SCALE,
                0, end);
    }

    /** "two hundred and fifty thousand", "one and a half billion", "twenty-five", "a million". */
    private Optional<NumberPhrase> cardinal(TokenSequence t, int i) {
        double total = 0;
        double group = 0;
        double largest = 1;
        Part last = null;
        boolean article = false;
        int j = i;
        while (t.isWord(j)) {
            String w = t.lower(j);
            NumberWord word = lexicon.numberWords.get(w);
            Scale scale = lexicon.scales.get(w);
            if (scale != null && scale.form() != ScaleForm.WORD) {
                scale = null;
            }
            if (scale != null) {
                if (last == null && !article || last == Part.SCALE) {
                    break;
                }
                if (scale.multiplier() == 100) {
                    if (last == Part.HUNDRED) {
                        break;
                    }
                    group = (group == 0 ? 1 : group) * 100;
                    last = Part.HUNDRED;
                } else {
                    total += (group == 0 ? 1 : group) * scale.multiplier();
                    group = 0;
                    largest = Math.max(largest, scale.multiplier());
                    last = Part.SCALE;
                }
                j++;
                continue;
            }
            if (word == null) {
                if (w.equals("and") && last != null) {
                    if (last != Part.HALF && t.lower(j + 1).equals("a") && t.lower(j + 2).equals("half")) {
                        group += 0.5;
                        last = Part.HALF;
                        j += 3;
                        continue;
                    }
                    if ((last == Part.HUNDRED || last == Part.SCALE) && isUnitOrTens(t, j + 1)) {
                        j++;
                        continue;
                    }
                }
                break;
            }
            Part part;
            switch (word.role()) {
                case ARTICLE -> {
                    if (last != null || article || bigUnit(t, j + 1) == 0) {
                        part = null;
                    } else {
                        article = true;
                        j++;
                        continue;
                    }
                }
                case UNIT -> part = last == Part.UNIT || last == Part.HALF || last == Part.DOZEN
                        || last == Part.TENS && word.value() >= 10 ? null : Part.UNIT;
                case TENS -> part = last == Part.UNIT || last == Part.TENS || last == Part.HALF
                        || last == Part.DOZEN ? null : Part.TENS;
                case DOZEN -> part = last == Part.DOZEN ? null : Part.DOZEN;
                default -> part = null;
            }
            if (part == null) {
                break;
            }
            group = part == Part.DOZEN ? (group == 0 ? 1 : group) * 12 : group + word.value();
            last = part;
            j++;
            if (last == Part.TENS && t.isInnerHyphen(j) && isUnit(t, j + 1)) {
                j++;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(words(i, j, total + group, largest));
    }

    /** The multiplier of a scale word or "dozen" at k ("billion", "hundred", "dozen"), else 0. */
    private double bigUnit(TokenSequence t, int k) {
        if (!t.isWord(k)) {
            return 0;
        }
        String w = t.lower(k);
        Scale scale = lexicon.scales.get(w);
        if (scale != null && scale.form() == ScaleForm.WORD) {
            return scale.multiplier();
        }
        NumberWord word = lexicon.numberWords.get(w);
        return word != null && word.role() == NumberRole.DOZEN ? word.value() : 0;
    }

    private boolean isArticle(TokenSequence t, int k) {
        NumberWord word = lexicon.numberWords.get(t.lower(k));
        return word != null && word.role() == NumberRole.ARTICLE;
    }

    private boolean isUnit(TokenSequence t, int k) {
        NumberWord word = lexicon.numberWords.get(t.lower(k));
        return word != null && word.role() == NumberRole.UNIT && word.value() < 10;
    }

    private boolean isUnitOrTens(TokenSequence t, int k) {
        NumberWord word = lexicon.numberWords.get(t.lower(k));
        return word != null && (word.role() == NumberRole.UNIT || word.role() == NumberRole.TENS);
    }
}
