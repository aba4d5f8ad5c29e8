package news.reliability.scoring.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import news.reliability.core.text.LanguageDetector;
import news.reliability.core.text.ResourceTable;

/**
 * Collocations of news English ("press release", "take place") with the synonyms article spinners put in place
 * of each of their words ("discharge" for "release"), read from {@code quality/collocations.txt}: groups
 * {@code [collocation]}, {@code [ordinary]} (phrases that look like a substitution but are ordinary English),
 * {@code [thesaurus]} (word, tab, comma-separated synonyms) and {@code [forms]} (word, tab, irregular forms).
 *
 * <p>A collocation is a sequence of slots; a slot holds its own word or words ("a|an|the"; in parentheses the slot
 * may be empty) and every synonym of them, so the variants multiply: every slot may be substituted, alone or
 * together with the others. Words are matched as lemmas: each word of the table, synonyms included, is known
 * with its regular inflections (plural, third person, past, gerund; irregular ones from {@code [forms]}), so
 * "interest charges" and "took spot" are found from "interest rate", "rate: charge" and "take place", "place:
 * spot". Function words are matched as written.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is loaded once. Unknown groups, a thesaurus or forms entry
 * for a word no collocation uses, and a collocation opening with an optional slot are refused.
 */
public final class CollocationTable {

    /** One way to fill a slot: lemma ids in order (none for an empty optional slot), and whether a spinner's. */
    record Alternative(int[] lemmas, boolean substitute) {
    }

    /**
     * A collocation as written in the table ("make a decision": each slot's first word), its slots, and
     * whether it is an ordinary phrase (never reported, only shields the words it covers).
     */
    record Collocation(String text, List<List<Alternative>> slots, boolean ordinary) {
    }

    /** A way a collocation may start: its first slot filled with {@code alternative}. */
    record Start(Collocation collocation, Alternative alternative) {
    }

    private static final Set<String> GROUPS = Set.of("collocation", "ordinary", "thesaurus", "forms");
    private static final Set<String> FUNCTION_WORDS = LanguageDetector.functionWords("en");
    private static final int[] NONE = new int[0];
    private static final CollocationTable STANDARD = new CollocationTable(ResourceTable.groups(CollocationTable.class, "/quality/collocations.txt"));

    private final Map<String, Integer> lemmaIds = new HashMap<>();
    /** Every lower-case form of a word of the table: the lemmas it may be. */
    private final Map<String, int[]> lemmasByForm = new HashMap<>();
    private final List<Collocation> collocations = new ArrayList<>();
    /** Ways to start a match, by the lemma of the first word. */
    private final Map<Integer, List<Start>> startsByLemma = new HashMap<>();

