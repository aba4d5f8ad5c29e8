package news.reliability.scoring.stance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import news.reliability.scoring.OptionKeys;
import news.reliability.scoring.ml.SerializedModel;
import news.reliability.scoring.ml.ShippedModel;
import news.reliability.scoring.ml.TreeClassifier;

/**
 * Two-stage stance classifier: a tree ensemble first tells related from unrelated pairs, a second one tells
 * agree, disagree and discuss among the related ones (trained on the related pairs, with the rare
 * {@code disagree} oversampled). Probabilities combine the stages: P(agree) = P(related) x P(agree | related).
 *
 * <p>Immutable and safe to share between threads. A small internal cache keeps the analysis of recently seen
 * bodies, so that many claims against one body are cheap.
 */
public final class StanceClassifier implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ObjectInputFilter MODEL_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;news.reliability.scoring.stance.*;news.reliability.scoring.ml.*;smile.**;java.**;!*");
    private static final int BODY_CACHE_SIZE = 256;
    /** The default model's class-path resource, trained on the project's fixtures (see docs/BENCHMARKS.md). */
    public static final String DEFAULT_MODEL = "models/stance-fixtures.model";
    private static final StanceLabel[] RELATED = {StanceLabel.AGREE, StanceLabel.DISAGREE, StanceLabel.DISCUSS};

    private final Properties options;
    private final StanceFeatureExtractor extractor;
    private final TreeClassifier relatedness;
    private final TreeClassifier stance;
    private transient Map<String, AnalysedText> bodyCache = newCache();

    private StanceClassifier(Options options, StanceFeatureExtractor extractor, TreeClassifier relatedness,
                             TreeClassifier stance) {
        this.options = options.toProperties();
        this.extractor = extractor;
        this.relatedness = relatedness;
        this.stance = stance;
    }

    /**
     * Trains the classifier.
     *
     * @param pairs labelled pairs; both related and unrelated pairs, and at least two of agree, disagree and
     *              discuss must occur
     */
    public static StanceClassifier fit(List<StancePair> pairs, Options options) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(options, "options");
        Set<String> texts = new LinkedHashSet<>();
        for (StancePair pair : pairs) {
            texts.add(pair.claim());
            texts.add(pair.body());
        }
        StanceFeatureExtractor extractor = StanceFeatureExtractor.fit(texts, options.minDocumentFrequency(),
                options.topics(), options.topicFeatures(), options.seed());
        double[][] x = featureMatrix(extractor, pairs);
        int[] related = pairs.stream().mapToInt(p -> p.label().related() ? 0 : 1).toArray();
        TreeClassifier relatedness = TreeClassifier.fit(extractor.featureNames(), x, related, options.relatedness());

        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            StanceLabel label = pairs.get(i).label();
            if (label.related()) {
                int copies = label == StanceLabel.DISAGREE ? options.disagreeOversampling() : 1;
                for (int c = 0; c < copies; c++) {
                    rows.add(x[i]);
                    labels.add(label.ordinal());
                }
            }
        }
        shuffle(rows, labels, options.seed());
        TreeClassifier stance = TreeClassifier.fit(extractor.featureNames(), rows.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), options.stance());
        return new StanceClassifier(options, extractor, relatedness, stance);
    }

    /** The feature rows of the pairs, each distinct text analysed once. */
    static double[][] featureMatrix(StanceFeatureExtractor extractor, List<StancePair> pairs) {
        Map<String, AnalysedText> analysed = new ConcurrentHashMap<>();
        pairs.parallelStream().flatMap(p -> java.util.stream.Stream.of(p.claim(), p.body())).distinct()
                .forEach(text -> analysed.computeIfAbsent(text, extractor::analyse));
        return pairs.parallelStream()
                .map(p -> extractor.features(analysed.get(p.claim()), analysed.get(p.body())))
                .toArray(double[][]::new);
    }

    /** The stance of {@code body} toward {@code claim}. */
    public Stance predict(String claim, String body) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(body, "body");
        AnalysedText analysedBody = cache().get(body);
        if (analysedBody == null) {
            analysedBody = extractor.analyse(body);
            cache().put(body, analysedBody);
        }
        return predict(extractor.features(extractor.analyse(claim), analysedBody));
    }

    /**
     * The stance of each pair's body toward its claim (labels of the pairs are ignored), in order; each
     * distinct text is analysed once.
     */
    public List<Stance> predictAll(List<StancePair> pairs) {
        double[][] x = featureMatrix(extractor, pairs);
        return java.util.Arrays.stream(x).parallel().map(this::predict).toList();
    }

    private Stance predict(double[] features) {
        Options o = options();
        double unrelated = relatedness.probabilities(features)[1];
        double[] conditional = stance.probabilities(features);
        double[] probabilities = new double[StanceLabel.values().length];
        for (StanceLabel label : RELATED) {
            probabilities[label.ordinal()] = (1 - unrelated) * conditional[label.ordinal()];
        }
        probabilities[StanceLabel.UNRELATED.ordinal()] = unrelated;
        return new Stance(decide(probabilities, o.relatedThreshold(), o.agreeWeight(), o.disagreeWeight()),
                probabilities);
    }

    /**
     * The label chosen from the four probabilities (in {@link StanceLabel} order): unrelated from
     * {@code relatedThreshold} on, else the related label with the highest weighted probability.
     */
    public static StanceLabel decide(double[] probabilities, double relatedThreshold, double agreeWeight,
                                     double disagreeWeight) {
        if (probabilities[StanceLabel.UNRELATED.ordinal()] >= relatedThreshold) {
            return StanceLabel.UNRELATED;
        }
        double[] weights = {agreeWeight, disagreeWeight, 1.0};
        StanceLabel best = StanceLabel.DISCUSS;
        double bestScore = -1;
        for (StanceLabel label : RELATED) {
            double score = probabilities[label.ordinal()] * weights[label.ordinal()];
            if (score > bestScore) {
                bestScore = score;
                best = label;
            }
        }
        return best;
    }

    /**
     * The same model with other decision settings (related threshold, agree and disagree weights): for tuning
     * on a validation split without retraining.
     */
    public StanceClassifier withDecision(double relatedThreshold, double agreeWeight, double disagreeWeight) {
        Options o = options();
        Options tuned = new Options(o.minDocumentFrequency(), o.topics(), o.topicFeatures(),
                o.disagreeOversampling(), relatedThreshold, agreeWeight, disagreeWeight, o.seed(), o.relatedness(),
                o.stance());
        return new StanceClassifier(tuned, extractor, relatedness, stance);
    }

    /** The options the model was trained with. */
    public Options options() {
        return Options.of(options);
    }

    /** The names of the features, in column order. */
    public List<String> featureNames() {
        return extractor.featureNames();
    }

    /** Importance of each feature to the related/unrelated stage and to the agree/disagree/discuss stage. */
    public double[][] importance() {
        return new double[][] {relatedness.importance(), stance.importance()};
    }

    private Map<String, AnalysedText> cache() {
        return bodyCache;
    }

    private static Map<String, AnalysedText> newCache() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AnalysedText> eldest) {
                return size() > BODY_CACHE_SIZE;
            }
        });
    }

    @Serial
    private Object readResolve() {
        return new StanceClassifier(Options.of(options), extractor, relatedness, stance);
    }

    private static void shuffle(List<double[]> rows, List<Integer> labels, long seed) {
        Random random = new Random(seed);
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Collections.swap(rows, i, j);
            Collections.swap(labels, i, j);
        }
    }

    /** Writes the model. */
    public void write(OutputStream out) throws IOException {
        SerializedModel.write(this, out);
    }

    /** Writes the model to a file, replacing it. */
    public void save(Path file) throws IOException {
        SerializedModel.save(this, file);
    }

    /** The model as bytes (for tests that compare models). */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the stream holds no stance model
     */
    public static StanceClassifier read(InputStream in) throws IOException {
        return SerializedModel.read(in, StanceClassifier.class, MODEL_CLASSES, "stance model");
    }

    /**
     * The product's default model, trained on the project's own fixture pairs with {@link Options#small}
     * (seed 0) and shipped as {@link #DEFAULT_MODEL}; {@code ./scorer train stance --fixtures} remakes it.
     *
     * @throws IllegalStateException when the resource is missing or unreadable
     */
    public static StanceClassifier fixtureDefault() {
        return DEFAULT.get();
    }

    private static final ShippedModel<StanceClassifier> DEFAULT = new ShippedModel<>("/" + DEFAULT_MODEL,
            "./scorer train stance --fixtures --model scoring/src/main/resources/" + DEFAULT_MODEL,
            StanceClassifier::read);

    /** Reads a model saved with {@link #save}. */
    public static StanceClassifier load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Hyperparameters.
     *
     * @param minDocumentFrequency terms in fewer texts are ignored, at least 1
     * @param topics               latent topics, 0 to 500
     * @param topicFeatures        leading topic weights of claim and body used as features, 0 to {@code topics}
     * @param disagreeOversampling copies of each disagree pair in the second stage's training, at least 1
     * @param relatedThreshold     P(unrelated) from which a pair is called unrelated, in (0,1]
     * @param agreeWeight          multiplies P(agree | related) when choosing the label, positive
     * @param disagreeWeight       multiplies P(disagree | related) when choosing the label, positive
     * @param seed                 seed of every random step
     * @param relatedness          the first stage's trees
     * @param stance               the second stage's trees
     */
    public record Options(int minDocumentFrequency, int topics, int topicFeatures, int disagreeOversampling,
                          double relatedThreshold, double agreeWeight, double disagreeWeight, long seed,
                          TreeClassifier.Options relatedness, TreeClassifier.Options stance) {

        private static final String PREFIX = "stance.";
        private static final String RELATED_PREFIX = PREFIX + "related.";
        private static final String STANCE_PREFIX = PREFIX + "stage2.";
        private static final Set<String> KEYS = Set.of("minDocumentFrequency", "topics", "topicFeatures",
                "disagreeOversampling", "relatedThreshold", "agreeWeight", "disagreeWeight", "seed");

        public Options {
            Objects.requireNonNull(relatedness, "relatedness");
            Objects.requireNonNull(stance, "stance");
            if (minDocumentFrequency < 1 || topics < 0 || topics > 500 || topicFeatures < 0 || topicFeatures > topics
                    || disagreeOversampling < 1) {
                throw new IllegalArgumentException("need minDocumentFrequency >= 1, 0 <= topicFeatures <= topics <= 500,"
                        + " disagreeOversampling >= 1");
            }
            if (!(relatedThreshold > 0 && relatedThreshold <= 1) || !(agreeWeight > 0) || !(disagreeWeight > 0)
                    || Double.isInfinite(agreeWeight) || Double.isInfinite(disagreeWeight)) {
                throw new IllegalArgumentException("need relatedThreshold in (0,1] and finite positive weights");
            }
        }

        /** Settings for FNC-1-sized data (tens of thousands of pairs), tuned on a validation split. */
        public static Options standard(long seed) {
            return new Options(2, 100, 20, 3, 0.5, 1.0, 1.0, seed,
                    new TreeClassifier.Options(TreeClassifier.Algorithm.GRADIENT_BOOSTING, 200, 6, 32, 5, 0.1, 0.8,
                            seed, new int[0]),
                    new TreeClassifier.Options(TreeClassifier.Algorithm.GRADIENT_BOOSTING, 300, 6, 32, 5, 0.1, 0.8,
                            seed, new int[0]));
        }

        /** Settings for a few hundred pairs, such as the project's fixtures. */
        public static Options small(long seed) {
            return new Options(1, 20, 0, 2, 0.5, 1.0, 1.0, seed,
                    new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 200, 8, 64, 2, 1.0, 1.0,
                            seed, new int[0]),
                    new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 200, 8, 64, 2, 1.0, 1.0,
                            seed, new int[0]));
        }

        /**
         * Reads options under the {@code stance.} keys (the stages' trees under {@code stance.related.ml.tree.}
         * and {@code stance.stage2.ml.tree.}), starting from {@link #standard}; unknown keys are refused.
         */
        public static Options of(Properties properties) {
            Options d = standard(0);
            Properties related = new Properties();
            Properties second = new Properties();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(RELATED_PREFIX)) {
                    related.setProperty(key.substring(RELATED_PREFIX.length()), properties.getProperty(key));
                } else if (key.startsWith(STANCE_PREFIX)) {
                    second.setProperty(key.substring(STANCE_PREFIX.length()), properties.getProperty(key));
                } else if (key.startsWith(PREFIX) && !KEYS.contains(key.substring(PREFIX.length()))) {
                    throw new IllegalArgumentException("unknown option: " + key);
                }
            }
            for (Properties stage : List.of(related, second)) {
                for (String key : stage.stringPropertyNames()) {
                    if (!key.startsWith("ml.tree.")) {
                        throw new IllegalArgumentException("unknown option: " + key);
                    }
                }
            }
            return new Options(
                    OptionKeys.integer(properties, PREFIX + "minDocumentFrequency", d.minDocumentFrequency),
                    OptionKeys.integer(properties, PREFIX + "topics", d.topics),
                    OptionKeys.integer(properties, PREFIX + "topicFeatures", d.topicFeatures),
                    OptionKeys.integer(properties, PREFIX + "disagreeOversampling", d.disagreeOversampling),
                    OptionKeys.number(properties, PREFIX + "relatedThreshold", d.relatedThreshold),
                    OptionKeys.number(properties, PREFIX + "agreeWeight", d.agreeWeight),
                    OptionKeys.number(properties, PREFIX + "disagreeWeight", d.disagreeWeight),
                    OptionKeys.longInteger(properties, PREFIX + "seed", d.seed),
                    related.isEmpty() ? d.relatedness : TreeClassifier.Options.of(merged(d.relatedness, related)),
                    second.isEmpty() ? d.stance : TreeClassifier.Options.of(merged(d.stance, second)));
        }

        public Properties toProperties() {
            Properties p = new Properties();
            p.setProperty(PREFIX + "minDocumentFrequency", Integer.toString(minDocumentFrequency));
            p.setProperty(PREFIX + "topics", Integer.toString(topics));
            p.setProperty(PREFIX + "topicFeatures", Integer.toString(topicFeatures));
            p.setProperty(PREFIX + "disagreeOversampling", Integer.toString(disagreeOversampling));
            p.setProperty(PREFIX + "relatedThreshold", Double.toString(relatedThreshold));
            p.setProperty(PREFIX + "agreeWeight", Double.toString(agreeWeight));
            p.setProperty(PREFIX + "disagreeWeight", Double.toString(disagreeWeight));
            p.setProperty(PREFIX + "seed", Long.toString(seed));
            relatedness.toProperties().forEach((k, v) -> p.setProperty(RELATED_PREFIX + k, (String) v));
            stance.toProperties().forEach((k, v) -> p.setProperty(STANCE_PREFIX + k, (String) v));
            return p;
        }

        /** The options as {@code key=value} lines, sorted (for reports). */
        public String describe() {
            StringWriter out = new StringWriter();
            toProperties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                    .forEach(line -> out.append(line).append('\n'));
            return out.toString();
        }

        private static Properties merged(TreeClassifier.Options defaults, Properties overrides) {
            Properties p = defaults.toProperties();
            p.putAll(overrides);
            return p;
        }

        /** Reads options from {@code key=value} text in the {@link Properties} format. */
        public static Options parse(String text) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return of(p);
        }
    }
}
