package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.reliability.scoring.quality.QualityEvaluation;
import news.reliability.scoring.quality.QualityModel;

class QualityCommandsTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void trainQualityWritesTheShippedModelAgainAndEvaluatePrintsAuc() throws Exception {
        Path model = dir.resolve("quality.model");
        String[] train = run("train", "quality", "--out", model.toString());
        assertEquals("0", train[0], train[2]);
        assertTrue(train[1].contains("trained quality model rf-"), train[1]);
        QualityModel retrained = QualityModel.load(model);
        assertEquals(QualityModel.standard().options(), retrained.options());
        for (double[] row : QualityEvaluation.rows(QualityData.fixtureExamples().subList(0, 20))) {
            assertEquals(QualityModel.standard().score(row), retrained.score(row), 1e-9);
        }
        String[] evaluate = run("evaluate", "quality", "--folds", "3");
        assertEquals("0", evaluate[0], evaluate[2]);
        assertTrue(evaluate[1].matches("(?s).*3-fold stratified cross-validation \\(seed 1\\).*ROC AUC \\d\\.\\d{3}.*"),
                evaluate[1]);
        assertEquals("2", run("train", "quality", "--out", model.toString(), "--set", "quality.nonsense=1")[0]);
    }

    @Test
    void evaluateQualityCountsSpunFlagsOnNewsBodies() throws Exception {
        Path bodies = dir.resolve("bodies.csv");
        Files.writeString(bodies, "Body ID,articleBody\n"
                + "1,\"The ministry issued a press discharge on Monday, and the stock advertise fell.\"\n"
                + "2,\"The ministry issued a press release on Monday, and the stock market fell.\"\n");
        String[] evaluate = run("evaluate", "quality", "--folds", "2", "--spun-on", bodies.toString());
        assertEquals("0", evaluate[0], evaluate[2]);
        assertTrue(evaluate[1].matches("(?s).*broken collocations on the fixtures: \\d+ flags on 7 of 7 spun articles; "
                + "0 flags on 0 of 99 good articles.*"), evaluate[1]);
        assertTrue(evaluate[1].contains("spun flags on 2 bodies of bodies.csv (26 words): 2 broken collocations"),
                evaluate[1]);
        assertTrue(evaluate[1].contains("1  'press discharge' where news writes 'press release'"), evaluate[1]);
        assertEquals("2", run("evaluate", "quality", "--spun-on", dir.resolve("missing.csv").toString())[0]);
    }
}
