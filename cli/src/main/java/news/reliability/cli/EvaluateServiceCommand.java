package news.reliability.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import news.reliability.core.model.Article;
import news.reliability.fixtures.FixtureCorpus;

/**
 * {@code ./scorer evaluate service}: the SPEC's service targets under loopback load. Without {@code --url} it
 * starts the built API ({@code api/target/quarkus-app}) on a free port with a new embedded database and the
 * demo corpus, as {@code ./scorer serve} does, and stops it afterwards. Two open-loop scenarios
 * ({@link OpenLoadRun}), each after an unreported warm-up: {@code GET /api/v1/sources/{id}} over the stored
 * sources at 1,000 requests a second, and {@code POST /api/v1/analyze} with one article of about 2 KB (the
 * demo corpus's articles of 1.5-2.5 KB, in turn) at 50 a second. Each is run several times; the command
 * prints the percentiles of every run and the median p99 against the target. The load generator runs in this
 * process on the same machine, so the figures include its share of the CPU.
 */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = "Service latency under open-loop loopback load: GET /sources/{id} and POST /analyze.")
final class EvaluateServiceCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL",
            description = "A running service to load (default: start the built API on a free port).")
    URI url;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds per run. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "20",
            description = "Warm-up seconds per scenario, climbing to the rate in four steps. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs per scenario. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--source-rate", defaultValue = "1000",
            description = "GET /sources/{id} requests a second. Default: ${DEFAULT-VALUE}.")
    double sourceRate;

    @Option(names = "--analyze-rate", defaultValue = "50",
            description = "POST /analyze requests a second. Default: ${DEFAULT-VALUE}.")
    double analyzeRate;

    /** The SPEC's targets: p99 of GET /sources/{id} and of POST /analyze, in milliseconds. */
    static final double SOURCE_TARGET_MS = 10;
    static final double ANALYZE_TARGET_MS = 100;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration DRAIN = Duration.ofSeconds(30);
    /**
     * The warm-up climbs to the rate in this many equal steps: a cold JVM sent the full rate at once falls
     * behind while it compiles, and an open-loop queue that has formed takes long to drain.
     */
    private static final int WARMUP_STEPS = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || warmup < 0 || runs < 1 || !(sourceRate > 0) || !(analyzeRate > 0)) {
            throw new ScorerCommand.UsageException("--seconds, --runs and the rates must be positive, --warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        // Two threads complete the answers: the callbacks only record a time, and an unbounded pool would
        // add hundreds of threads to the machine being measured whenever the service falls behind.
        try (ExecutorService completions = Executors.newFixedThreadPool(2);
             HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .executor(completions).connectTimeout(Duration.ofSeconds(5)).build()) {
            return measure(out, client);
        }
    }

    private int measure(PrintWriter out, HttpClient client) throws Exception {
        Process service = null;
        Path data = null;
        boolean finished = false;
        try {
            URI base = url;
            if (url == null) {
                data = Files.createTempDirectory("scorer-service-bench");
                int port = freePort();
                service = start(port, data);
                base = URI.create("http://127.0.0.1:" + port);
                out.printf(Locale.ROOT, "started the API on port %d with a new embedded database in %s%n", port, data);
                out.flush();
            }
            URI root = base;
            List<String> ids = sourceIds(client, root, service);
            List<HttpRequest> gets = ids.stream()
                    .map(id -> HttpRequest.newBuilder(root.resolve("/api/v1/sources/" + id)).GET().build())
                    .toList();
            List<String> bodies = articleBodies();
            List<HttpRequest> posts = bodies.stream()
                    .map(body -> HttpRequest.newBuilder(root.resolve("/api/v1/analyze"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build())
                    .toList();
            double meanBytes = bodies.stream().mapToInt(b -> b.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
            out.printf(Locale.ROOT, "%d processors; load average %.2f at the start%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            scenario(out, client, "GET /api/v1/sources/{id}", gets, sourceRate, SOURCE_TARGET_MS,
                    String.format(Locale.ROOT, "%d stored sources in turn", gets.size()));
            scenario(out, client, "POST /api/v1/analyze", posts, analyzeRate, ANALYZE_TARGET_MS,
                    String.format(Locale.ROOT, "%d articles in turn, mean JSON body %.0f bytes", posts.size(), meanBytes));
            finished = true;
        } finally {
            if (service != null) {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
            if (data != null && finished) {
                deleteTree(data);
            } else if (data != null) {
                spec.commandLine().getErr().println("the service's log is kept in " + data.resolve("service.log"));
            }
        }
        out.flush();
        return 0;
    }

    private void scenario(PrintWriter out, HttpClient client, String name, List<HttpRequest> requests, double rate,
                          double targetMs, String what) throws InterruptedException {
        out.printf(Locale.ROOT, "%n%s at %.0f requests/s (%s); warm-up %.0f s climbing to the rate, then %d runs of %.0f s%n", name, rate,
                what, warmup, runs, seconds);
        out.flush();
        for (int step = 1; warmup > 0 && step <= WARMUP_STEPS; step++) {
            OpenLoadRun.run(client, requests, rate * step / WARMUP_STEPS, warmup / WARMUP_STEPS, DRAIN);
        }
        out.printf(Locale.ROOT, "%-5s %8s %8s %7s %9s %9s %9s %9s %9s%n", "run", "sent", "rate", "errors", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "load");
        double[] p99 = new double[runs];
        int errors = 0;
        for (int run = 0; run < runs; run++) {
            OpenLoadRun.Result result = OpenLoadRun.run(client, requests, rate, seconds, DRAIN);
            p99[run] = result.percentile(99);
            errors += result.errors();
            out.printf(Locale.ROOT, "%-5d %8d %8.1f %7d %9.2f %9.2f %9.2f %9.2f %9.2f%n", run + 1, result.sent(),
                    result.achievedRate(), result.errors(), result.percentile(50), result.percentile(90), p99[run],
                    result.percentile(100), loadAverage());
            out.flush();
        }
        double[] sorted = p99.clone();
        Arrays.sort(sorted);
        double median = sorted[runs / 2];
        out.printf(Locale.ROOT, "median p99 of %d runs: %.2f ms (target: at most %.0f ms): %s; %d errors%n", runs,
                median, targetMs, median <= targetMs && errors == 0 ? "met" : "NOT met", errors);
    }

    /** Starts the built API as {@code ./scorer serve} does, its output in a log file beside the database. */
    private static Process start(int port, Path data) throws IOException {
        return new ProcessBuilder(ServeCommand.serviceCommand(port, data, true)).redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile()).start();
    }

    /** Waits until the service lists its sources and returns their ids (the demo corpus's outlets). */
    private static List<String> sourceIds(HttpClient client, URI base, Process service) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest list = HttpRequest.newBuilder(base.resolve("/api/v1/sources?size=100")).GET().build();
        while (true) {
            if (service != null && !service.isAlive()) {
                throw new IllegalStateException("the service stopped while starting (exit status "
                        + service.exitValue() + ")");
            }
            try {
                HttpResponse<String> response = client.send(list, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode items = Json.MAPPER.readTree(response.body()).path("items");
                    List<String> ids = new ArrayList<>();
                    items.forEach(item -> ids.add(item.path("id").asText()));
                    if (!ids.isEmpty()) {
                        return ids;
                    }
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no sources listed at " + base + " after " + START_TIMEOUT.toMinutes()
                        + " minutes");
            }
            Thread.sleep(500);
        }
    }

    /** One-article analyze requests from the demo corpus's articles of 1.5 to 2.5 KB. */
    static List<String> articleBodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        ObjectWriter compact = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
        for (Article article : FixtureCorpus.demo()) {
            int bytes = article.content().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1_536 || bytes > 2_560) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("source", article.source().name());
            body.put("text", article.content());
            bodies.add(compact.writeValueAsString(body));
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException("the demo corpus has no article of about 2 KB");
        }
        return bodies;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
