package news.reliability.core.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import news.reliability.core.entity.ArticleEntities;
import news.reliability.core.entity.EntityExtractor;
import news.reliability.core.entity.EntityMention;
import news.reliability.core.model.Claim;
import news.reliability.core.model.Hedge;
import news.reliability.core.model.QuantityKind;
import news.reliability.core.model.Sentence;
import news.reliability.core.quantity.QuantityContext;
import news.reliability.core.quantity.QuantityExtractor;
import news.reliability.core.quantity.QuantityMention;
import news.reliability.core.text.Stemmer;
import news.reliability.core.text.Token;
import news.reliability.core.text.Tokenizer;

/**
 * Reads the claims of an article: one per value stated in a sentence, with the attribute the words around
 * the value give it, the sentence's entities as subject, and hedge, negation and attribution.
 *
 * <p>Thread-safe if the quantity extractor is; inputs are not modified.
 */
public final class ClaimExtractor {

    /** Farthest a trigger word may stand from its value, in tokens. */
    private static final int TRIGGER_WINDOW = 12;
    /** Farthest a clause reaches from its value, in tokens, however long the sentence. */
    private static final int MAX_CLAUSE_REACH = 40;
    /** Farthest back a trigger of the value's own clause may stand ("a deal where X will provide Y with V"). */
    private static final int CLAUSE_TRIGGER_REACH = 25;
    /** How far back "valued at" looks for a deal noun ("an agreement with X, valued at"). */
    private static final int DEAL_LOOKBACK = 8;
    /** How far before a value a negation counts. */
    private static final int NEGATION_WINDOW = 6;

    private static final String VALUATION = "valuation";
    private static final String DEAL_VALUE = "deal value";

    private final QuantityExtractor quantities;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Set<String> dealStems;

    public ClaimExtractor(QuantityExtractor quantities) {
        this.quantities = Objects.requireNonNull(quantities, "quantities");
        this.dealStems = Frames.FRAMES.stream().filter(f -> f.attribute().equals(DEAL_VALUE))
                .findFirst().orElseThrow().triggerStems();
    }

