package news.reliability.core.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds the counted noun after a figure and gives it in lower-case singular: "60 trains" gives "train",
 * "6,500 people" gives "person", "hundreds of thousands of Kestrel chips" gives "chip" (proper-noun and
 * adjective modifiers are skipped), "12,400 hectares" gives "hectare". Without a part-of-speech tagger the
 * head noun is taken to be the first plural-looking word, within a few words and before any function word.
 * Stateless and thread-safe.
 */
final class CountNounReader {

    /** A counted noun and the token just past it. */
    record Noun(String unit, int end) {}

    private static final int MAX_WORDS = 6;
    private static final int MAX_CAPITALISED_MODIFIERS = 3;
    private static final int MIN_PLURAL_LENGTH = 4;

    private final Lexicon lexicon;

    CountNounReader(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The head noun starting at token j, skipping at most {@code lowerModifiers} lower-case words
     * ("advanced processors") and a few capitalised ones ("Kestrel chips").
     */
    Optional<Noun> read(TokenSequence t, int j, int lowerModifiers) {
        if (t.isWord(j)) {
            String unit = lexicon.unitAbbreviations.get(t.lower(j));
            if (unit != null) {
                return Optional.of(new Noun(unit, j + 1));
            }
        }
        int lowerSkipped = 0;
        int capitalisedSkipped = 0;
        for (int k = j; k < t.size() && k < j + MAX_WORDS; k++) {
            if (k > j && t.isInnerHyphen(k) || t.isNumber(k) && k > j && t.adjacent(k) && t.isWord(k - 1)) {
                continue;
            }
            if (!t.isWord(k)) {
                return Optional.empty();
            }
            String w = t.lower(k);
            if (lexicon.functionWords.contains(w)) {
                return Optional.empty();
            }
            Optional<String> singular = singular(w);
            boolean capitalised = t.capitalized(k);
            if (singular.isPresent() && (!capitalised || !startsNounPhrase(t, k + 1))) {
                return Optional.of(new Noun(singular.get(), k + 1));
            }
            if (capitalised) {
                if (++capitalisedSkipped > MAX_CAPITALISED_MODIFIERS) {
                    return Optional.empty();
                }
            } else if (++lowerSkipped > lowerModifiers) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether token k is a word that could carry on a noun phrase (a capitalised plural before it is a modifier). */
    private boolean startsNounPhrase(TokenSequence t, int k) {
        return t.isWord(k) && !lexicon.functionWords.contains(t.lower(k));
    }

    /** The singular of a lower-case word that looks like a plural noun, else empty. */
    Optional<String> singular(String w) {
        String irregular = lexicon.irregularPlurals.get(w);
        if (irregular != null) {
            return Optional.of(irregular);
        }
        if (w.length() < MIN_PLURAL_LENGTH || !w.endsWith("s") || lexicon.notCountNouns.contains(w)
                || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return Optional.empty();
        }
        if (w.endsWith("ies") && w.length() > MIN_PLURAL_LENGTH) {
            return Optional.of(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return Optional.of(w.substring(0, w.length() - 2));
        }
        return Optional.of(w.substring(0, w.length() - 1));
    }
}
