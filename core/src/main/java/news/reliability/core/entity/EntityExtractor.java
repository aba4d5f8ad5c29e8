package news.reliability.core.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.reliability.core.model.Sentence;
import news.reliability.core.text.Token;
import news.reliability.core.text.Tokenizer;

/**
 * Finds the entities of an article and links their aliases (see the package description for the rules).
 * Stateless and thread-safe; linear in the text's length apart from sorting.
 */
public final class EntityExtractor {

    private static final WordLists WORDS = WordLists.load(EntityExtractor.class, "entity-words.tsv");
    private static final Set<String> SUFFIXES = WORDS.get("corporate-suffix");
    private static final Set<String> CONNECTORS = WORDS.get("connector");
    private static final Set<String> NOT_ENTITY = WORDS.get("not-entity");
    private static final Set<String> CALENDAR = WORDS.get("calendar");
    private static final Set<String> TITLES = WORDS.get("title");
    private static final Set<String> GENERIC_ACRONYMS = WORDS.get("generic-acronym");
    private static final Set<String> ANAPHORS = WORDS.get("anaphor");
    private static final Set<String> COMMON_NOUN_ENDINGS = WORDS.get("common-noun-ending");

    private static final int MAX_NAME_TOKENS = 6;
    private static final double TITLE_CASE_SHARE = 0.7;
    private static final int TITLE_CASE_MIN_WORDS = 4;
    /** A line ending in a full stop is a headline only if nearly every content word is capitalised. */
    private static final double TERMINATED_TITLE_CASE_SHARE = 0.85;
    /** A short form names the same entity as a longer name only if not used much more often on its own. */
    private static final int SHORT_FORM_MAX_RATIO = 2;

    private final Tokenizer tokenizer = new Tokenizer();

