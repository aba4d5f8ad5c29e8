package news.reliability.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import news.reliability.scoring.boilerplate.BoilerplateModel;
import news.reliability.scoring.ml.TreeClassifier;
import news.reliability.scoring.reliability.SourceReliability;

class OptionKeysTest {

    private static Properties of(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }

    private static void refused(Executable read, String... messageParts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
        for (String part : messageParts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }

    @Test
    void readsValuesAndFallsBackWhenAbsent() {
        assertEquals(12, OptionKeys.integer(of("k", " 12 "), "k", 3));
        assertEquals(3, OptionKeys.integer(new Properties(), "k", 3));
        assertEquals(0.4, OptionKeys.number(of("k", "0.4"), "k", 1));
        assertEquals(20250401L, OptionKeys.longInteger(of("k", "20250401"), "k", 0));
        assertTrue(OptionKeys.bool(of("k", "TRUE"), "k", false));
        assertTrue(OptionKeys.bool(new Properties(), "k", true));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsKey() {
        refused(() -> OptionKeys.integer(of("ml.tree.maxDepth", "abc"), "ml.tree.maxDepth", 3),
                "ml.tree.maxDepth", "abc");
        refused(() -> OptionKeys.number(of("t", "0,4"), "t", 1), "t is not a number");
        refused(() -> OptionKeys.longInteger(of("ml.tree.seed", "1e9"), "ml.tree.seed", 0), "ml.tree.seed is not an integer");
        refused(() -> OptionKeys.bool(of("boilerplate.pastes", "yes"), "boilerplate.pastes", true),
                "boilerplate.pastes is not true or false");
    }

    @Test
    void theModelOptionParsersNameTheKeyTheyRefuse() {
        refused(() -> BoilerplateModel.Options.of(of("ml.tree.maxDepth", "abc")), "ml.tree.maxDepth");
        refused(() -> BoilerplateModel.Options.of(of("boilerplate.threshold", "high")), "boilerplate.threshold");
        refused(() -> TreeClassifier.Options.of(of("ml.tree.algorithm", "svm")), "ml.tree.algorithm must be one of");
        refused(() -> TreeClassifier.Options.of(of("ml.tree.classWeights", "1,x")), "ml.tree.classWeights");
    }
}
