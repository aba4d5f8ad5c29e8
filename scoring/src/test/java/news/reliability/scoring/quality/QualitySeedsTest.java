package news.reliability.scoring.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.report.ArticleReport;
import news.reliability.core.report.FlagReport;
import news.reliability.scoring.Pipelines;

/**
 * The five seed reports (../shared/seeds; skipped when absent) through the whole pipeline. Sources are the file
 * names; nothing here, nor in the quality code, is written for these texts.
 */
class QualitySeedsTest {

    /** The article made mostly of slogans without checkable facts. */
    private static final String SLOGANS = "003_a78d31467079e84d";
    /** The article whose writer muses in the first person. */
    private static final String MUSING = "004_869a0220320c5c0d";

    private static final Map<String, ArticleReport> reports = new HashMap<>();
    private static final Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void analyseSeeds() throws IOException {
        Optional<Path> seeds = Stream.of(Path.of("../../shared/seeds"), Path.of("../shared/seeds"))
                .filter(Files::isDirectory).findFirst();
        assumeTrue(seeds.isPresent(), "../shared/seeds is not beside the repository");
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".txt", "");
                String text = read(file);
                texts.put(name, text);
                articles.add(Article.of(new Source(name), Optional.empty(), Optional.empty(), Optional.empty(),
                        ContentFormat.TEXT, text));
            }
        }
        Pipelines.news().analyze(articles).articles().forEach(a -> reports.put(a.source(), a));
        assertEquals(5, reports.size());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void repeatedSentencesAreFlaggedAtEveryCopy() {
        boolean anyRepeated = false;
        for (var entry : reports.entrySet()) {
            String text = texts.get(entry.getKey());
            List<FlagReport> repetition = entry.getValue().quality().flags().stream()
                    .filter(f -> f.kind().equals("repetition")).toList();
            for (FlagReport flag : repetition) {
                assertEquals(text.substring(flag.start(), flag.end()), flag.text());
                String sentence = flag.text();
                for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
                    int copy = at;
                    assertTrue(repetition.stream().anyMatch(f -> f.start() == copy),
                            "copy at " + copy + " of: " + sentence);
                }
                assertTrue(flag.reason().matches("sentence repeated \\d+ times.*"), flag.reason());
            }
            anyRepeated |= !repetition.isEmpty();
        }
        assertTrue(anyRepeated, "the article with repeated sentences has repetition flags");
        assertTrue(reports.get(MUSING).quality().flags().stream().filter(f -> f.kind().equals("repetition"))
                .count() >= 4, "two sentences, each twice");
    }

    @Test
    void sloganArticleScoresLowest() {
        String lowest = reports.values().stream().min(Comparator.comparingDouble(r -> r.quality().score()))
                .orElseThrow().source();
        assertEquals(SLOGANS, lowest, scores());
    }

    @Test
    void firstPersonMusingIsFlaggedAsOpinion() {
        assertTrue(reports.get(MUSING).quality().flags().stream().anyMatch(f -> f.kind().equals("opinion")));
        assertFalse(reports.values().stream().filter(r -> !r.source().equals(MUSING))
                .anyMatch(r -> r.quality().flags().stream().anyMatch(f -> f.kind().equals("opinion"))),
                "no other seed muses in the first person");
    }

    @Test
    void noSeedGetsASpunFlag() {
        for (ArticleReport report : reports.values()) {
            List<FlagReport> spun = report.quality().flags().stream().filter(f -> f.kind().equals("spun")).toList();
            assertTrue(spun.isEmpty(), report.source() + ": " + spun);
        }
    }

    private static String scores() {
        StringBuilder b = new StringBuilder();
        reports.values().forEach(r -> b.append(r.source()).append('=').append(r.quality().score()).append(' '));
        return b.toString();
    }
}
