package news.reliability.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import news.reliability.core.model.Article;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.Source;
import news.reliability.core.parse.ContentDecoder;
import news.reliability.scoring.Analyzer;
import news.reliability.scoring.Pipelines;

/**
 * Side-by-side timing of our extraction (decode, parse, classify, main text), our whole per-article analysis
 * ({@link Analyzer#read}) and Mozilla Readability on node over the same pages, in one run: warm-up pass, then R timed passes each; the median pass is reported per
 * page. Readability and jsdom are installed with npm into a work directory under {@code target/}: never a
 * dependency of the product.
 */
final class ReadabilityComparison {

    private final BoilerplateBenchmark benchmark;
    private final Path workDir;

    ReadabilityComparison(BoilerplateBenchmark benchmark, Path workDir) {
        this.benchmark = benchmark;
        this.workDir = workDir;
    }

    void run(PrintStream out, int pageCount, int runs) throws IOException, InterruptedException {
        List<BoilerplateBenchmark.Page> pages = benchmark.pages().subList(0, Math.min(pageCount, benchmark.pages().size()));
        List<byte[]> bytes = new ArrayList<>();
        for (var page : pages) {
            bytes.add(Files.readAllBytes(page.html()));
        }
        double oursMedian = timePerPage(bytes, runs, benchmark::extract);
        Analyzer analyzer = Pipelines.news();
        Source source = new Source("speed");
        double analysisMedian = timePerPage(bytes, runs, b -> analyzer.read(Article.of(source, Optional.empty(),
                Optional.empty(), Optional.empty(), ContentFormat.HTML, ContentDecoder.decodeHtml(b))));

        install(out);
        Path list = workDir.resolve("pages.txt");
        Files.write(list, pages.stream().map(p -> p.html().toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
        Path script = workDir.resolve("readability-bench.mjs");
        try (InputStream in = ReadabilityComparison.class.getResourceAsStream("readability-bench.mjs")) {
            Files.write(script, in.readAllBytes());
        }
        String result = exec(List.of("node", script.toString(), list.toString(), Integer.toString(runs)), 3600);
        JsonNode json = Json.MAPPER.readTree(result.lines().reduce((a, b) -> b).orElse("{}"));
        double[] theirs = new double[runs];
        for (int r = 0; r < runs; r++) {
            theirs[r] = json.get("runsMs").get(r).asDouble();
        }
        double theirsMedian = median(theirs) / pages.size();
        out.printf(Locale.ROOT, "speed over %d pages, median of %d runs after warm-up:%n", pages.size(), runs);
        out.printf(Locale.ROOT, "  ours (decode+parse+classify+main text, JVM %s): %.2f ms/page%n",
                Runtime.version(), oursMedian);
        out.printf(Locale.ROOT, "  Readability on node %s (jsdom+parse): %.2f ms/page, %d pages without result%n",
                exec(List.of("node", "--version"), 60).strip(), theirsMedian, json.get("empty").asInt());
        out.printf(Locale.ROOT, "  ratio: %.1fx faster%n", theirsMedian / oursMedian);
        out.printf(Locale.ROOT, "  ours, whole per-article analysis (decode, parse, boilerplate, language, sentences, "
                + "entities, claims, quality; pages not in English stop after language): %.2f ms/page, %.1fx faster "
                + "than Readability%n", analysisMedian, theirsMedian / analysisMedian);
    }

    /** Two warm-up passes over all pages, then {@code runs} timed passes; the median pass per page, in ms. */
    private static double timePerPage(List<byte[]> pages, int runs, Consumer<byte[]> work) {
        for (int w = 0; w < 2; w++) {
            pages.forEach(work);
        }
        double[] passes = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            pages.forEach(work);
            passes[r] = (System.nanoTime() - t0) / 1e6;
        }
        return median(passes) / pages.size();
    }

    private void install(PrintStream out) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        if (Files.isDirectory(workDir.resolve("node_modules/@mozilla/readability"))
                && Files.isDirectory(workDir.resolve("node_modules/jsdom"))) {
            return;
        }
        out.println("installing @mozilla/readability and jsdom with npm into " + workDir);
        Files.writeString(workDir.resolve("package.json"), "{\"name\":\"readability-bench\",\"private\":true,\"type\":\"module\"}\n");
        exec(List.of("npm", "install", "--no-audit", "--no-fund", "--silent", "@mozilla/readability", "jsdom"), 900);
    }

    private String exec(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": timed out");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + text);
        }
        return text;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
