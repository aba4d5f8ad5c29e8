package news.reliability.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenLoadRunTest {

    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/ok", exchange -> {
            served.incrementAndGet();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET().build();
    }

    @Test
    void sendsAtTheRateAskedAndMeasuresEveryAnswer() throws InterruptedException {
        OpenLoadRun.Result result = OpenLoadRun.run(client(), List.of(get("/ok")), 200, 1, Duration.ofSeconds(10));
        assertEquals(200, result.sent());
        assertEquals(0, result.errors());
        assertEquals(200, result.latencies().length);
        assertEquals(200, served.get());
        assertTrue(result.seconds() >= 0.9 && result.seconds() < 3, "took " + result.seconds() + " s");
        assertTrue(result.percentile(50) <= result.percentile(99));
        assertTrue(result.percentile(99) <= result.percentile(100));
    }

    @Test
    void latencyCountsFromWhenTheRequestWasDue() throws InterruptedException {
        OpenLoadRun.Result result = OpenLoadRun.run(client(), List.of(get("/slow")), 20, 0.5, Duration.ofSeconds(10));
        assertEquals(10, result.sent());
        assertEquals(0, result.errors());
        assertTrue(result.percentile(50) >= 200, "p50 " + result.percentile(50) + " ms for a 200 ms answer");
    }

    @Test
    void failedAnswersAreErrorsNotLatencies() throws InterruptedException {
        OpenLoadRun.Result result = OpenLoadRun.run(client(), List.of(get("/ok"), get("/broken")), 100, 0.2,
                Duration.ofSeconds(10));
        assertEquals(20, result.sent());
        assertEquals(10, result.errors());
        assertEquals(10, result.latencies().length);
    }

    @Test
    void nothingToSendIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> OpenLoadRun.run(client(), List.of(), 10, 1, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> OpenLoadRun.run(client(), List.of(get("/ok")), 0, 1, Duration.ofSeconds(1)));
    }

    @Test
    void theServiceBenchmarkSendsArticlesOfAboutTwoKilobytes() throws IOException {
        List<String> bodies = EvaluateServiceCommand.articleBodies();
        assertTrue(bodies.size() >= 10, bodies.size() + " articles");
        for (String body : bodies) {
            int bytes = body.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes > 1_500 && bytes < 2_800, bytes + " bytes");
            assertTrue(body.startsWith("{\"source\":"), body.substring(0, 20));
        }
    }
}
