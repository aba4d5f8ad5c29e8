package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import news.reliability.core.parse.TextParser;

/**
 * The seed articles (../shared/seeds, absent from a fresh clone): their boilerplate lines are flagged and no
 * sentence carrying a fact is. Nothing in the classifier was written for these texts.
 */
class SeedsTest {

    /** A sentence with a fact: at least eight words, a sentence end, and a number or a name inside. */
    private static final Pattern FACT = Pattern.compile(".*(\\d|\\s\\p{Lu}\\p{Ll}+\\s).*[.!?\"”]$");

    private static Path seeds() {
        for (String candidate : List.of("../../shared/seeds", "../shared/seeds", "/work/shared/seeds")) {
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return null;
    }

    private static Set<String> flagged(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return BoilerplateClassifier.standard().classify(new TextParser().parse(text)).stream()
                .filter(v -> !v.isContent()).map(v -> v.block().text().strip()).collect(Collectors.toSet());
    }

    @Test
    void boilerplateOfTheSeedsIsFlaggedAndNoFactIs() throws IOException {
        Path dir = seeds();
        Assumptions.assumeTrue(dir != null, "../shared/seeds not present");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeTrue(files.size() == 5, "expected the five seed articles");
        Set<String> second = flagged(files.get(2));
        for (String line : List.of("#Business #Tech news #Technology", "India: Bihar CM Faces Nationwide Backlash After",
                "UK Rejoins Erasmus+ from 2027, Opening Europe", "Leave a comment",
                "Your email address will not be published. Required fields are marked *")) {
            assertTrue(second.contains(line), "not flagged: " + line + " in " + second);
        }
        Set<String> third = flagged(files.get(3));
        assertTrue(third.contains("Get AI news in your inbox"), third.toString());
        assertTrue(third.contains("Daily digest of what matters in AI."), third.toString());
        for (Path file : files) {
            for (String line : flagged(file)) {
                boolean fact = line.split("\\s+").length >= 8 && FACT.matcher(line).matches();
                assertFalse(fact, file.getFileName() + ": a sentence with a fact was flagged: " + line);
            }
        }
    }
}
