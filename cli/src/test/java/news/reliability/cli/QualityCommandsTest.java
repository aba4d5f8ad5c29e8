package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import news.reliability.scoring.quality.QualityEvaluation;
import news.reliability.scoring.quality.QualityModel;

class QualityCommandsTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        CommandLine commandLine = ScorerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new String[]{Integer.toString(exitCode), out.toString(), err.toString()};
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
}
