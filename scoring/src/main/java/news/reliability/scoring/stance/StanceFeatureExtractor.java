package news.reliability.scoring.stance;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.JaccardSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * Turns a (claim, body) pair into a fixed-length vector of stance features: lexical similarity (Commons Text
 * cosine, Jaccard, Jaro-Winkler, longest common subsequence), TF-IDF and latent-topic similarity, overlap of
 * n-grams, entities, numbers and dates, cue words near the overlap, the position of the best-matching
 * sentence, and optionally the claim's and body's leading topic weights. {@link #featureNames()} names the
 * columns.
 *
 * <p>Texts are analysed once with {@link #analyse} and the analysis is reused for every pair it is in.
 * Immutable and thread-safe; any string is accepted.
 */
public final class StanceFeatureExtractor implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final int NEAR_WINDOW = 6;
    private static final int TOP_SENTENCES = 3;
    private static final int INTRO_SENTENCES = 2;
    private static final List<String> CUES = List.of("negation", "refuting", "hedging", "agreeing");
    private static final List<String> BASE_NAMES = baseNames();

    private static final CosineSimilarity COSINE = new CosineSimilarity();
    private static final JaccardSimilarity JACCARD = new JaccardSimilarity();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

    private final TermSpace space;
    private final int topicFeatures;
    private transient WordLists words = WordLists.standard();

    private StanceFeatureExtractor(TermSpace space, int topicFeatures) {
        this.space = space;
        this.topicFeatures = Math.min(topicFeatures, space.topicCount());
    }

    /**
     * Learns the term space from the texts (claims and bodies, each once).
     *
     * @param minDocumentFrequency terms in fewer texts are ignored
     * @param topics               latent topics for topic similarity
     * @param topicFeatures        leading topic weights of claim and body added as features (at most topics)
     */
    public static StanceFeatureExtractor fit(Collection<String> texts, int minDocumentFrequency, int topics,
                                             int topicFeatures, long seed) {
        Objects.requireNonNull(texts, "texts");
        WordLists words = WordLists.standard();
        List<List<String>> documents = new ArrayList<>();
        for (String text : texts) {
            List<String> terms = new ArrayList<>();
            for (StanceTokenizer.Token token : StanceTokenizer.tokens(text)) {
                if (!words.stopWords().contains(token.lower())) {
                    terms.add(StanceTokenizer.stem(token.lower()));
                }
            }
            documents.add(terms);
        }
        return new StanceFeatureExtractor(TermSpace.fit(documents, minDocumentFrequency, topics, seed), topicFeatures);
    }

    /** Prepares a text for {@link #features}. */
    AnalysedText analyse(String text) {
        return new AnalysedText(Objects.requireNonNull(text, "text"), space, words);
    }

    /** The names of the features, in column order. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(BASE_NAMES);
        for (int t = 0; t < topicFeatures; t++) {
            names.add("claim_topic_" + t);
        }
        for (int t = 0; t < topicFeatures; t++) {
            names.add("body_topic_" + t);
        }
        return List.copyOf(names);
    }

    /** The features of the pair (claim, body). */
    public double[] features(String claim, String body) {
        return features(analyse(claim), analyse(body));
    }

    double[] features(AnalysedText claim, AnalysedText body) {
        double[] f = new double[BASE_NAMES.size() + 2 * topicFeatures];
        int k = 0;
        f[k++] = claim.tfidf.dot(body.tfidf);
        f[k++] = dot(claim.topics, body.topics);
        f[k++] = countCosine(claim.terms, body.terms);
        Map<String, Character> codes = new HashMap<>();
        String claimCode = encode(claim.terms, codes);
        f[k++] = claimCode.isEmpty() ? 0 : JACCARD.apply(claimCode, encode(body.terms, codes));
        f[k++] = share(claim.termSet, body.termSet);
        f[k++] = share(claim.termSet, introTerms(body));
        f[k++] = share(claim.bigrams, body.bigrams);
        f[k++] = share(claim.trigrams, body.trigrams);

        int n = body.sentences.size();
        double[] similarity = new double[n];
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            similarity[s] = claim.tfidf.dot(body.sentences.get(s).tfidf());
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : similarity[a] != similarity[b] ? Double.compare(similarity[b], similarity[a]) : Integer.compare(a, b));
        int best = n == 0 ? -1 : order[0];
        f[k++] = best < 0 || claimCode.isEmpty() ? 0
                : (double) LCS.apply(claimCode, encode(stemList(body.sentences.get(best)), codes)) / claimCode.length();
        f[k++] = best < 0 ? 0 : similarity[best];
        int top = Math.min(TOP_SENTENCES, n);
        double topSum = 0;
        for (int i = 0; i < top; i++) {
            topSum += similarity[order[i]];
        }
        f[k++] = top == 0 ? 0 : topSum / top;
        f[k++] = n <= 1 || best < 0 ? 0 : (double) best / (n - 1);
        f[k++] = n == 0 ? 0 : similarity[0];

        f[k++] = entitySimilarity(claim.entities, body.entities);
        f[k++] = share(Set.copyOf(claim.entities), Set.copyOf(body.entities));
        f[k++] = claim.numbers.isEmpty() ? 0 : 1;
        f[k++] = share(claim.numbers, body.numbers);
        f[k++] = !claim.numbers.isEmpty() && !body.numbers.isEmpty() && share(claim.numbers, body.numbers) == 0 ? 1 : 0;
        f[k++] = share(claim.dates, body.dates);
        f[k++] = !claim.dates.isEmpty() && !body.dates.isEmpty() && share(claim.dates, body.dates) == 0 ? 1 : 0;

        int[] near = new int[CUES.size()];
        int[] inTop = new int[CUES.size()];
        for (int i = 0; i < top; i++) {
            AnalysedText.Sentence sentence = body.sentences.get(order[i]);
            countNear(sentence, claim.termSet, near);
            for (int c = 0; c < inTop.length; c++) {
                inTop[c] += sentence.cues()[c];
            }
        }
        for (int c = 0; c < CUES.size(); c++) {
            f[k++] = near[c];
        }
        for (int c = 0; c < CUES.size(); c++) {
            f[k++] = inTop[c];
        }
        for (int c = 0; c < CUES.size(); c++) {
            f[k++] = body.tokenCount == 0 ? 0 : 100.0 * body.cues[c] / body.tokenCount;
        }
        for (int c = 0; c < CUES.size(); c++) {
            f[k++] = claim.cues[c];
        }
        f[k++] = claim.question ? 1 : 0;
        f[k++] = claim.terms.size();
        f[k++] = Math.log1p(body.tokenCount);
        for (int t = 0; t < topicFeatures; t++) {
            f[k++] = claim.topics[t];
        }
        for (int t = 0; t < topicFeatures; t++) {
            f[k++] = body.topics[t];
        }
        return f;
    }

    private static List<String> baseNames() {
        List<String> names = new ArrayList<>(List.of("tfidf_cosine", "topic_cosine", "count_cosine", "jaccard",
                "claim_terms_in_body", "claim_terms_in_intro", "bigrams_in_body", "trigrams_in_body",
                "lcs_best_sentence", "best_sentence_cosine", "top_sentences_cosine", "best_sentence_position",
                "first_sentence_cosine", "entity_jaro_winkler", "entity_overlap", "claim_has_numbers",
                "number_overlap", "number_mismatch", "date_overlap", "date_mismatch"));
        CUES.forEach(cue -> names.add(cue + "_near_overlap"));
        CUES.forEach(cue -> names.add(cue + "_in_top_sentences"));
        CUES.forEach(cue -> names.add(cue + "_body_density"));
        CUES.forEach(cue -> names.add(cue + "_in_claim"));
        names.addAll(List.of("claim_question", "claim_terms", "body_tokens_log"));
        return List.copyOf(names);
    }

    /** Counts cue words within a few tokens of a word the claim shares with the sentence. */
    private void countNear(AnalysedText.Sentence sentence, Set<String> claimTerms, int[] counts) {
        String[] stems = sentence.stems();
        boolean[] near = new boolean[stems.length];
        for (int i = 0; i < stems.length; i++) {
            if (stems[i] != null && claimTerms.contains(stems[i])) {
                for (int j = Math.max(0, i - NEAR_WINDOW); j <= Math.min(stems.length - 1, i + NEAR_WINDOW); j++) {
                    near[j] = true;
                }
            }
        }
        for (int i = 0; i < stems.length; i++) {
            if (near[i]) {
                AnalysedText.countCues(sentence.lower()[i], words, counts);
            }
        }
    }

    private static Set<String> introTerms(AnalysedText body) {
        java.util.HashSet<String> terms = new java.util.HashSet<>();
        for (int s = 0; s < Math.min(INTRO_SENTENCES, body.sentences.size()); s++) {
            terms.addAll(body.sentences.get(s).terms());
        }
        return terms;
    }

    private static List<String> stemList(AnalysedText.Sentence sentence) {
        List<String> stems = new ArrayList<>();
        for (String stem : sentence.stems()) {
            if (stem != null) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** Best Jaro-Winkler match in the body for each of the claim's entity-like strings, averaged. */
    private static double entitySimilarity(List<String> claim, List<String> body) {
        if (claim.isEmpty() || body.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String entity : claim) {
            double best = 0;
            for (String other : body) {
                best = Math.max(best, JARO_WINKLER.apply(entity, other));
                if (best == 1) {
                    break;
                }
            }
            sum += best;
        }
        return sum / claim.size();
    }

    private static double countCosine(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<CharSequence, Integer> left = new HashMap<>();
        a.forEach(term -> left.merge(term, 1, Integer::sum));
        Map<CharSequence, Integer> right = new HashMap<>();
        b.forEach(term -> right.merge(term, 1, Integer::sum));
        return COSINE.cosineSimilarity(left, right);
    }

    /** One character per term, so that Commons Text's character algorithms work on terms. */
    private static String encode(List<String> terms, Map<String, Character> codes) {
        StringBuilder encoded = new StringBuilder(terms.size());
        for (String term : terms) {
            encoded.append(codes.computeIfAbsent(term, t -> code(codes.size())));
        }
        return encoded.toString();
    }

    /** The n-th private code: skips the surrogates; terms beyond the last code share it. */
    private static char code(int n) {
        int code = 0x100 + n;
        if (code >= Character.MIN_SURROGATE) {
            code += Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;
        }
        return (char) Math.min(code, 0xFFFD);
    }

    private static double share(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        long inside = part.stream().filter(whole::contains).count();
        return (double) inside / part.size();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Serial
    private Object readResolve() {
        return new StanceFeatureExtractor(space, topicFeatures);
    }
}
