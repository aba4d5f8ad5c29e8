package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import news.reliability.scoring.stance.Stance;
import news.reliability.scoring.stance.StanceClassifier;
import news.reliability.scoring.stance.StancePair;

class StanceCommandsTest {

    /** Fixture cross-validation must not fall below these (raise them freely; lowering needs a reason). */
    private static final double FIXTURE_MACRO_F1_FLOOR = 0.65;

    @TempDir
    static Path dir;

    private static Path model;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = ScorerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @BeforeAll
    static void trainOnFixtures() {
        model = dir.resolve("fixtures.model");
        Run run = run("train", "stance", "--fixtures", "--model", model.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void committedDefaultModelIsWhatRetrainingOnTheFixturesGives() throws IOException {
        StanceClassifier retrained = StanceClassifier.load(model);
        StanceClassifier committed = StanceClassifier.fixtureDefault();
        assertEquals(committed.options(), retrained.options());
        List<StancePair> pairs = StanceData.fixturePairs();
        List<Stance> expected = committed.predictAll(pairs);
        List<Stance> actual = retrained.predictAll(pairs);
        for (int i = 0; i < pairs.size(); i++) {
            assertEquals(expected.get(i).label(), actual.get(i).label(), "pair " + i);
            double[] e = expected.get(i).probabilities();
            double[] a = actual.get(i).probabilities();
            for (int c = 0; c < e.length; c++) {
                assertEquals(e[c], a[c], 1e-9, "pair " + i);
            }
        }
    }

    @Test
    void predictsAndScoresFncFiles() throws IOException {
        Path bodies = write("bodies.csv", "Body ID,articleBody\n"
                + "7,\"The Tallow River bridge reopened to traffic on Saturday, three weeks early, the county said.\n"
                + "Reports that repairs cost 12 million were wrong; they cost 8.5 million.\"\n"
                + "9,\"Storm Edda cut power to 45,000 homes overnight, the grid operator said.\"\n");
        Path stances = write("stances.csv", "Headline,Body ID,Stance\n"
                + "Tallow River bridge reopens early,7,agree\n"
                + "\"Storm Edda cuts power to 45,000 homes\",9,agree\n"
                + "Storm Edda cuts power to homes,7,unrelated\n");
        Path predictions = dir.resolve("p.csv");
        Run predict = run("stance", "--model", model.toString(), "--bodies", bodies.toString(),
                "--stances", stances.toString(), "--out", predictions.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        List<String> lines = Files.readAllLines(predictions);
        assertEquals("Headline,Body ID,Stance", lines.getFirst());
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).startsWith("\"Storm Edda cuts power to 45,000 homes\",9,"), lines.get(2));

        Run evaluate = run("evaluate", "stance", "--bodies", bodies.toString(), "--stances", stances.toString(),
                "--predictions", predictions.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.out().contains("FNC score"), evaluate.out());
        assertTrue(evaluate.out().contains("confusion (rows gold, columns predicted)"), evaluate.out());
        assertTrue(evaluate.out().contains("macro-F1"), evaluate.out());
    }

    @Test
    void malformedCsvIsAUsageErrorNamingFileAndLine() throws IOException {
        Path bodies = write("b.csv", "Body ID,articleBody\n1,Some text.\n");
        Path unknown = write("unknown.csv", "Headline,Body ID,Stance\nA claim,1,agree\nAnother,5,agree\n");
        Run run = run("train", "stance", "--bodies", bodies.toString(), "--stances", unknown.toString(),
                "--model", dir.resolve("m").toString());
        assertEquals(2, run.exitCode());
        assertEquals("scorer: " + unknown + ":3: unknown body id 5 (not in the bodies file)", run.err().strip());

        Path broken = write("broken.csv", "Headline,Body ID,Stance\n\"A claim\nthat never ends,1,agree\n");
        run = run("stance", "--model", model.toString(), "--bodies", bodies.toString(), "--stances",
                broken.toString(), "--out", dir.resolve("p2.csv").toString());
        assertEquals(2, run.exitCode());
        assertEquals("scorer: " + broken + ":2: quoted field opened on this line is never closed", run.err().strip());

        Path missing = write("missing.csv", "Headline,Stance\nA claim,agree\n");
        run = run("evaluate", "stance", "--bodies", bodies.toString(), "--stances", missing.toString(),
                "--predictions", missing.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(missing + ":1: missing column \"Body ID\""), run.err());
    }

    @Test
    void missingModelFileIsAUsageError() {
        Run run = run("stance", "--model", dir.resolve("none").toString(), "--bodies", "b", "--stances", "s",
                "--out", "o");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--model: no such file"), run.err());
    }

    @Test
    void fixtureCrossValidationStaysAboveItsFloor() {
        Run run = run("evaluate", "stance", "--fixtures");
        assertEquals(0, run.exitCode(), run.err());
        Matcher macro = Pattern.compile("macro-F1\\s+([0-9.]+)").matcher(run.out());
        assertTrue(macro.find(), run.out());
        double macroF1 = Double.parseDouble(macro.group(1));
        assertTrue(macroF1 >= FIXTURE_MACRO_F1_FLOOR, "fixture CV macro-F1 " + macroF1 + "\n" + run.out());
    }
}
