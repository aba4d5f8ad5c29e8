package news.reliability.scoring.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Author lists as values: the key is the sorted set of the persons' {@link PersonName#key() keys} (family
 * name and initials) joined by {@code ;}, so order, punctuation, "Last, First" versus "First Last" and full
 * given names versus initials do not make different values. Two lists support each other by how well
 * their persons match (best pairs first), divided by the longer list's length.
 */
final class PersonListValueSimilarity implements ValueSimilarity {

    static final PersonListValueSimilarity INSTANCE = new PersonListValueSimilarity();

    /** Family names at least this close (Jaro-Winkler) count as a misspelling of one name. */
    static final double LAST_NAME_THRESHOLD = 0.92;
    /** Support between two names of which one lacks given names or initials the other has. */
    static final double LESS_SPECIFIC = 0.9;
    /** Support between two names whose first given names agree but later ones differ. */
    static final double LATER_INITIAL_DIFFERS = 0.5;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PersonListValueSimilarity() {
    }

    @Override
    public Optional<String> normalize(String raw) {
        List<PersonName> names = PersonNameNormalizer.parse(raw);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(";", names.stream().map(PersonName::key).sorted().toList()));
    }

    @Override
    public double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        List<PersonName> left = parseKey(a);
        List<PersonName> right = parseKey(b);
        double[][] pairs = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                pairs[i][j] = personSimilarity(left.get(i), right.get(j));
            }
        }
        boolean[] usedLeft = new boolean[left.size()];
        boolean[] usedRight = new boolean[right.size()];
        double total = 0;
        for (int round = 0; round < Math.min(left.size(), right.size()); round++) {
            int bestI = -1;
            int bestJ = -1;
            double best = 0;
            for (int i = 0; i < left.size(); i++) {
                for (int j = 0; j < right.size(); j++) {
                    if (!usedLeft[i] && !usedRight[j] && pairs[i][j] > best) {
                        best = pairs[i][j];
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            usedLeft[bestI] = true;
            usedRight[bestJ] = true;
            total += best;
        }
        return total / Math.max(left.size(), right.size());
    }

    private static List<PersonName> parseKey(String key) {
        List<PersonName> names = new ArrayList<>();
        for (String person : key.split(";")) {
            names.add(PersonNameNormalizer.fromKey(person));
        }
        return names;
    }

    static double personSimilarity(PersonName a, PersonName b) {
        double last = a.last().equals(b.last()) ? 1 : JARO_WINKLER.apply(a.last(), b.last());
        if (last < LAST_NAME_THRESHOLD) {
            return 0;
        }
        double given = switch (PersonName.givenCompatible(a.given(), b.given())) {
            case COMPATIBLE -> a.given().size() == b.given().size() ? 1 : LESS_SPECIFIC;
            case LATER_DIFFERS -> LATER_INITIAL_DIFFERS;
            case FIRST_DIFFERS -> 0;
        };
        return last * given;
    }
}
