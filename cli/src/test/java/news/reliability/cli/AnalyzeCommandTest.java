package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

class AnalyzeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** Exit code, standard error and the parsed report (or null) of one {@code analyze} run. */
    private record Run(int exitCode, String err, JsonNode report) {
    }

    private Run analyze(Path... files) throws IOException {
        Path out = dir.resolve("out/report.json");
        Files.deleteIfExists(out);
        List<String> args = new ArrayList<>(List.of("analyze", "--json", out.toString()));
        for (Path file : files) {
            args.add(file.toString());
        }
        CommandLine commandLine = ScorerCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        JsonNode report = Files.exists(out) ? MAPPER.readTree(out.toFile()) : null;
        return new Run(exitCode, err.toString(), report);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Set<String> sourceNames(JsonNode report) {
        Set<String> names = new TreeSet<>();
        report.get("sources").forEach(s -> names.add(s.get("source").asText()));
        return names;
    }

    @Test
    void analyzesEveryFileKind() throws IOException {
        Path txt = write("ledger.txt", "Fire contained.\n\nThe fire burned 12,400 hectares.\n");
        Path html = write("courier.html",
                "<html><head><title>Bridge reopens</title></head><body><p>The bridge reopened.</p></body></html>");
        Path json = write("batch.json", """
                [
                  {"source": "The Daily Ledger", "url": "https://ledger.example/1", "title": "One",
                   "publishedAt": "2026-03-04T09:30:00Z", "text": "First."},
                  {"source": "Courier Weekly", "html": "<p>Second.</p>"}
                ]
                """);
        Path jsonl = write("more.jsonl", """
                {"source": "The Daily Ledger", "url": "https://ledger.example/2", "text": "Third."}

                {"source": "Harbour Post", "publishedAt": "2026-03-04", "text": "Fourth."}
                """);

        Run run = analyze(txt, html, json, jsonl);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode report = run.report();
        for (String key : List.of("modelVersions", "sources", "articles", "stories")) {
            assertTrue(report.has(key), key);
        }
        assertEquals(6, report.get("articles").size());
        assertEquals(5, report.get("sources").size());
        assertEquals(Set.of("ledger", "courier", "The Daily Ledger", "Courier Weekly", "Harbour Post"),
                sourceNames(report));
        List<String> articleSources = new ArrayList<>();
        report.get("articles").forEach(a -> articleSources.add(a.get("source").asText()));
        assertEquals(List.of("ledger", "courier", "The Daily Ledger", "Courier Weekly", "The Daily Ledger",
                "Harbour Post"), articleSources, "articles in input order");
        assertEquals("Bridge reopens", report.get("articles").get(1).get("title").asText());
        assertEquals("2026-03-04T00:00:00Z", report.get("articles").get(5).get("publishedAt").asText());
        assertTrue(report.get("modelVersions").has("stance"));
        report.get("sources").forEach(s -> {
            double score = s.get("score").asDouble();
            assertTrue(s.get("low").asDouble() <= score && score <= s.get("high").asDouble(), s.toString());
        });
    }

    @Test
    void jsonObjectFileIsOneArticle() throws IOException {
        Path json = write("one.json", "{\"source\": \"Solo\", \"text\": \"Only.\"}");
        Run run = analyze(json);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.report().get("articles").size());
        assertEquals(Set.of("Solo"), sourceNames(run.report()));
    }

    @Test
    void writesToStandardOutputWithoutJsonOption() throws IOException {
        Path txt = write("ledger.txt", "Fire contained.");
        var previous = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            exitCode = ScorerCommand.commandLine().execute("analyze", txt.toString());
        } finally {
            System.setOut(previous);
        }
        assertEquals(0, exitCode);
        JsonNode report = MAPPER.readTree(captured.toString(StandardCharsets.UTF_8));
        assertEquals(1, report.get("articles").size());
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown extension", "notes.csv", "a,b\n", "notes.csv"),
                Arguments.of("malformed json", "broken.json", "[\n  {\"source\": \"A\",\n  \"text\": \"x\"\n  oops\n]",
                        "broken.json:4"),
                Arguments.of("json with unknown field", "extra.json",
                        "{\"source\": \"A\", \"text\": \"x\", \"author\": \"Jane\"}", "extra.json"),
                Arguments.of("json array with an invalid article", "invalid.json",
                        "[{\"source\": \"A\", \"text\": \"x\"}, {\"source\": \"B\"}]", "invalid.json [1]: text"),
                Arguments.of("json that is not an object", "scalar.json", "42", "scalar.json"),
                Arguments.of("empty json", "empty.json", "", "empty.json"),
                Arguments.of("malformed jsonl line", "bad.jsonl",
                        "{\"source\": \"A\", \"text\": \"x\"}\n{\"source\": \n", "bad.jsonl:2"),
                Arguments.of("jsonl with bad date", "date.jsonl",
                        "\n\n{\"source\": \"A\", \"text\": \"x\", \"publishedAt\": \"soon\"}\n", "date.jsonl:3: publishedAt"),
                Arguments.of("empty text file", "blank.txt", " \n\n ", "blank.txt"),
                Arguments.of("text file named beyond a source name's length", "s".repeat(210) + ".txt", "Body.",
                        "s".repeat(210) + ".txt: the file name"),
                Arguments.of("text file named by blanks", "  .txt", "Body.", "  .txt: the file name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputFailsNamingTheFile(String name, String fileName, String content, String expectedInErr)
            throws IOException {
        Path good = write("good.txt", "Fine.");
        Path bad = write(fileName, content);
        Run run = analyze(good, bad);
        assertEquals(2, run.exitCode(), "a usage error, not a crash: " + run.err());
        assertTrue(run.err().contains(expectedInErr), run.err());
        assertEquals(null, run.report(), "no report is written on failure");
    }

    @Test
    void missingFileFailsNamingIt() throws IOException {
        Path missing = dir.resolve("nowhere.txt");
        Run run = analyze(missing);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nowhere.txt"), run.err());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void noFilesIsAUsageError() throws IOException {
        Run run = analyze();
        assertNotEquals(0, run.exitCode());
        assertFalse(run.err().isBlank());
    }

    @Test
    void sharedSeedsAreFiveSourcesAndFiveArticles() throws IOException {
        Path seeds = Stream.of(Path.of("..", "..", "shared", "seeds"), Path.of("..", "shared", "seeds"))
                .filter(Files::isDirectory)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(seeds != null, "../shared/seeds is not beside the repository");
        List<Path> files;
        try (Stream<Path> listing = Files.list(seeds)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, files.size(), files.toString());
        Run run = analyze(files.toArray(Path[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(5, run.report().get("articles").size());
        assertEquals(5, run.report().get("sources").size());
    }
}
