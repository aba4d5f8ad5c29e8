package news.reliability.scoring.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class TreeClassifierTest {

    /** Two noisy features; class 1 when x0 + x1 > 1. */
    private static double[][] features(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][2];
        for (double[] row : x) {
            row[0] = random.nextDouble();
            row[1] = random.nextDouble();
        }
        return x;
    }

    private static int[] labels(double[][] x) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] + x[i][1] > 1 ? 1 : 0;
        }
        return y;
    }

    private static TreeClassifier.Options small(TreeClassifier.Algorithm algorithm) {
        return new TreeClassifier.Options(algorithm, 40, 6, 16, 2, 0.1, 0.9, 7, new int[0]);
    }

    @ParameterizedTest
    @EnumSource(TreeClassifier.Algorithm.class)
    void learnsASimpleBoundaryAndGivesProbabilities(TreeClassifier.Algorithm algorithm) {
        double[][] train = features(600, 1);
        TreeClassifier model = TreeClassifier.fit(List.of("a", "b"), train, labels(train), small(algorithm));
        double[][] test = features(300, 2);
        int[] gold = labels(test);
        int correct = 0;
        for (int i = 0; i < test.length; i++) {
            correct += model.predict(test[i]) == gold[i] ? 1 : 0;
            double[] p = model.probabilities(test[i]);
            assertEquals(2, p.length);
            assertEquals(1.0, p[0] + p[1], 1e-9);
        }
        assertTrue(correct / 300.0 > 0.9, "accuracy " + correct / 300.0);
        assertEquals(2, model.importance().length);
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        double[][] train = features(300, 3);
        var options = small(TreeClassifier.Algorithm.RANDOM_FOREST);
        TreeClassifier first = TreeClassifier.fit(List.of("a", "b"), train, labels(train), options);
        TreeClassifier second = TreeClassifier.fit(List.of("a", "b"), train, labels(train), options);
        for (double[] row : features(50, 4)) {
            assertArrayEquals(first.probabilities(row), second.probabilities(row), 1e-12);
        }
    }

    @Test
    void roundTripsThroughAStream() throws IOException {
        double[][] train = features(200, 5);
        TreeClassifier model = TreeClassifier.fit(List.of("a", "b"), train, labels(train),
                small(TreeClassifier.Algorithm.GRADIENT_BOOSTING));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        TreeClassifier copy = TreeClassifier.read(new ByteArrayInputStream(bytes.toByteArray()));
        double[] row = {0.7, 0.6};
        assertArrayEquals(model.probabilities(row), copy.probabilities(row), 1e-12);
        assertEquals(List.of("a", "b"), copy.featureNames());
        assertThrows(IOException.class, () -> TreeClassifier.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> TreeClassifier.fit(List.of("a"),
                new double[][] {{1}, {2}}, new int[] {0, 0}, TreeClassifier.Options.gradientBoosting(1)));
        assertThrows(IllegalArgumentException.class, () -> TreeClassifier.fit(List.of("a", "b"),
                new double[][] {{1}}, new int[] {0}, TreeClassifier.Options.gradientBoosting(1)));
        assertThrows(IllegalArgumentException.class, () -> new TreeClassifier.Options(
                TreeClassifier.Algorithm.RANDOM_FOREST, 0, 6, 16, 2, 0.1, 0.9, 7, new int[0]));
    }

    @Test
    void optionsRoundTripThroughProperties() {
        var options = new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 50, 8, 64, 3, 0.2, 0.7, 11,
                new int[] {1, 5});
        assertEquals(options, TreeClassifier.Options.of(options.toProperties()));
        var properties = options.toProperties();
        properties.setProperty("ml.tree.depth", "3");
        assertThrows(IllegalArgumentException.class, () -> TreeClassifier.Options.of(properties));
    }

    @Test
    void mtryIsAnOptionWrittenOnlyWhenSet() {
        var plain = new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 50, 8, 64, 3, 0.2, 0.7, 11,
                new int[0]);
        assertEquals(0, plain.mtry());
        assertTrue(plain.toProperties().getProperty("ml.tree.mtry") == null, "default mtry is not written");
        var set = new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 50, 8, 64, 3, 0.2, 0.7, 11,
                new int[0], 2);
        assertEquals("2", set.toProperties().getProperty("ml.tree.mtry"));
        assertEquals(set, TreeClassifier.Options.of(set.toProperties()));
        assertTrue(!set.equals(plain));
        assertThrows(IllegalArgumentException.class, () -> new TreeClassifier.Options(
                TreeClassifier.Algorithm.RANDOM_FOREST, 50, 8, 64, 3, 0.2, 0.7, 11, new int[0], -1));
        // more features per split than there are is capped, and changes the forest
        double[][] train = features(300, 8);
        var wide = new TreeClassifier.Options(TreeClassifier.Algorithm.RANDOM_FOREST, 20, 6, 16, 2, 0.1, 0.9, 7,
                new int[0], 9);
        TreeClassifier model = TreeClassifier.fit(List.of("a", "b"), train, labels(train), wide);
        assertEquals(1, model.predict(new double[] {0.9, 0.9}));
    }

    @Test
    void aBlendAveragesAForestAndBoostingAndRoundTrips() throws IOException {
        double[][] train = features(300, 9);
        int[] y = labels(train);
        TreeClassifier blend = TreeClassifier.fit(List.of("a", "b"), train, y, small(TreeClassifier.Algorithm.BLEND));
        TreeClassifier forest = TreeClassifier.fit(List.of("a", "b"), train, y,
                small(TreeClassifier.Algorithm.RANDOM_FOREST));
        var boosting = small(TreeClassifier.Algorithm.BLEND);
        TreeClassifier boosted = TreeClassifier.fit(List.of("a", "b"), train, y, new TreeClassifier.Options(
                TreeClassifier.Algorithm.GRADIENT_BOOSTING, boosting.trees(), 6, 32, 5, boosting.shrinkage(), 0.8,
                boosting.seed(), new int[0]));
        for (double[] row : features(20, 10)) {
            double expected = (forest.probabilities(row)[1] + boosted.probabilities(row)[1]) / 2;
            assertEquals(expected, blend.probabilities(row)[1], 1e-9);
        }
        assertTrue(blend.version(new java.util.Properties()).startsWith("blend-"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        blend.write(bytes);
        TreeClassifier copy = TreeClassifier.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(blend.version(new java.util.Properties()), copy.version(new java.util.Properties()));
        assertEquals(2, copy.importance().length);
    }
}
