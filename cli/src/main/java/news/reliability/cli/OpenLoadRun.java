package news.reliability.cli;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load run: requests are sent at a fixed rate whatever the answers' speed, and each latency is
 * measured from the moment the request was due, not from when it left. A slow answer therefore cannot hold
 * back the requests behind it and hide their waiting (the "coordinated omission" of closed-loop testers).
 * Requests that fail, answer with a status outside 2xx or do not finish in time count as errors.
 */
final class OpenLoadRun {

    /**
     * What a run measured.
     *
     * @param sent      requests sent
     * @param errors    failed, non-2xx or unfinished requests
     * @param latencies latencies of the successful requests in milliseconds, sorted
     * @param seconds   how long sending took
     */
    record Result(int sent, int errors, double[] latencies, double seconds) {

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * latencies.length);
            return latencies[Math.clamp(rank - 1, 0, latencies.length - 1)];
        }

        double achievedRate() {
            return seconds > 0 ? sent / seconds : 0;
        }
    }

    private OpenLoadRun() {
    }

    /**
     * Sends {@code rate * seconds} requests, taking them in turn from {@code requests}, one every 1/rate
     * seconds, and waits at most {@code drain} for the last answers.
     */
    static Result run(HttpClient client, List<HttpRequest> requests, double rate, double seconds, Duration drain)
            throws InterruptedException {
        if (requests.isEmpty() || !(rate > 0) || !(seconds > 0)) {
            throw new IllegalArgumentException("need requests, a positive rate and a positive duration");
        }
        int total = Math.max(1, (int) Math.round(rate * seconds));
        long interval = Math.round(1e9 / rate);
        long[] latency = new long[total];
        Arrays.fill(latency, -1);
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            client.sendAsync(requests.get(i % requests.size()), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        if (failure == null && response.statusCode() / 100 == 2) {
                            latency[index] = System.nanoTime() - due;
                        } else {
                            errors.incrementAndGet();
                        }
                        done.countDown();
                    });
        }
        double sending = (System.nanoTime() - start) / 1e9;
        boolean finished = done.await(drain.toMillis(), TimeUnit.MILLISECONDS);
        int unfinished = finished ? 0 : (int) done.getCount();
        double[] millis = Arrays.stream(latency.clone()).filter(l -> l >= 0).mapToDouble(l -> l / 1e6).sorted()
                .toArray();
        return new Result(total, errors.get() + unfinished, millis, sending);
    }
}