    /** The entities of the article whose text is {@code text}, split into {@code sentences}. */
    public ArticleEntities extract(String text, List<Sentence> sentences) {
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<Boolean> titleCase = new ArrayList<>(sentences.size());
        Set<String> capitalisedMidSentence = new HashSet<>();
        Set<String> writtenLowerCase = new HashSet<>();
        for (Sentence sentence : sentences) {
            List<Token> sentenceTokens = tokenizer.tokenize(text, sentence.start(), sentence.end());
            tokens.add(sentenceTokens);
            boolean title = isTitleCase(sentenceTokens);
            titleCase.add(title);
            for (Token token : sentenceTokens) {
                if (token.alphabetic() && Character.isLowerCase(token.text().charAt(0))) {
                    writtenLowerCase.add(token.text());
                }
            }
            if (!title) {
                for (int i = 1; i < sentenceTokens.size(); i++) {
                    Token token = sentenceTokens.get(i);
                    if (token.capitalised() && !isSentenceOpening(sentenceTokens, i)) {
                        capitalisedMidSentence.add(token.text().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }

        List<RawMention> raw = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (!titleCase.get(s)) {
                findNames(tokens.get(s), s, new Vocabulary(capitalisedMidSentence, writtenLowerCase), raw);
            }
        }
        Map<String, List<String>> knownByFirstWord = knownNames(raw);
        for (int s = 0; s < sentences.size(); s++) {
            if (titleCase.get(s)) {
                findKnownNames(tokens.get(s), s, knownByFirstWord, raw);
            }
        }
        raw.sort(Comparator.comparingInt(RawMention::start));

        Map<String, String> canonical = resolveAliases(text, raw);
        Map<String, EntityBuilder> builders = new LinkedHashMap<>();
        List<EntityMention> mentions = new ArrayList<>(raw.size());
        Map<String, String> keys = new HashMap<>();
        for (RawMention mention : raw) {
            String surface = canonical.get(mention.surface());
            String key = keys.computeIfAbsent(surface, EntityExtractor::normalise);
            if (key.isEmpty()) {
                continue;
            }
            mentions.add(new EntityMention(mention.start(), mention.end(), mention.surface(), key));
            builders.computeIfAbsent(key, k -> new EntityBuilder(k, surface, mention.start()))
                    .add(mention.surface());
        }
        List<Entity> entities = builders.values().stream()
                .sorted(Comparator.comparingInt((EntityBuilder b) -> -b.mentions).thenComparingInt(b -> b.first))
                .map(EntityBuilder::build)
                .toList();
        return new ArticleEntities(entities, mentions, resolveAnaphors(tokens, mentions, entities, sentences));
    }

    /** Lower-case name without a leading "the", trailing corporate suffixes and punctuation. */
    public static String normalise(String name) {
        List<String> words = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT)
                .replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N}&]+", " ").strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        while (words.size() > 1 && SUFFIXES.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    /**
     * A headline or heading: most of its content words capitalised (at least three of them, or two in a line
     * without final punctuation), where capitals say nothing about names.
     */
    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token token : tokens) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (token.alphabetic() && !NOT_ENTITY.contains(lower) && !CONNECTORS.contains(lower)
                    && !CALENDAR.contains(lower)) {
                words++;
                if (token.capitalised()) {
                    capitalised++;
                }
            }
        }
        String last = tokens.isEmpty() ? "" : tokens.getLast().text();
        boolean terminated = last.equals(".") || last.equals("!") || last.equals("?");
        if (terminated) {
            return words >= TITLE_CASE_MIN_WORDS && capitalised >= TERMINATED_TITLE_CASE_SHARE * words;
        }
        return words >= 2 && capitalised >= TITLE_CASE_SHARE * words;
    }

    /** Whether position {@code i} opens a sentence or a quotation, where any word is capitalised. */
    private static boolean isSentenceOpening(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String previous = tokens.get(j).text();
            if (previous.equals("\"") || previous.equals("“") || previous.equals("‘") || previous.equals("(")
                    || previous.equals(":") || previous.equals("#")) {
                continue;
            }
            return previous.equals(".") || previous.equals("!") || previous.equals("?") || previous.equals("-")
                    || previous.equals("–") || previous.equals("—");
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase)
                && word.chars().allMatch(Character::isLetter);
    }

    private static boolean isCamelCase(String word) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c) && (lower || i > 1)) {
                return lower || word.chars().anyMatch(Character::isLowerCase);
            }
        }
        return false;
    }

    /** What the whole article tells about words: which it capitalises mid-sentence, which it writes in lower case. */
    private record Vocabulary(Set<String> capitalisedMidSentence, Set<String> writtenLowerCase) {
    }

    private boolean isNameWord(List<Token> tokens, int i, Vocabulary vocabulary) {
        Token token = tokens.get(i);
        String word = token.text();
        if (!token.capitalised() || word.length() < 2 && !word.equals("X")) {
            return false;
        }
        if (!Character.isLetter(word.charAt(0)) || word.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (CALENDAR.contains(lower) || TITLES.contains(lower) || GENERIC_ACRONYMS.contains(lower)) {
            return false;
        }
        if (isAcronym(word) || isCamelCase(word)) {
            return true;
        }
        if (isSentenceOpening(tokens, i)) {
            // Any word is capitalised here: a name if the article capitalises it elsewhere too, or if a
            // capitalised word follows ("Kestrel Rolling Stock won ...").
            boolean nextCapitalised = i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
                    && tokens.get(i + 1).alphabetic();
            // A word the article never writes in lower case ("Microsoft has ...") is taken for a name too, unless
            // it reads like an introductory adverb or participle ("Recently,", "Developing ...").
            boolean neverLowerCase = !vocabulary.writtenLowerCase().contains(lower)
                    && !lower.endsWith("ly") && !lower.endsWith("ing")
                    && COMMON_NOUN_ENDINGS.stream().noneMatch(lower::endsWith)
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).text().equals(","));
            return !NOT_ENTITY.contains(lower)
                    && (vocabulary.capitalisedMidSentence().contains(lower) || nextCapitalised || neverLowerCase);
        }
        return !NOT_ENTITY.contains(lower);
    }

    private void findNames(List<Token> tokens, int sentence, Vocabulary capitalisedMidSentence, List<RawMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens, i, capitalisedMidSentence)) {
                i++;
                continue;
            }
            int end = i + 1;
            int words = 1;
            while (end < tokens.size() && words < MAX_NAME_TOKENS) {
                if (isNameWord(tokens, end, capitalisedMidSentence) && !isSentenceOpening(tokens, end)) {
                    end++;
                    words++;
                } else if (end + 1 < tokens.size()
                        && CONNECTORS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))
                        && !tokens.get(end).capitalised()
                        && isNameWord(tokens, end + 1, capitalisedMidSentence)) {
                    end += 2;
                    words++;
                } else {
                    break;
                }
            }
            Token first = tokens.get(i);
            Token last = tokens.get(end - 1);
            out.add(new RawMention(first.start(), last.end(), join(tokens, i, end), sentence));
            i = end;
        }
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(' ');
            }
            out.append(tokens.get(i).text());
        }
        return out.toString();
    }

    /** Names found in running text, by their first word (lower case), longest first. */
    private static Map<String, List<String>> knownNames(List<RawMention> mentions) {
        Map<String, List<String>> byFirst = new HashMap<>();
        for (RawMention mention : mentions) {
            String lower = mention.surface().toLowerCase(Locale.ROOT);
            String first = lower.split(" ", 2)[0];
            List<String> names = byFirst.computeIfAbsent(first, f -> new ArrayList<>());
            if (!names.contains(lower)) {
                names.add(lower);
            }
        }
        byFirst.values().forEach(names -> names.sort(Comparator.comparingInt(String::length).reversed()));
        return byFirst;
    }

    /** In a title-case line, only names already seen in running text (and acronyms, CamelCase) count. */
    private static void findKnownNames(List<Token> tokens, int sentence, Map<String, List<String>> known,
                                       List<RawMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
            int matchedEnd = -1;
            for (String name : known.getOrDefault(first, List.of())) {
                int words = name.split(" ").length;
                if (i + words <= tokens.size()
                        && join(tokens, i, i + words).toLowerCase(Locale.ROOT).equals(name)) {
                    matchedEnd = i + words;
                    break;
                }
            }
            if (matchedEnd > 0) {
                out.add(new RawMention(tokens.get(i).start(), tokens.get(matchedEnd - 1).end(),
                        join(tokens, i, matchedEnd), sentence));
                i = matchedEnd;
            } else {
                i++;
            }
        }
    }

    /** Maps every surface to the surface of the entity it names. */
    private static Map<String, String> resolveAliases(String text, List<RawMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RawMention mention : mentions) {
            counts.merge(mention.surface(), 1, Integer::sum);
        }
        Map<String, String> parent = new HashMap<>();
        counts.keySet().forEach(surface -> parent.put(surface, surface));

        Map<String, List<String>> byInitials = new HashMap<>();
        Map<String, List<String>> byFirstWord = new HashMap<>();
        Map<String, List<String>> byLastWord = new HashMap<>();
        Map<String, String> byNormalised = new HashMap<>();
        Map<String, String> normalisedOf = new HashMap<>();
        for (String surface : counts.keySet()) {
            List<String> words = List.of(surface.split(" "));
            if (words.size() > 1) {
                byInitials.computeIfAbsent(initials(words), k -> new ArrayList<>()).add(surface);
                byFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(surface);
                byLastWord.computeIfAbsent(words.getLast(), k -> new ArrayList<>()).add(surface);
            }
            String normalised = normalise(surface);
            normalisedOf.put(surface, normalised);
            String existing = byNormalised.get(normalised);
            if (existing == null || surface.length() > existing.length()) {
                byNormalised.put(normalised, surface);
            }
        }
        for (String surface : counts.keySet()) {
            String target = byNormalised.get(normalisedOf.get(surface));
            if (!target.equals(surface)) {
                parent.put(surface, target);
                continue;
            }
            if (surface.contains(" ")) {
                continue;
            }
            Optional<String> longer = Optional.empty();
            if (isAcronym(surface)) {
                longer = parenthesised(text, surface, mentions)
                        .or(() -> unique(byInitials.get(surface)));
            }
            if (longer.isEmpty()) {
                longer = unique(byLastWord.get(surface)).filter(name -> name.split(" ").length <= 3
                        && !SUFFIXES.contains(surface.toLowerCase(Locale.ROOT)));
            }
            if (longer.isEmpty()) {
                longer = unique(byFirstWord.get(surface))
                        .filter(name -> counts.get(surface) <= SHORT_FORM_MAX_RATIO * counts.get(name));
            }
            longer.ifPresent(name -> parent.put(surface, name));
        }
        Map<String, String> canonical = new HashMap<>();
        for (String surface : counts.keySet()) {
            String root = surface;
            for (int hops = 0; hops < 5 && !parent.get(root).equals(root); hops++) {
                root = parent.get(root);
            }
            canonical.put(surface, root);
        }
        return canonical;
    }

    /** "Full Name (ACR)": the full name written just before the acronym in parentheses. */
    private static Optional<String> parenthesised(String text, String acronym, List<RawMention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            RawMention mention = mentions.get(i);
            RawMention previous = mentions.get(i - 1);
            if (mention.surface().equals(acronym) && mention.start() > 0 && text.charAt(mention.start() - 1) == '('
                    && mention.start() - previous.end() <= 3 && previous.surface().contains(" ")) {
                return Optional.of(previous.surface());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unique(List<String> candidates) {
        return candidates != null && candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    private static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) && !word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    /**
     * For each sentence naming "the company" (or another anaphor noun after "the", at most two words later):
     * the salient entity of the previous two sentences not named in the sentence itself, else the article's
     * most mentioned entity not named in it.
     */
    private static Map<Integer, String> resolveAnaphors(List<List<Token>> tokens, List<EntityMention> mentions,
                                                        List<Entity> entities, List<Sentence> sentences) {
        Map<Integer, String> resolved = new HashMap<>();
        if (entities.isEmpty()) {
            return resolved;
        }
        Set<String> salient = new HashSet<>();
        entities.stream().limit(3).filter(e -> e.mentions() > 1 || e == entities.getFirst())
                .forEach(e -> salient.add(e.key()));
        ArticleEntities index = new ArticleEntities(entities, mentions, Map.of());
        for (int s = 0; s < tokens.size(); s++) {
            if (!hasAnaphor(tokens.get(s))) {
                continue;
            }
            Sentence sentence = sentences.get(s);
            Set<String> here = new HashSet<>(index.keysIn(sentence.start(), sentence.end()));
            String choice = null;
            for (int back = s - 1; back >= Math.max(0, s - 2) && choice == null; back--) {
                List<String> keys = index.keysIn(sentences.get(back).start(), sentences.get(back).end());
                for (int k = keys.size() - 1; k >= 0; k--) {
                    if (salient.contains(keys.get(k)) && !here.contains(keys.get(k))) {
                        choice = keys.get(k);
                        break;
                    }
                }
            }
            if (choice == null) {
                choice = entities.stream().map(Entity::key).filter(k -> !here.contains(k)).findFirst().orElse(null);
            }
            if (choice != null) {
                resolved.put(s, choice);
            }
        }
        return resolved;
    }

    /** Whether the tokens hold an anaphor: "the" and, at most two words later, a noun like "company". */
    public static boolean hasAnaphor(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                String word = tokens.get(j).text().toLowerCase(Locale.ROOT);
                if (ANAPHORS.contains(word)) {
                    return true;
                }
                if (!tokens.get(j).alphabetic() && !tokens.get(j).text().contains("-")) {
                    break;
                }
            }
        }
        return false;
    }

    private record RawMention(int start, int end, String surface, int sentence) {
    }

    private static final class EntityBuilder {
        private final String key;
        private String name;
        private final int first;
        private int mentions;
        private final Set<String> surfaces = new java.util.LinkedHashSet<>();

        EntityBuilder(String key, String name, int first) {
            this.key = key;
            this.name = name;
            this.first = first;
        }

        void add(String surface) {
            mentions++;
            surfaces.add(surface);
            if (surface.split(" ").length > name.split(" ").length) {
                name = surface;
            }
        }

        Entity build() {
            return new Entity(key, name, surfaces.stream().filter(s -> !s.equals(name)).toList(), mentions);
        }
    }
}