    /**
     * The claims of an article.
     *
     * @param articleId the article's id, copied into each claim
     * @param text      the article's text, which sentence and entity offsets point into
     * @param sentences the main text's sentences
     * @param entities  the article's entities
     * @param context   publication date and currency for relative dates and implied currencies
     */
    public List<Claim> extract(String articleId, String text, List<Sentence> sentences, ArticleEntities entities,
                               QuantityContext context) {
        List<Claim> claims = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<QuantityMention> values = quantities.extract(sentence.text(), context);
            if (values.isEmpty()) {
                continue;
            }
            List<Token> tokens = tokenizer.tokenize(text, sentence.start(), sentence.end());
            List<String> stems = tokens.stream().map(t -> Stemmer.stem(t.text())).toList();
            Hedge hedge = hedge(tokens);
            Optional<String> attribution = attribution(tokens);
            for (QuantityMention value : values) {
                int start = sentence.start() + value.start();
                int end = sentence.start() + value.end();
                int first = firstTokenAt(tokens, start);
                int last = Math.max(first, lastTokenBefore(tokens, end));
                int[] clause = clause(tokens, first, last);
                List<Token> clauseTokens = tokens.subList(clause[0], clause[1]);
                List<EntityMention> named = entities.mentionsIn(tokens.get(clause[0]).start(),
                        tokens.get(clause[1] - 1).end());
                Set<String> keys = new LinkedHashSet<>();
                named.forEach(m -> keys.add(m.key()));
                if (EntityExtractor.hasAnaphor(clauseTokens)) {
                    entities.anaphor(s).ifPresent(keys::add);
                }
                if (keys.isEmpty() && !entities.entities().isEmpty()) {
                    // A clause that names no one is about the article's main subject ("Each train will have
                    // four carriages" in a report about one operator's order).
                    keys.add(entities.entities().getFirst().key());
                }
                String subject = keys.stream().map(entities::name).collect(Collectors.joining(", "));
                String attribute = attribute(tokens.subList(0, clause[1]), stems.subList(0, clause[1]),
                        first, last, clause[0], value, named);
                Optional<String> object = keys.size() > 1
                        ? Optional.of(entities.name(keys.stream().skip(1).findFirst().orElseThrow()))
                        : Optional.empty();
                claims.add(new Claim("c" + (claims.size() + 1), articleId, sentence.text(), sentence.start(),
                        sentence.end(), subject, List.copyOf(keys), attribute, object,
                        Optional.of(value.quantity()), hedge, negated(tokens, first), attribution));
            }
        }
        return claims;
    }

    /**
     * The attribute of a value from the words of its clause ({@code tokens} end where the clause ends; the
     * clause starts at {@code clauseStart}).
     */
    private String attribute(List<Token> tokens, List<String> stems, int first, int last, int clauseStart,
                             QuantityMention value, List<EntityMention> named) {
        QuantityKind kind = value.quantity().kind();
        return switch (kind) {
            case COUNT -> "number of " + value.quantity().unit();
            case DATE -> nearestCue(stems, first, last, clauseStart, "date-event").map(e -> "date of " + e)
                    .orElse("date");
            case MONEY -> valuation(tokens, stems, first, last, clauseStart, named)
                    .or(() -> nearestFrame(tokens, stems, first, last, clauseStart, kind)).orElse("amount");
            case PERCENT -> nearestFrame(tokens, stems, first, last, clauseStart, kind).orElse("percentage");
            case DURATION -> nearestFrame(tokens, stems, first, last, clauseStart, kind).orElse("duration");
        };
    }

    /**
     * The clause around a value, as token bounds [start, end): cut at a semicolon, or at a comma followed by a
     * conjunction or relative pronoun (", and", ", which"), so that a value's subject and trigger come from
     * its own clause.
     */
    static int[] clause(List<Token> tokens, int first, int last) {
        int start = first;
        while (start > 0 && first - start < MAX_CLAUSE_REACH && !isClauseBoundary(tokens, start - 1)) {
            start--;
        }
        int end = last + 1;
        while (end < tokens.size() && end - last < MAX_CLAUSE_REACH && !isClauseBoundary(tokens, end)) {
            end++;
        }
        return new int[] {start, Math.max(end, last + 1)};
    }

    private static boolean isClauseBoundary(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        if (word.equals(";")) {
            return true;
        }
        return word.equals(",") && i + 1 < tokens.size()
                && Frames.cues("clause-opening").contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "valuation", "value X at $V" and "X ... valued at $V" make a valuation; "an agreement ... valued at"
     * or "a deal worth" make a deal value.
     */
    private Optional<String> valuation(List<Token> tokens, List<String> stems, int first, int last, int clauseStart,
                                       List<EntityMention> named) {
        for (int i = Math.max(clauseStart, first - TRIGGER_WINDOW); i < Math.min(tokens.size(), last + TRIGGER_WINDOW);
             i++) {
            String stem = stems.get(i);
            if (stem.equals("valuat")) {
                return Optional.of(VALUATION);
            }
            boolean value = stem.equals("valu") && i < first;
            boolean worth = stem.equals("worth") && i < first;
            if (!value && !worth) {
                continue;
            }
            int at = -1;
            boolean entityBetween = false;
            for (int j = i + 1; j < first && j <= i + 6; j++) {
                if (tokens.get(j).text().equalsIgnoreCase("at")) {
                    at = j;
                    break;
                }
                entityBetween |= startsEntity(tokens.get(j), named);
            }
            if (value && at > 0 && entityBetween) {
                return Optional.of(VALUATION);
            }
            for (int j = i - 1; j >= Math.max(clauseStart, i - DEAL_LOOKBACK); j--) {
                if (dealStems.contains(stems.get(j)) && !isInOrderTo(tokens, j)) {
                    return Optional.of(DEAL_VALUE);
                }
            }
            if (value && i > 0 && endsEntity(tokens.get(i - 1), named)) {
                return Optional.of(VALUATION);
            }
        }
        return Optional.empty();
    }

    private Optional<String> nearestFrame(List<Token> tokens, List<String> stems, int first, int last,
                                          int clauseStart, QuantityKind kind) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Frames.Frame frame : Frames.forKind(kind)) {
            for (int i = Math.max(clauseStart, first - CLAUSE_TRIGGER_REACH);
                 i < Math.min(tokens.size(), last + 1 + TRIGGER_WINDOW); i++) {
                if (i >= first && i <= last || !frame.triggerStems().contains(stems.get(i))
                        || isInOrderTo(tokens, i)) {
                    continue;
                }
                int distance = i < first ? first - i : i - last + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = frame.attribute();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> nearestCue(List<String> stems, int first, int last, int clauseStart,
                                               String concept) {
        Set<String> cueStems = Frames.cueStems(concept);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(clauseStart, first - TRIGGER_WINDOW); i < Math.min(stems.size(), last + 1 + TRIGGER_WINDOW);
             i++) {
            if ((i < first || i > last) && cueStems.contains(stems.get(i))) {
                int distance = i < first ? first - i : i - last + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = stems.get(i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "in order to" is not an order. */
    private static boolean isInOrderTo(List<Token> tokens, int i) {
        return tokens.get(i).text().equalsIgnoreCase("order") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).text().equalsIgnoreCase("in") && tokens.get(i + 1).text().equalsIgnoreCase("to");
    }

    private static boolean startsEntity(Token token, List<EntityMention> named) {
        return named.stream().anyMatch(m -> m.start() == token.start());
    }

    private static boolean endsEntity(Token token, List<EntityMention> named) {
        return named.stream().anyMatch(m -> m.end() == token.end() || m.end() == token.start() - 2);
    }

    private static Hedge hedge(List<Token> tokens) {
        Set<String> words = words(tokens);
        if (words.stream().anyMatch(Frames.cues("reported")::contains)) {
            return Hedge.REPORTED;
        }
        if (words.stream().anyMatch(Frames.cues("possible")::contains)) {
            return Hedge.POSSIBLE;
        }
        if (words.stream().anyMatch(Frames.cues("expected")::contains)) {
            return Hedge.EXPECTED;
        }
        return Hedge.NONE;
    }

    /** Lower-case words of the tokens, and each adjacent pair joined by "_". */
    private static Set<String> words(List<Token> tokens) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            words.add(word);
            if (i + 1 < tokens.size()) {
                words.add(word + "_" + tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** A negation shortly before the value, unless softened ("not just", "isn't only"). */
    private static boolean negated(List<Token> tokens, int valueToken) {
        Set<String> negations = Frames.cues("negation");
        Set<String> releases = Frames.cues("negation-release");
        for (int i = Math.max(0, valueToken - NEGATION_WINDOW); i < valueToken; i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.equals(",") || word.equals(";")) {
                return false;
            }
            boolean negation = negations.contains(word) || word.endsWith("n't");
            boolean released = i + 1 < tokens.size()
                    && releases.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            if (negation && !released) {
                return true;
            }
        }
        return false;
    }

    /** "according to X" or "X said": who the sentence attributes its content to. */
    private static Optional<String> attribution(List<Token> tokens) {
        Set<String> verbs = Frames.cues("attribution-verb");
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
                return phrase(tokens, i + 2, 1);
            }
            if (verbs.contains(word) && !word.equals("according")) {
                Optional<String> before = phrase(tokens, i - 1, -1);
                return before.isPresent() ? before : phrase(tokens, i + 1, 1);
            }
        }
        return Optional.empty();
    }

    /** Up to six word tokens from {@code from} in direction {@code step}, stopping at punctuation. */
    private static Optional<String> phrase(List<Token> tokens, int from, int step) {
        List<String> words = new ArrayList<>();
        for (int i = from; i >= 0 && i < tokens.size() && words.size() < 6; i += step) {
            Token token = tokens.get(i);
            if (!Character.isLetterOrDigit(token.text().charAt(0)) && !token.text().startsWith("’")) {
                break;
            }
            words.add(token.text());
        }
        if (step < 0) {
            java.util.Collections.reverse(words);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return Math.max(0, tokens.size() - 1);
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < offset) {
                return i;
            }
        }
        return 0;
    }
}
