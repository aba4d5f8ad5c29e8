package news.reliability.scoring.stance;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import news.reliability.scoring.ml.TruncatedSvd;

/**
 * A vocabulary with inverse document frequencies and latent topics, learned once from a corpus: it turns a
 * list of terms into a unit TF-IDF vector and a unit topic vector (the TF-IDF vector projected on the top
 * singular vectors of the corpus's TF-IDF matrix, as in latent semantic analysis).
 *
 * <p>Immutable and thread-safe. Terms outside the vocabulary are ignored.
 */
final class TermSpace implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> vocabulary;
    private final double[] idf;
    private final float[][] components;

    private TermSpace(Map<String, Integer> vocabulary, double[] idf, float[][] components) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.components = components;
    }

    /**
     * Learns the space from documents given as term lists.
     *
     * @param documents             each document's terms, repeated as often as they occur
     * @param minDocumentFrequency  terms in fewer documents are left out
     * @param topics                number of latent topics (0 for none)
     * @param seed                  seed of the decomposition
     */
    static TermSpace fit(Collection<List<String>> documents, int minDocumentFrequency, int topics, long seed) {
        Objects.requireNonNull(documents, "documents");
        TreeMap<String, Integer> frequency = new TreeMap<>();
        for (List<String> document : documents) {
            for (String term : new LinkedHashSet<>(document)) {
                frequency.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Double> weights = new ArrayList<>();
        int n = documents.size();
        for (Map.Entry<String, Integer> entry : frequency.entrySet()) {
            if (entry.getValue() >= minDocumentFrequency) {
                vocabulary.put(entry.getKey(), vocabulary.size());
                weights.add(Math.log((1.0 + n) / (1.0 + entry.getValue())) + 1);
            }
        }
        double[] idf = weights.stream().mapToDouble(Double::doubleValue).toArray();
        TermSpace withoutTopics = new TermSpace(vocabulary, idf, new float[0][]);
        if (topics == 0 || vocabulary.isEmpty()) {
            return withoutTopics;
        }
        List<SparseVector> rows = new ArrayList<>();
        for (List<String> document : documents) {
            SparseVector row = withoutTopics.tfidf(document);
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        int[][] indices = rows.stream().map(SparseVector::indices).toArray(int[][]::new);
        double[][] values = rows.stream().map(SparseVector::values).toArray(double[][]::new);
        TruncatedSvd.Result svd = TruncatedSvd.fit(indices, values, idf.length, topics, 3, seed);
        float[][] components = new float[svd.components().length][];
        for (int c = 0; c < components.length; c++) {
            double[] component = svd.components()[c];
            components[c] = new float[component.length];
            for (int j = 0; j < component.length; j++) {
                components[c][j] = (float) component[j];
            }
        }
        return new TermSpace(vocabulary, idf, components);
    }

    /** The unit TF-IDF vector of the terms (sub-linear term frequency). */
    SparseVector tfidf(List<String> terms) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String term : terms) {
            Integer index = vocabulary.get(term);
            if (index != null) {
                counts.merge(index, 1, Integer::sum);
            }
        }
        Map<Integer, Double> weights = new HashMap<>();
        counts.forEach((index, count) -> weights.put(index, (1 + Math.log(count)) * idf[index]));
        return SparseVector.normalised(weights);
    }

    /** The unit topic vector of a TF-IDF vector (all zeros when it has no topic weight). */
    double[] topics(SparseVector tfidf) {
        double[] topics = new double[components.length];
        double norm = 0;
        for (int c = 0; c < components.length; c++) {
            float[] component = components[c];
            double sum = 0;
            int[] idx = tfidf.indices();
            double[] val = tfidf.values();
            for (int i = 0; i < idx.length; i++) {
                sum += component[idx[i]] * val[i];
            }
            topics[c] = sum;
            norm += sum * sum;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            for (int c = 0; c < topics.length; c++) {
                topics[c] /= length;
            }
        }
        return topics;
    }

    /** Number of latent topics. */
    int topicCount() {
        return components.length;
    }

    /** Number of terms in the vocabulary. */
    int size() {
        return idf.length;
    }

    /** Whether the term is in the vocabulary. */
    boolean contains(String term) {
        return vocabulary.containsKey(term);
    }

    /** The terms of the vocabulary (for tests and reports). */
    Set<String> terms() {
        return Set.copyOf(vocabulary.keySet());
    }
}
