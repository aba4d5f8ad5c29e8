package news.reliability.scoring.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import news.reliability.scoring.stance.StanceTokenizer.Token;

/**
 * A claim or body prepared once for many pair features: its terms, vectors, sentences, numbers, dates,
 * entity-like strings and cue counts. Immutable; built by {@link StanceFeatureExtractor#analyse}.
 */
final class AnalysedText {

    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    /**
     * One sentence of the text.
     *
     * @param lower each token in lower case
     * @param stems each token's stem, or null for a stop word
     * @param terms the set of stems
     * @param tfidf its unit TF-IDF vector
     * @param cues  counts of negation, refuting, hedging and agreeing words
     */
    record Sentence(String[] lower, String[] stems, Set<String> terms, SparseVector tfidf, int[] cues) {
    }

    final List<String> terms;
    final Set<String> termSet;
    final Set<String> bigrams;
    final Set<String> trigrams;
    final SparseVector tfidf;
    final double[] topics;
    final List<Sentence> sentences;
    final Set<String> numbers;
    final Set<String> dates;
    final List<String> entities;
    final int[] cues;
    final int tokenCount;
    final boolean question;

    AnalysedText(String text, TermSpace space, WordLists words) {
        List<String> allTerms = new ArrayList<>();
        List<Sentence> sentenceList = new ArrayList<>();
        Set<String> numberSet = new LinkedHashSet<>();
        Set<String> dateSet = new LinkedHashSet<>();
        List<String> entityList = new ArrayList<>();
        int[] cueCounts = new int[4];
        int tokens = 0;
        for (String sentenceText : StanceTokenizer.sentences(text)) {
            List<Token> sentenceTokens = StanceTokenizer.tokens(sentenceText);
            String[] lower = new String[sentenceTokens.size()];
            String[] stems = new String[sentenceTokens.size()];
            List<String> sentenceTerms = new ArrayList<>();
            int[] sentenceCues = new int[4];
            StringBuilder entity = new StringBuilder();
            for (int i = 0; i < sentenceTokens.size(); i++) {
                Token token = sentenceTokens.get(i);
                lower[i] = token.lower();
                countCues(token.lower(), words, sentenceCues);
                if (token.number()) {
                    String number = token.lower().replace(",", "");
                    numberSet.add(number);
                    if (YEAR.matcher(number).matches()) {
                        dateSet.add(number);
                    }
                } else if (words.dates().contains(token.lower())) {
                    dateSet.add(token.lower());
                }
                boolean stop = words.stopWords().contains(token.lower());
                if (!stop) {
                    stems[i] = StanceTokenizer.stem(token.lower());
                    sentenceTerms.add(stems[i]);
                }
                if (token.capitalised() && !stop && !token.number()) {
                    if (!entity.isEmpty()) {
                        entity.append(' ');
                    }
                    entity.append(token.lower());
                } else if (!entity.isEmpty()) {
                    entityList.add(entity.toString());
                    entity.setLength(0);
                }
            }
            if (!entity.isEmpty()) {
                entityList.add(entity.toString());
            }
            for (int c = 0; c < 4; c++) {
                cueCounts[c] += sentenceCues[c];
            }
            tokens += lower.length;
            allTerms.addAll(sentenceTerms);
            sentenceList.add(new Sentence(lower, stems, Set.copyOf(sentenceTerms), space.tfidf(sentenceTerms),
                    sentenceCues));
        }
        this.terms = List.copyOf(allTerms);
        this.termSet = Set.copyOf(allTerms);
        this.bigrams = ngrams(allTerms, 2);
        this.trigrams = ngrams(allTerms, 3);
        this.tfidf = space.tfidf(allTerms);
        this.topics = space.topics(tfidf);
        this.sentences = List.copyOf(sentenceList);
        this.numbers = Set.copyOf(numberSet);
        this.dates = Set.copyOf(dateSet);
        this.entities = List.copyOf(entityList);
        this.cues = cueCounts;
        this.tokenCount = tokens;
        this.question = text.indexOf('?') >= 0;
    }

    /** Adds 1 to the count of each cue list (negation, refuting, hedging, agreeing) the word is in. */
    static void countCues(String lower, WordLists words, int[] counts) {
        if (words.negation().contains(lower) || lower.endsWith("n't")) {
            counts[0]++;
        }
        if (words.refuting().contains(lower)) {
            counts[1]++;
        }
        if (words.hedging().contains(lower)) {
            counts[2]++;
        }
        if (words.agreeing().contains(lower)) {
            counts[3]++;
        }
    }

    private static Set<String> ngrams(List<String> terms, int n) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + n <= terms.size(); i++) {
            grams.add(String.join(" ", terms.subList(i, i + n)));
        }
        return Set.copyOf(grams);
    }
}
