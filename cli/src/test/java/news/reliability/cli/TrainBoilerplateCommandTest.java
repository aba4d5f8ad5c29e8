package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainBoilerplateCommandTest {

    private static String[] run(String... args) {
        return CliRun.run(args);
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
        assertEquals("2", run("train", "boilerplate", "--folds", "1", "--cv-only")[0], "--folds is --cv");
    }
}
