package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class TrainBoilerplateCommandTest {

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
    void crossValidatesOverOutletsWithoutWritingAModel() {
        String[] cv = run("train", "boilerplate", "--cv", "2", "--cv-only", "--set", "ml.tree.trees=20");
        assertEquals("0", cv[0], cv[2]);
        assertTrue(cv[1].matches("(?s)cv 2 folds of outlets, with siblings: content blocks P 0\\.\\d{3} R 0\\.\\d{3} "
                + "F1 0\\.\\d{4}; text F1 0\\.\\d{4}; kind accuracy 0\\.\\d{3}\\R"
                + "cv 2 folds of outlets, pages alone: .*text F1 0\\.\\d{4}.*"), cv[1]);
        assertTrue(!cv[1].contains("trained boilerplate model"), cv[1]);
    }

    @Test
    void refusesOneFold() {
        assertEquals("2", run("train", "boilerplate", "--cv", "1", "--cv-only")[0]);
    }
}
