package org.hedgerow;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

import org.hedgerow.Benchmarks.Latencies;

/**
 * Open-model load: requests are sent at a fixed rate whatever the answers do, as many at once as it takes, and each
 * latency runs from when its request was due, not from when it could be sent, so a slow answer cannot hide the ones
 * queued behind it (no "coordinated omission"). Reports the rate offered and achieved and the latencies.
 */
public final class FixedRateLoad {

    /**
     * @param offered   requests per second asked for
     * @param achieved  successful answers per second, from the first request due to the last answer
     * @param failed    answers other than 2xx, and requests that failed outright
     * @param maxInFlight the most requests outstanding at once
     */
    public record Result(double offered, double achieved, int completed, int failed, int maxInFlight,
                         Latencies latencies, String firstFailure) {

        public String summary() {
            return "offered %.0f/s, achieved %.0f/s, %d ok, %d failed, at most %d in flight, p50 %.1f p95 %.1f p99 %.1f ms%s"
                    .formatted(offered, achieved, completed, failed, maxInFlight, latencies.p50(), latencies.p95(),
                            latencies.p99(), firstFailure == null ? "" : "; first failure: " + firstFailure);
        }
    }

    private FixedRateLoad() {
    }

    /**
     * Sends {@code request.apply(i)} for i = 0, 1, … at {@code perSecond} for {@code duration}; {@code onAnswer} gets
     * each successful answer with the nano time its request was due.
     */
    public static Result run(HttpClient client, double perSecond, Duration duration, IntFunction<HttpRequest> request,
                             BiConsumer<HttpResponse<String>, Long> onAnswer) throws InterruptedException {
        int n = (int) Math.max(1, Math.round(perSecond * duration.toMillis() / 1000.0));
        long[] nanos = new long[n];
        var done = new CountDownLatch(n);
        var failed = new AtomicInteger();
        var inFlight = new AtomicInteger();
        var maxInFlight = new AtomicInteger();
        var lastAnswer = new AtomicLong();
        var firstFailure = new AtomicReference<String>();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                nanos[index] = now - due;
                lastAnswer.accumulateAndGet(now, Math::max);
                if (error != null || response.statusCode() >= 300) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null,
                            error != null ? error.toString() : response.statusCode() + " " + response.body());
                }
                else if (onAnswer != null) {
                    onAnswer.accept(response, due);
                }
                done.countDown();
            });
        }
        if (!done.await(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("answers still outstanding two minutes after the load ended");
        }
        int completed = n - failed.get();
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new Result(perSecond, completed / seconds, completed, failed.get(), maxInFlight.get(), Latencies.of(nanos),
                firstFailure.get());
    }
}
