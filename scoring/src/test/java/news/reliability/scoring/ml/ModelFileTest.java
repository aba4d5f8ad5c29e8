package news.reliability.scoring.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    private static final double[][] ROWS = java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> new double[] {i, i % 7}).toArray(double[][]::new);
    private static final int[] LABELS = java.util.stream.IntStream.range(0, 40).map(i -> i < 20 ? 0 : 1).toArray();
    private static final TreeClassifier CLASSIFIER = TreeClassifier.fit(List.of("x", "y"), ROWS, LABELS,
            TreeClassifier.Options.randomForest(7));

    private static Properties options() {
        Properties options = new Properties();
        options.setProperty("kind.threshold", "0.4");
        options.setProperty("kind.weights", "");
        return options;
    }

    private static byte[] written(String magic, int format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(bytes, magic, format, options(), CLASSIFIER);
        return bytes.toByteArray();
    }

    @Test
    void savedAndReadBackWithOptionsAndTheSameAnswers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nested/kind.model");
        ModelFile.save(file, "kind", 2, options(), CLASSIFIER);
        ModelFile.Contents read = ModelFile.read(Files.newInputStream(file), "kind", 2, "kind model");
        assertEquals(options(), read.options());
        assertEquals(CLASSIFIER.version(options()), read.classifier().version(options()));
        for (double[] row : ROWS) {
            assertEquals(CLASSIFIER.probabilities(row)[1], read.classifier().probabilities(row)[1]);
        }
    }

    @Test
    void anotherKindOrFormatOrGarbageIsRefusedByName() throws IOException {
        byte[] kind = written("kind", 1);
        assertEquals("not a other model", assertThrows(IOException.class, () -> ModelFile.read(
                new ByteArrayInputStream(kind), "other", 1, "other model")).getMessage());
        assertEquals("unsupported kind model format 1", assertThrows(IOException.class, () -> ModelFile.read(
                new ByteArrayInputStream(kind), "kind", 2, "kind model")).getMessage());
        assertEquals("not a kind model", assertThrows(IOException.class, () -> ModelFile.read(
                new ByteArrayInputStream(new byte[] {1}), "kind", 1, "kind model")).getMessage());
    }

    @Test
    void versionsSayTheAlgorithm() {
        assertEquals("rf-", CLASSIFIER.version(options()).substring(0, 3));
        TreeClassifier boosted = TreeClassifier.fit(List.of("x", "y"), ROWS, LABELS,
                TreeClassifier.Options.gradientBoosting(7));
        assertEquals("gbt-", boosted.version(options()).substring(0, 4));
    }
}