    /**
     * @param groups lines by group, as {@link ResourceTable#groups(String)} reads them
     */
    CollocationTable(Map<String, List<String>> groups) {
        Objects.requireNonNull(groups, "groups");
        for (String group : groups.keySet()) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("unknown collocation table group: " + group);
            }
        }
        Map<String, List<String>> thesaurus = pairs(groups.getOrDefault("thesaurus", List.of()));
        Map<String, List<String>> forms = pairs(groups.getOrDefault("forms", List.of()));
        Set<String> collocationWords = new LinkedHashSet<>();
        for (String line : groups.getOrDefault("collocation", List.of())) {
            collocations.add(collocation(line, thesaurus, false, collocationWords));
        }
        for (String line : groups.getOrDefault("ordinary", List.of())) {
            collocations.add(collocation(line, Map.of(), true, new LinkedHashSet<>()));
        }
        for (String word : thesaurus.keySet()) {
            if (!collocationWords.contains(word)) {
                throw new IllegalArgumentException("thesaurus entry for a word no collocation uses: " + word);
            }
        }
        for (var entry : forms.entrySet()) {
            Integer lemma = lemmaIds.get(entry.getKey());
            if (lemma == null) {
                throw new IllegalArgumentException("forms for a word the table does not use: " + entry.getKey());
            }
            entry.getValue().forEach(form -> addForm(form, lemma));
        }
        for (Collocation c : collocations) {
            List<Alternative> first = c.slots().getFirst();
            for (Alternative a : first) {
                if (a.lemmas().length == 0) {
                    throw new IllegalArgumentException("a collocation may not open with an optional slot: " + c.text());
                }
                startsByLemma.computeIfAbsent(a.lemmas()[0], k -> new ArrayList<>()).add(new Start(c, a));
            }
        }
    }

    /** The project's table. */
    public static CollocationTable standard() {
        return STANDARD;
    }

    /** Number of collocations, ordinary phrases excluded. */
    public int size() {
        return (int) collocations.stream().filter(c -> !c.ordinary()).count();
    }

    /** The lemma ids a lower-case word may be; empty when the table does not know it. */
    int[] lemmas(String lowerWord) {
        return lemmasByForm.getOrDefault(lowerWord, NONE);
    }

    /** The ways to start a match at a word of lemma {@code lemma}. */
    List<Start> starts(int lemma) {
        return startsByLemma.getOrDefault(lemma, List.of());
    }

    private Collocation collocation(String line, Map<String, List<String>> thesaurus, boolean ordinary,
                                    Set<String> words) {
        String text = line.toLowerCase(Locale.ROOT);
        List<List<Alternative>> slots = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String slot : text.split("\\s+")) {
            boolean optional = slot.startsWith("(") && slot.endsWith(")");
            String inner = optional ? slot.substring(1, slot.length() - 1) : slot;
            String[] own = inner.split("\\|");
            List<Alternative> alternatives = new ArrayList<>();
            for (String word : own) {
                if (word.isEmpty()) {
                    throw new IllegalArgumentException("empty alternative in collocation: " + line);
                }
                alternatives.add(new Alternative(lemmaSequence(word), false));
                words.add(word);
            }
            for (String word : own) {
                for (String synonym : thesaurus.getOrDefault(word, List.of())) {
                    alternatives.add(new Alternative(lemmaSequence(synonym), true));
                }
            }
            if (optional) {
                alternatives.add(new Alternative(NONE, false));
            }
            slots.add(List.copyOf(alternatives));
            shown.add(own[0]);
        }
        return new Collocation(String.join(" ", shown), List.copyOf(slots), ordinary);
    }

    /** The lemma ids of a word or phrase of the table, registering each word and its forms. */
    private int[] lemmaSequence(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = lemma(words[i]);
        }
        return ids;
    }

    private int lemma(String word) {
        Integer known = lemmaIds.get(word);
        if (known != null) {
            return known;
        }
        int id = lemmaIds.size();
        lemmaIds.put(word, id);
        addForm(word, id);
        if (!FUNCTION_WORDS.contains(word)) {
            regularForms(word).forEach(form -> addForm(form, id));
        }
        return id;
    }

    private void addForm(String form, int lemma) {
        int[] known = lemmasByForm.getOrDefault(form, NONE);
        for (int k : known) {
            if (k == lemma) {
                return;
            }
        }
        int[] grown = Arrays.copyOf(known, known.length + 1);
        grown[known.length] = lemma;
        lemmasByForm.put(form, grown);
    }

    /**
     * Plural or third person, past and gerund by the regular rules, over-generated on purpose (a form that is no
     * English word is never met): "rate" -> "rates", "rated", "rating"; "stop" -> "stopped"; "policy" ->
     * "policies".
     */
    static List<String> regularForms(String word) {
        List<String> forms = new ArrayList<>();
        int n = word.length();
        if (n < 2 || !Character.isLetter(word.charAt(n - 1))) {
            return forms;
        }
        char last = word.charAt(n - 1);
        char before = word.charAt(n - 2);
        if (last == 'y' && !isVowel(before)) {
            String stem = word.substring(0, n - 1);
            forms.addAll(List.of(stem + "ies", stem + "ied", word + "ing"));
            return forms;
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            forms.add(word + "es");
        } else {
            forms.add(word + "s");
        }
        if (last == 'e') {
            String stem = word.substring(0, n - 1);
            forms.addAll(List.of(word + "d", stem + "ing"));
        } else {
            forms.addAll(List.of(word + "ed", word + "ing"));
            if (n >= 3 && !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(before) && !isVowel(word.charAt(n - 3))) {
                forms.addAll(List.of(word + last + "ed", word + last + "ing"));
            }
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** "word<TAB>a, b c" lines as word -> [a, b c]. */
    private static Map<String, List<String>> pairs(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", 2);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException("expected word<TAB>comma-separated list: " + line);
            }
            List<String> values = new ArrayList<>();
            for (String value : fields[1].split(",")) {
                String v = value.strip().toLowerCase(Locale.ROOT);
                if (!v.isEmpty() && !values.contains(v)) {
                    values.add(v);
                }
            }
            String word = fields[0].strip().toLowerCase(Locale.ROOT);
            if (out.put(word, List.copyOf(values)) != null) {
                throw new IllegalArgumentException("word listed twice: " + word);
            }
        }
        return out;
    }
}
