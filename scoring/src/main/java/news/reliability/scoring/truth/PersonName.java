package news.reliability.scoring.truth;

import java.util.List;
import java.util.Objects;

/**
 * A normalised person name: the family name and the given names in order, all folded to lower-case letters
 * without accents or punctuation ({@code "O'Leary, Timothy J."} is {@code oleary} with {@code [timothy, j]}).
 * Given names may be initials (one letter) or missing.
 *
 * @param last  family name, not empty; a multi-word family name keeps single spaces
 * @param given given names and initials, in order; may be empty
 */
public record PersonName(String last, List<String> given) {

    public PersonName {
        Objects.requireNonNull(last, "last");
        if (last.isEmpty()) {
            throw new IllegalArgumentException("last must not be empty");
        }
        given = List.copyOf(given);
    }

    /** {@code last,initials}, for example {@code knuth,d e}: what value keys are made of. */
    public String key() {
        StringBuilder key = new StringBuilder(last).append(',');
        for (int i = 0; i < given.size(); i++) {
            key.append(i == 0 ? "" : " ").append(given.get(i).charAt(0));
        }
        return key.toString();
    }

    /**
     * Whether the two may name the same person: equal family names and compatible given names (each pair in
     * order is equal, or one is the other's initial or prefix; a name with fewer given names is compatible
     * with a longer one that starts the same way).
     */
    public boolean sameAs(PersonName other) {
        return last.equals(other.last) && givenCompatible(given, other.given) == Compatibility.COMPATIBLE;
    }

    /** How the given names of two names relate. */
    enum Compatibility { COMPATIBLE, FIRST_DIFFERS, LATER_DIFFERS }

    static Compatibility givenCompatible(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!tokensCompatible(a.get(i), b.get(i))) {
                return i == 0 ? Compatibility.FIRST_DIFFERS : Compatibility.LATER_DIFFERS;
            }
        }
        return Compatibility.COMPATIBLE;
    }

    private static boolean tokensCompatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The more specific of two compatible names: more given names, then longer ones. */
    PersonName moreSpecific(PersonName other) {
        if (given.size() != other.given.size()) {
            return given.size() > other.given.size() ? this : other;
        }
        int length = String.join("", given).length();
        int otherLength = String.join("", other.given).length();
        return length >= otherLength ? this : other;
    }

    @Override
    public String toString() {
        return given.isEmpty() ? last : last + ", " + String.join(" ", given);
    }
}
