package news.reliability.scoring.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import news.reliability.scoring.ml.ModelFile;
import news.reliability.scoring.ml.ShippedModel;
import news.reliability.scoring.ml.TreeClassifier;

/**
 * The trained part of quality scoring: a seeded tree ensemble over {@link QualityFeatures} giving the
 * probability that an article is good-quality news, with the options it was trained with and a version derived
 * from its answers ({@link TreeClassifier#fingerprint}), the same for every training on the same data. The
 * shipped model ({@link #standard()}) is trained on the fixtures by {@code ./scorer train quality}.
 *
 * <p>Immutable and thread-safe.
 */
public final class QualityModel {

    private static final String MAGIC = "news.reliability.quality-model";
    private static final int FORMAT = 1;
    static final String DEFAULT_RESOURCE = "/models/quality.model";

    /**
     * Training options.
     *
     * @param tree the tree ensemble's options
     */
    public record Options(TreeClassifier.Options tree) {

        private static final String PREFIX = "quality.";
        private static final Set<String> KEYS = Set.of();

        public Options {
            Objects.requireNonNull(tree, "tree");
        }

        /** The settings of the shipped model: a small random forest suits a hundred-odd examples. */
        public static Options defaults() {
            return new Options(new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 200, 8, 32, 2,
                    1.0, 1.0, 20260601L, new int[0]));
        }

        /** Reads {@code ml.tree.*} keys over the defaults; unknown {@code quality.} keys are refused. */
        public static Options of(Properties properties) {
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(PREFIX) && !KEYS.contains(key.substring(PREFIX.length()))) {
                    throw new IllegalArgumentException("unknown option: " + key);
                }
            }
            Properties tree = defaults().tree().toProperties();
            properties.stringPropertyNames().stream().filter(k -> k.startsWith("ml.tree."))
                    .forEach(k -> tree.setProperty(k, properties.getProperty(k)));
            return new Options(TreeClassifier.Options.of(tree));
        }

        public Properties toProperties() {
            return tree.toProperties();
        }
    }

    private static final ShippedModel<QualityModel> STANDARD =
            new ShippedModel<>(DEFAULT_RESOURCE, "./scorer train quality", QualityModel::read);

    private final TreeClassifier classifier;
    private final Options options;
    private final String version;

    private QualityModel(TreeClassifier classifier, Options options) {
        this.classifier = classifier;
        this.options = options;
        this.version = classifier.version(options.toProperties());
    }

    /** The shipped model, loaded once from the class path. */
    public static QualityModel standard() {
        return STANDARD.get();
    }

    /**
     * Trains a model.
     *
     * @param rows one feature vector per article, in {@link QualityFeatures#names()} order
     * @param good the gold label per article; both labels must occur
     */
    public static QualityModel fit(double[][] rows, boolean[] good, Options options) {
        Objects.requireNonNull(options, "options");
        if (rows.length != good.length) {
            throw new IllegalArgumentException("need one label per row");
        }
        int[] y = new int[good.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = good[i] ? 1 : 0;
        }
        return new QualityModel(TreeClassifier.fit(QualityFeatures.names(), rows, y, options.tree()), options);
    }

    /** Probability in [0,1] that the article with these features is good-quality news. */
    public double score(double[] features) {
        double p = classifier.probabilities(features)[1];
        return Math.max(0, Math.min(1, p));
    }

    public Options options() {
        return options;
    }

    /** "rf-" (or "gbt-") and a checksum of the model's bytes: changes whenever the model does. */
    public String version() {
        return version;
    }

    /** Feature importances by name, for researchers. */
    public java.util.Map<String, Double> importance() {
        java.util.Map<String, Double> importance = new java.util.LinkedHashMap<>();
        double[] values = classifier.importance();
        List<String> names = classifier.featureNames();
        for (int i = 0; i < values.length; i++) {
            importance.put(names.get(i), values[i]);
        }
        return importance;
    }

    /** Writes the model ({@link ModelFile}: a header, its options, then the trees). */
    public void write(OutputStream out) throws IOException {
        ModelFile.write(out, MAGIC, FORMAT, options.toProperties(), classifier);
    }

    public void save(Path file) throws IOException {
        ModelFile.save(file, MAGIC, FORMAT, options.toProperties(), classifier);
    }

    /** Reads a model written by {@link #write}; the feature names must match this code's. */
    public static QualityModel read(InputStream in) throws IOException {
        ModelFile.Contents file = ModelFile.read(in, MAGIC, FORMAT, "quality model");
        Options options;
        try {
            options = Options.of(file.options());
        } catch (IllegalArgumentException e) {
            throw new IOException("bad options in quality model: " + e.getMessage(), e);
        }
        if (!file.classifier().featureNames().equals(QualityFeatures.names())) {
            throw new IOException("the quality model was trained on other features; run ./scorer train quality");
        }
        return new QualityModel(file.classifier(), options);
    }

    public static QualityModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

}
