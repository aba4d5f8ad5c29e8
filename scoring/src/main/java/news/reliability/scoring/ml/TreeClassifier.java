package news.reliability.scoring.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;

import smile.classification.DataFrameClassifier;
import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import smile.model.cart.SplitRule;

import news.reliability.scoring.OptionKeys;

/**
 * A tree-ensemble classifier over numeric features: gradient boosting or random forest, trained with a
 * fixed seed so that the same data and options give the same model.
 *
 * <p>Immutable once fitted and safe to share between threads for prediction. Inputs are not modified.
 */
public final class TreeClassifier implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String LABEL = "label__";

    /** A model file may hold only our model, Smile's and the JDK's classes: nothing else is deserialised. */
    private static final ObjectInputFilter MODEL_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=100;news.reliability.scoring.ml.*;smile.**;java.**;!*");

    /**
     * The learning algorithm. {@code BLEND} averages the class probabilities of a random forest (with all the
     * options) and of gradient boosting with as many trees, the shape of {@link Options#gradientBoosting}
     * (depth 6, 32 leaves, 5 samples a leaf, 80 % subsample) and the options' shrinkage.
     */
    public enum Algorithm {
        GRADIENT_BOOSTING, RANDOM_FOREST, BLEND
    }

    /**
     * Hyperparameters.
     *
     * @param algorithm    gradient boosting or random forest
     * @param trees        number of trees, at least 1
     * @param maxDepth     deepest a tree may grow, at least 2
     * @param maxNodes     most leaves per tree, at least 2
     * @param nodeSize     fewest samples in a leaf, at least 1
     * @param shrinkage    learning rate of gradient boosting, in (0,1]
     * @param subsample    share of samples each tree sees, in (0,1]
     * @param seed         random seed
     * @param classWeights random forest only: weight per class (empty for equal weights)
     * @param mtry         random forest only: features tried at each split (0: the square root of their number,
     *                     Breiman's default)
     */
    public record Options(Algorithm algorithm, int trees, int maxDepth, int maxNodes, int nodeSize,
                          double shrinkage, double subsample, long seed, int[] classWeights, int mtry) {

        private static final String PREFIX = "ml.tree.";
        private static final Set<String> KEYS = Set.of("algorithm", "trees", "maxDepth", "maxNodes", "nodeSize",
                "shrinkage", "subsample", "seed", "classWeights", "mtry");

        /** Options with the default {@code mtry}. */
        public Options(Algorithm algorithm, int trees, int maxDepth, int maxNodes, int nodeSize,
                       double shrinkage, double subsample, long seed, int[] classWeights) {
            this(algorithm, trees, maxDepth, maxNodes, nodeSize, shrinkage, subsample, seed, classWeights, 0);
        }

        public Options {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(classWeights, "classWeights");
            if (mtry < 0) {
                throw new IllegalArgumentException("mtry must be 0 (default) or positive: " + mtry);
            }
            if (trees < 1 || maxDepth < 2 || maxNodes < 2 || nodeSize < 1) {
                throw new IllegalArgumentException("need trees >= 1, maxDepth >= 2, maxNodes >= 2, nodeSize >= 1");
            }
            if (!(shrinkage > 0 && shrinkage <= 1) || !(subsample > 0 && subsample <= 1)) {
                throw new IllegalArgumentException("shrinkage and subsample must be in (0,1]");
            }
            if (Arrays.stream(classWeights).anyMatch(w -> w < 1)) {
                throw new IllegalArgumentException("class weights must be positive");
            }
            classWeights = classWeights.clone();
        }

        /** Gradient boosting with settings that suit a few thousand rows and a few dozen features. */
        public static Options gradientBoosting(long seed) {
            return new Options(Algorithm.GRADIENT_BOOSTING, 200, 6, 32, 5, 0.05, 0.8, seed, new int[0]);
        }

        /** Random forest with settings that suit a few thousand rows and a few dozen features. */
        public static Options randomForest(long seed) {
            return new Options(Algorithm.RANDOM_FOREST, 300, 20, 500, 2, 1.0, 1.0, seed, new int[0]);
        }

        @Override
        public int[] classWeights() {
            return classWeights.clone();
        }

        /** Reads options under the {@code ml.tree.} keys; unknown keys under that prefix are refused. */
        public static Options of(Properties properties) {
            OptionKeys.refuseUnknown(properties, PREFIX, KEYS);
            Options d = gradientBoosting(0);
            String algorithm = properties.getProperty(PREFIX + "algorithm", d.algorithm.name()).strip();
            Algorithm chosen;
            try {
                chosen = Algorithm.valueOf(algorithm.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + "algorithm must be one of "
                        + Arrays.toString(Algorithm.values()) + ": " + algorithm, e);
            }
            String weights = properties.getProperty(PREFIX + "classWeights", "").strip();
            int[] classWeights;
            try {
                classWeights = weights.isEmpty() ? new int[0]
                        : Arrays.stream(weights.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + "classWeights must be whole numbers separated by commas: "
                        + weights, e);
            }
            return new Options(chosen,
                    OptionKeys.integer(properties, PREFIX + "trees", d.trees),
                    OptionKeys.integer(properties, PREFIX + "maxDepth", d.maxDepth),
                    OptionKeys.integer(properties, PREFIX + "maxNodes", d.maxNodes),
                    OptionKeys.integer(properties, PREFIX + "nodeSize", d.nodeSize),
                    OptionKeys.number(properties, PREFIX + "shrinkage", d.shrinkage),
                    OptionKeys.number(properties, PREFIX + "subsample", d.subsample),
                    OptionKeys.longInteger(properties, PREFIX + "seed", d.seed),
                    classWeights,
                    OptionKeys.integer(properties, PREFIX + "mtry", 0));
        }

        public Properties toProperties() {
            Properties p = new Properties();
            p.setProperty(PREFIX + "algorithm", algorithm.name());
            p.setProperty(PREFIX + "trees", Integer.toString(trees));
            p.setProperty(PREFIX + "maxDepth", Integer.toString(maxDepth));
            p.setProperty(PREFIX + "maxNodes", Integer.toString(maxNodes));
            p.setProperty(PREFIX + "nodeSize", Integer.toString(nodeSize));
            p.setProperty(PREFIX + "shrinkage", Double.toString(shrinkage));
            p.setProperty(PREFIX + "subsample", Double.toString(subsample));
            p.setProperty(PREFIX + "seed", Long.toString(seed));
            p.setProperty(PREFIX + "classWeights",
                    String.join(",", Arrays.stream(classWeights).mapToObj(Integer::toString).toList()));
            if (mtry > 0) { // only when set: models trained before the key existed keep their identity
                p.setProperty(PREFIX + "mtry", Integer.toString(mtry));
            }
            return p;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Options o && algorithm == o.algorithm && trees == o.trees
                    && maxDepth == o.maxDepth && maxNodes == o.maxNodes && nodeSize == o.nodeSize
                    && shrinkage == o.shrinkage && subsample == o.subsample && seed == o.seed
                    && Arrays.equals(classWeights, o.classWeights) && mtry == o.mtry;
        }

        @Override
        public int hashCode() {
            return Objects.hash(algorithm, trees, maxDepth, maxNodes, nodeSize, shrinkage, subsample, seed,
                    Arrays.hashCode(classWeights), mtry);
        }

        @Override
        public String toString() {
            return "Options" + toProperties();
        }
    }

    private final DataFrameClassifier model;
    /** The gradient-boosting half of a blend, else null (and absent from models written before blends). */
    private final DataFrameClassifier second;
    private final StructType schema;
    private final List<String> featureNames;
    private final int classCount;

    private TreeClassifier(DataFrameClassifier model, DataFrameClassifier second, StructType schema,
                           List<String> featureNames, int classCount) {
        this.model = model;
        this.second = second;
        this.schema = schema;
        this.featureNames = List.copyOf(featureNames);
        this.classCount = classCount;
    }

    /**
     * Trains a classifier.
     *
     * @param featureNames one name per column of {@code x}
     * @param x            one row of features per sample; every row as long as {@code featureNames}
     * @param y            class per sample, from 0 to k-1; at least two classes must occur
     */
    public static TreeClassifier fit(List<String> featureNames, double[][] x, int[] y, Options options) {
        Objects.requireNonNull(options, "options");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        for (double[] row : x) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("every row needs " + featureNames.size() + " features");
            }
        }
        int classCount = Arrays.stream(y).max().orElse(0) + 1;
        if (Arrays.stream(y).anyMatch(c -> c < 0) || Arrays.stream(y).distinct().count() < 2) {
            throw new IllegalArgumentException("labels must be 0..k-1 with at least two classes present");
        }
        DataFrame features = DataFrame.of(x, featureNames.toArray(String[]::new));
        DataFrame data = features.add(new IntVector(LABEL, y.clone()));
        Formula formula = Formula.lhs(LABEL);
        MathEx.setSeed(options.seed());
        DataFrameClassifier second = null;
        if (options.algorithm() == Algorithm.BLEND) {
            second = GradientTreeBoost.fit(formula, data, new GradientTreeBoost.Options(
                    options.trees(), BLEND_DEPTH, BLEND_LEAVES, BLEND_NODE_SIZE, options.shrinkage(), BLEND_SUBSAMPLE,
                    null, null));
        }
        DataFrameClassifier model = switch (options.algorithm()) {
            case GRADIENT_BOOSTING -> GradientTreeBoost.fit(formula, data, new GradientTreeBoost.Options(
                    options.trees(), options.maxDepth(), options.maxNodes(), options.nodeSize(),
                    options.shrinkage(), options.subsample(), null, null));
            case RANDOM_FOREST, BLEND -> {
                long[] seeds = new java.util.Random(options.seed()).longs(options.trees()).toArray();
                int mtry = options.mtry() > 0 ? Math.min(options.mtry(), featureNames.size())
                        : Math.max(1, (int) Math.floor(Math.sqrt(featureNames.size())));
                int[] weights = options.classWeights().length == 0 ? null : options.classWeights();
                yield RandomForest.fit(formula, data, new RandomForest.Options(options.trees(), mtry, SplitRule.GINI,
                        options.maxDepth(), options.maxNodes(), options.nodeSize(), options.subsample(), weights,
                        seeds, null));
            }
        };
        return new TreeClassifier(model, second, features.schema(), featureNames, classCount);
    }

    private static final int BLEND_DEPTH = 6;
    private static final int BLEND_LEAVES = 32;
    private static final int BLEND_NODE_SIZE = 5;
    private static final double BLEND_SUBSAMPLE = 0.8;

    /** The most probable class of {@code x}. */
    public int predict(double[] x) {
        if (second == null) {
            return model.predict(tuple(x));
        }
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return best;
    }

    /** The probability of each class for {@code x}; sums to 1. */
    public double[] probabilities(double[] x) {
        double[] posteriori = new double[classCount];
        Tuple tuple = tuple(x);
        model.predict(tuple, posteriori);
        if (second != null) {
            double[] other = new double[classCount];
            second.predict(tuple, other);
            for (int c = 0; c < classCount; c++) {
                posteriori[c] = (posteriori[c] + other[c]) / 2;
            }
        }
        return posteriori;
    }

    /** The names of the features, in column order. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The number of classes. */
    public int classCount() {
        return classCount;
    }

    /** Importance of each feature, in column order (higher is more important). */
    public double[] importance() {
        if (second != null) { // a blend: each half's importances as shares, added
            double[] a = normalised(importance(model));
            double[] b = normalised(importance(second));
            double[] sum = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                sum[i] = a[i] + b[i];
            }
            return sum;
        }
        return importance(model);
    }

    private double[] importance(DataFrameClassifier classifier) {
        return switch (classifier) {
            case GradientTreeBoost boost -> boost.importance();
            case RandomForest forest -> forest.importance();
            default -> new double[featureNames.size()];
        };
    }

    private static double[] normalised(double[] values) {
        double total = Arrays.stream(values).sum();
        return total == 0 ? values : Arrays.stream(values).map(v -> v / total).toArray();
    }

    /**
     * A short, stable identity of this model with its {@code settings}: a CRC-32 of the settings (sorted) and of
     * the probability of class 1 on {@value #PROBES} fixed pseudo-random rows, as eight hex digits. Not of the
     * serialised bytes: a forest's bytes carry its training time and sums taken in parallel, so two trainings of
     * the same trees would get two identities; their answers are the same.
     */
    public String fingerprint(Properties settings) {
        CRC32 crc = new CRC32();
        StringBuilder canonical = new StringBuilder();
        settings.stringPropertyNames().stream().sorted()
                .forEach(k -> canonical.append(k).append('=').append(settings.getProperty(k)).append('\n'));
        crc.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        Random random = new Random(PROBE_SEED);
        int width = featureNames.size();
        ByteBuffer answer = ByteBuffer.allocate(Double.BYTES);
        for (int probe = 0; probe < PROBES; probe++) {
            double[] row = new double[width];
            for (int j = 0; j < width; j++) {
                row[j] = switch (random.nextInt(4)) {
                    case 0 -> random.nextDouble();
                    case 1 -> random.nextDouble() * 5;
                    case 2 -> random.nextDouble() * 40;
                    default -> random.nextInt(3);
                };
            }
            answer.clear();
            answer.putLong(Double.doubleToLongBits(probabilities(row)[1])); // one bit pattern for every NaN
            crc.update(answer.array());
        }
        return String.format("%08x", crc.getValue());
    }

    /**
     * "rf-" for a random forest, "gbt-" for gradient boosting, "blend-" for their average, then
     * {@link #fingerprint}: a model's version.
     */
    public String version(Properties settings) {
        return (second != null ? "blend-" : model instanceof RandomForest ? "rf-" : "gbt-") + fingerprint(settings);
    }

    private static final int PROBES = 512;
    private static final long PROBE_SEED = 20261122L;

    private Tuple tuple(double[] x) {
        if (x.length != featureNames.size()) {
            throw new IllegalArgumentException("expected " + featureNames.size() + " features, got " + x.length);
        }
        return Tuple.of(schema, x);
    }

    /** Writes the model. */
    public void write(OutputStream out) throws IOException {
        SerializedModel.write(this, out);
    }

    /** Writes the model to a file, replacing it. */
    public void save(Path file) throws IOException {
        SerializedModel.save(this, file);
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the stream holds no model of this kind
     */
    public static TreeClassifier read(InputStream in) throws IOException {
        return SerializedModel.read(in, TreeClassifier.class, MODEL_CLASSES, "tree classifier");
    }

    /** Reads a model saved with {@link #save}. */
    public static TreeClassifier load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }
}
