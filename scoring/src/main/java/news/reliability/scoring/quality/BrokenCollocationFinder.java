package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import news.reliability.core.text.Token;

/**
 * Finds broken collocations, the trace automatic rewording leaves: a collocation of the {@link CollocationTable}
 * with a spinner's synonym in one or more of its slots ("press discharge" for "press release", "principal
 * administrative" for "chief executive").
 *
 * <p>A match lies inside one sentence, its words separated by spaces only (no punctuation, no line break). It is
 * not a hit when one of its words belongs to an intact collocation or an ordinary phrase of the table ("chief
 * administrative officer"; "huge data breach", where "data breach" is intact), nor when all its words are
 * capitalised past the sentence's first word (a name or a title, "Principal Executive Officer"). Overlapping hits
 * keep the earliest, then the longest.
 *
 * <p>Stateless and thread-safe; linear in the number of words (one hash lookup per word, a few per candidate).
 */
final class BrokenCollocationFinder {

    /** A broken collocation: words {@code [firstWord, endWord)} of the text, standing for {@code collocation}. */
    record Hit(int firstWord, int endWord, String collocation) {
    }

    /** The longest way found to fill the slots from a word, and how many of them a spinner filled. */
    private record Match(int end, int substitutes) {
    }

    private final CollocationTable table;

    BrokenCollocationFinder(CollocationTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The hits in text order. */
    List<Hit> find(QualityText text) {
        List<String> lower = text.lowerWords();
        int[][] lemmas = new int[lower.size()][];
        for (int i = 0; i < lemmas.length; i++) {
            lemmas[i] = table.lemmas(lower.get(i));
        }
        List<Hit> candidates = new ArrayList<>();
        BitSet intact = new BitSet(lemmas.length);
        for (int s = 0; s < text.sentences().size(); s++) {
            int end = text.endWord(s);
            for (int i = text.firstWord(s); i < end; i++) {
                for (int lemma : lemmas[i]) {
                    for (CollocationTable.Start start : table.starts(lemma)) {
                        Match m = matchFrom(text, lemmas, start, i, end);
                        if (m == null) {
                            continue;
                        }
                        if (m.substitutes() == 0) {
                            intact.set(i, m.end());
                        } else if (!start.collocation().ordinary() && !isName(text, i, m.end(), text.firstWord(s))) {
                            candidates.add(new Hit(i, m.end(), start.collocation().text()));
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Hit::firstWord).thenComparingInt(h -> -h.endWord()));
        List<Hit> hits = new ArrayList<>();
        int next = 0;
        for (Hit hit : candidates) {
            int shielded = intact.nextSetBit(hit.firstWord());
            if (hit.firstWord() >= next && (shielded < 0 || shielded >= hit.endWord())) {
                hits.add(hit);
                next = hit.endWord();
            }
        }
        return hits;
    }

    private static Match matchFrom(QualityText text, int[][] lemmas, CollocationTable.Start start, int at, int end) {
        if (!fits(text, lemmas, start.alternative(), at, end, at)) {
            return null;
        }
        int after = at + start.alternative().lemmas().length;
        return slots(text, lemmas, start.collocation().slots(), 1, after, end, at,
                start.alternative().substitute() ? 1 : 0);
    }

    /** Fills slots {@code k..} from word {@code at}; the longest match, then the one with fewest substitutes. */
    private static Match slots(QualityText text, int[][] lemmas, List<List<CollocationTable.Alternative>> slots,
                               int k, int at, int end, int first, int substitutes) {
        if (k == slots.size()) {
            return new Match(at, substitutes);
        }
        Match best = null;
        for (CollocationTable.Alternative alternative : slots.get(k)) {
            if (!fits(text, lemmas, alternative, at, end, first)) {
                continue;
            }
            Match m = slots(text, lemmas, slots, k + 1, at + alternative.lemmas().length, end, first,
                    substitutes + (alternative.substitute() ? 1 : 0));
            if (m != null && (best == null || m.end() > best.end()
                    || m.end() == best.end() && m.substitutes() < best.substitutes())) {
                best = m;
            }
        }
        return best;
    }

    /** Whether {@code alternative}'s words are the words from {@code at}, each joined to the one before by spaces. */
    private static boolean fits(QualityText text, int[][] lemmas, CollocationTable.Alternative alternative,
                                int at, int end, int first) {
        int[] wanted = alternative.lemmas();
        if (at + wanted.length > end) {
            return false;
        }
        for (int j = 0; j < wanted.length; j++) {
            int w = at + j;
            if (!contains(lemmas[w], wanted[j]) || w > first && !spacesBetween(text, w - 1, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] lemmas, int lemma) {
        for (int l : lemmas) {
            if (l == lemma) {
                return true;
            }
        }
        return false;
    }

    private static boolean spacesBetween(QualityText text, int left, int right) {
        Token a = text.words().get(left);
        Token b = text.words().get(right);
        if (b.start() <= a.end()) {
            return false;
        }
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.text().charAt(i);
            if (!Character.isWhitespace(c) || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Every word capitalised, and not only because the sentence starts with it: a name or a title. */
    private static boolean isName(QualityText text, int from, int to, int sentenceStart) {
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.words().get(i).text().charAt(0))) {
                capitalised++;
            }
        }
        return capitalised == to - from && from > sentenceStart;
    }
}
