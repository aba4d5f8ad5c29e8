package news.reliability.scoring.truth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Parses an author list as bookstores and catalogues write it into normalised {@link PersonName}s.
 *
 * <p>Handles {@code "Last, First M."} and {@code "First M. Last"}, several names separated by {@code ;},
 * {@code |}, {@code /}, {@code &}, "and", "with", role markers such as {@code "(Author)"} or
 * {@code "By (author)"}, comma-separated lists of either form ({@code "Johnson, Michael K., Troan, Erik W."},
 * {@code "Kenneth L. Calvert, Michael J. Donahoo"}), glued initials ({@code "J.N."}), HTML entities, titles
 * and suffixes ({@code Dr.}, {@code Jr.}), family-name particles ("de", "van": dropped, since catalogues place
 * them inconsistently), lists that lost their separators ({@code "Rao, K. R. Bojkovic, Zoran S."}),
 * and duplicates of one person in one list
 * ({@code "David V. Hutton, David Hutton"} is one person). "Not Available", "None" and empty lists are
 * missing: {@link #parse} returns an empty list. Stateless and thread-safe.
 */
public final class PersonNameNormalizer {

    /** Words that mark a role or a title, not a name. */
    static final Set<String> NOISE = Set.of(
            "author", "authors", "coauthor", "joint", "editor", "editors", "ed", "eds", "edited", "translator",
            "translated", "trans", "foreword", "introduction", "intro", "preface", "contributor", "contributors",
            "illustrator", "illustrated", "compiler", "compiled", "photographer", "narrator", "reader", "et", "al",
            "dr", "prof", "professor", "mr", "mrs", "ms", "phd", "md", "jr", "sr", "ii", "iii", "iv", "esq",
            "none", "various", "unknown", "staff", "anonymous");

    /** Family-name particles, dropped because catalogues put them before, after or inside names. */
    static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
            "ten", "ter", "le", "la", "vander");

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)?|\\[[^\\]]*\\]?|\\{[^}]*\\}?");
    private static final Pattern SEPARATORS = Pattern.compile(
            "[;|/&+\\n\\t]|\\b(?:and|with|by|und)\\b", Pattern.CASE_INSENSITIVE);

    private PersonNameNormalizer() {
    }

    /** The persons of an author list, in the order written, duplicates merged; empty when missing. */
    public static List<PersonName> parse(String authorList) {
        String text = StringEscapeUtils.unescapeHtml4(authorList);
        if (TextValueSimilarity.MISSING.contains(TextNormalizer.fold(text))) {
            return List.of();
        }
        text = BRACKETED.matcher(text).replaceAll(";");
        List<PersonName> names = new ArrayList<>();
        for (String segment : SEPARATORS.matcher(text).replaceAll(";").split(";")) {
            parseSegment(segment, names);
        }
        return deduplicate(names);
    }

    /** One segment without list separators other than commas. */
    private static void parseSegment(String segment, List<PersonName> names) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : segment.split(",")) {
            List<String> tokens = tokens(part);
            if (!tokens.isEmpty()) {
                parts.add(tokens);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        if (parts.size() == 1 || looksLikeFullNames(parts)) {
            for (List<String> part : parts) {
                names.add(fromFullName(part));
            }
            return;
        }
        if (isChain(parts)) {
            String last = String.join(" ", parts.get(0));
            for (int i = 1; i < parts.size(); i++) {
                List<String> part = parts.get(i);
                boolean isLast = i == parts.size() - 1;
                names.add(name(last, isLast ? part : part.subList(0, part.size() - 1)));
                last = isLast ? null : part.get(part.size() - 1);
            }
            return;
        }
        for (int i = 0; i < parts.size(); i += 2) {
            if (i + 1 < parts.size()) {
                names.add(name(String.join(" ", parts.get(i)), parts.get(i + 1)));
            } else {
                names.add(fromFullName(parts.get(i)));
            }
        }
    }

    /**
     * Whether "Last, Given Last2, Given2 Last3, Given3" lost the separators between persons: three or more
     * parts, the first one word, and every middle part several words ending in a full word (the next
     * person's family name).
     */
    private static boolean isChain(List<List<String>> parts) {
        if (parts.size() < 3 || parts.get(0).size() != 1) {
            return false;
        }
        for (int i = 1; i < parts.size() - 1; i++) {
            List<String> part = parts.get(i);
            if (part.size() < 2 || part.get(part.size() - 1).length() < 2) {
                return false;
            }
        }
        return true;
    }

    /** A name without family-name particles ("de", "van", ...), which catalogues place inconsistently. */
    private static PersonName name(String last, List<String> given) {
        List<String> lastWords = new ArrayList<>(Arrays.asList(last.split(" ")));
        if (lastWords.size() > 1) {
            lastWords.removeIf(PARTICLES::contains);
        }
        List<String> givenWords = new ArrayList<>(given);
        givenWords.removeIf(PARTICLES::contains);
        return new PersonName(lastWords.isEmpty() ? last : String.join(" ", lastWords), givenWords);
    }

    /**
     * Whether comma-separated parts are each a full name ("Kenneth L. Calvert, Michael J. Donahoo") rather
     * than family-name, given-names pairs ("Knuth, Donald E."): the first part has several words and either
     * carries an initial inside it or the second part also ends in a full word.
     */
    private static boolean looksLikeFullNames(List<List<String>> parts) {
        List<String> first = parts.get(0);
        if (first.size() < 2) {
            return false;
        }
        for (int i = 0; i < first.size() - 1; i++) {
            if (first.get(i).length() == 1) {
                return true;
            }
        }
        List<String> second = parts.get(1);
        return second.size() >= 2 && second.get(second.size() - 1).length() > 1;
    }

    /** "First M. Last"; or "Last F. M." when only the first word is a full word. */
    private static PersonName fromFullName(List<String> tokens) {
        if (tokens.size() == 1) {
            return new PersonName(tokens.get(0), List.of());
        }
        boolean restAreInitials = tokens.subList(1, tokens.size()).stream().allMatch(t -> t.length() == 1);
        if (restAreInitials && tokens.get(0).length() > 1) {
            return name(tokens.get(0), tokens.subList(1, tokens.size()));
        }
        return name(tokens.get(tokens.size() - 1), tokens.subList(0, tokens.size() - 1));
    }

    /** Folded words of one name part; periods split glued initials ("J.N." is j, n); noise words dropped. */
    static List<String> tokens(String part) {
        List<String> tokens = new ArrayList<>();
        for (String raw : TextNormalizer.fold(part).split("[\\s.]+")) {
            StringBuilder letters = new StringBuilder();
            raw.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
            String token = letters.toString();
            if (!token.isEmpty() && !NOISE.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** Merges names that may be the same person, keeping the more specific, in first-seen order. */
    private static List<PersonName> deduplicate(List<PersonName> names) {
        List<PersonName> unique = new ArrayList<>();
        outer:
        for (PersonName name : names) {
            for (int i = 0; i < unique.size(); i++) {
                if (unique.get(i).sameAs(name)) {
                    unique.set(i, unique.get(i).moreSpecific(name));
                    continue outer;
                }
            }
            unique.add(name);
        }
        return List.copyOf(unique);
    }

    /** A person name from its {@link PersonName#key() key}. */
    static PersonName fromKey(String key) {
        int comma = key.indexOf(',');
        String given = key.substring(comma + 1);
        return new PersonName(key.substring(0, comma),
                given.isEmpty() ? List.of() : Arrays.asList(given.split(" ")));
    }

    /**
     * Whether two author lists name the same authors, in any order: as many persons, each matched to a
     * different one that {@link PersonName#sameAs may be the same person}.
     */
    public static boolean sameAuthors(List<PersonName> a, List<PersonName> b) {
        return a.size() == b.size() && match(a, b, 0, new boolean[b.size()]);
    }

    private static boolean match(List<PersonName> a, List<PersonName> b, int i, boolean[] used) {
        if (i == a.size()) {
            return true;
        }
        for (int j = 0; j < b.size(); j++) {
            if (!used[j] && a.get(i).sameAs(b.get(j))) {
                used[j] = true;
                if (match(a, b, i + 1, used)) {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }
}
