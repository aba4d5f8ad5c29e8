package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

class TruthCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine commandLine = ScorerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void resolvesClaimsAndWritesValuesAndSources() throws IOException {
        Path claims = write("claims.tsv", """
                weight\tvalue\tsource\tobject\tnote
                1\t$10 billion\tHarbour Courier\tinvestment\tx
                0.5\t$10 billion\tDaily Ledger\tinvestment\t
                1\t$50 billion\tValley Post\tinvestment\t"quoted"
                1\tsay "hi"\\tthere\tValley Post\tslogan\t
                """);
        Path out = dir.resolve("r.tsv");
        Path sources = dir.resolve("s.tsv");
        Run run = run("truth", "--claims", claims.toString(), "--out", out.toString(), "--sources", sources.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("object\tvalue\tconfidence\tchosen\tclaims", rows.get(0));
        assertTrue(rows.get(1).startsWith("investment\t$10 billion\t"), rows.get(1));
        assertTrue(rows.get(1).endsWith("\ttrue\t2"), rows.get(1));
        assertTrue(rows.get(2).startsWith("investment\t$50 billion\t"), rows.get(2));
        assertTrue(rows.get(3).startsWith("slogan\tsay \"hi\"\\tthere\t"), rows.get(3));
        List<String> trust = Files.readAllLines(sources);
        assertEquals("source\ttrust\tlow\thigh\tclaims", trust.get(0));
        assertEquals(4, trust.size());
        assertTrue(trust.get(3).startsWith("Valley Post\t") && trust.get(3).endsWith("\t2"), trust.get(3));
    }

    @Test
    void sameInputGivesIdenticalOutput() throws IOException {
        StringBuilder text = new StringBuilder("source\tobject\tvalue\n");
        for (int i = 0; i < 200; i++) {
            text.append("s").append(i % 7).append("\to").append(i % 23).append("\tv").append(i % 3).append('\n');
        }
        Path claims = write("claims.tsv", text.toString());
        run("truth", "--claims", claims.toString(), "--out", dir.resolve("a.tsv").toString(),
                "--sources", dir.resolve("sa.tsv").toString());
        run("truth", "--claims", claims.toString(), "--out", dir.resolve("b.tsv").toString(),
                "--sources", dir.resolve("sb.tsv").toString());
        assertEquals(Files.readString(dir.resolve("a.tsv")), Files.readString(dir.resolve("b.tsv")));
        assertEquals(Files.readString(dir.resolve("sa.tsv")), Files.readString(dir.resolve("sb.tsv")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "source\\tobject\\n|:1: missing column 'value'",
            "source\\tobject\\tvalue\\na\\tb\\tc\\na\\tb\\n|:3: expected 3 tab-separated fields, found 2",
            "source\\tobject\\tvalue\\na\\tb\\t \\n|:2: empty value",
            "source\\tobject\\tvalue\\n\\ta\\tb\\n|:2: empty source",
            "source\\tobject\\tvalue\\tweight\\na\\tb\\tc\\t2\\n|:2: weight must be in (0,1]",
            "source\\tobject\\tvalue\\tweight\\na\\tb\\tc\\tsome\\n|:2: weight is not a number",
            "source\\tobject\\tvalue\\na\\tb\\tc\\n\\na\\tb\\tc\\n|:3: blank line",
            "source\\tobject\\tvalue\\na\\tb\\tc\\\\q\\n|:2: unknown escape",
            "source\\tobject\\tvalue\\n|:2: no claims",
            "''|:1: the file is empty",
            "source\\tsource\\tobject\\tvalue\\n|:1: column 'source' appears twice",
    })
    void badClaimsFilesNameTheLine(String content, String message) throws IOException {
        Path claims = write("bad.tsv", content.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\"));
        Run run = run("truth", "--claims", claims.toString(), "--out", dir.resolve("r.tsv").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(claims + message), run.err());
        assertTrue(Files.notExists(dir.resolve("r.tsv")));
    }

    @Test
    void aOneMegabyteValueIsAnErrorNamingTheLine() throws IOException {
        Path claims = write("huge.tsv", "source\tobject\tvalue\na\tb\tc\na\td\t" + "x".repeat(1 << 20) + "\n");
        Run run = run("truth", "--claims", claims.toString(), "--out", dir.resolve("r.tsv").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(claims + ":3: field 3 is longer than 65536 characters"), run.err());
    }

    @Test
    void escapingRoundTrips() {
        String field = "a\tb\nc\\d\"e'\r";
        assertEquals(List.of(field, "x"), ClaimsTsv.split(Path.of("f"), 1, ClaimsTsv.escape(field) + "\tx"));
    }

    @Test
    void evaluateSaysWhenTheDataIsMissing() {
        Run run = run("evaluate", "truth", "--set", "book", "--data", dir.resolve("nowhere").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the book data set is missing"), run.err());
    }

    @Test
    void evaluateScaleRunsOnASmallSize() {
        Run run = run("evaluate", "truth", "--set", "scale", "--claims", "2000", "--sources", "50", "--runs", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("median of 1 runs"), run.out());
    }
}
