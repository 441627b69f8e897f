package org.hedgerow.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;

import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * The subscribers of {@link LivePushBenchmark}, in a process of their own (each process may hold 20,000 open
 * files here, and 10,000 subscribers plus the server's 10,000 ends would not fit in one). Opens N real STOMP
 * sessions to one topic, says {@code READY n}, and for every {@code activity.capacity} message notes when the
 * last subscriber got it, measured from the message's commit time {@code at}. On the line {@code REPORT} it
 * prints {@code version received slowestMicros} per message and exits.
 */
public final class LivePushSubscribers {

    private static final Map<Long, LongAccumulator> slowest = new ConcurrentHashMap<>();
    private static final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String csrf = args[1];
        int subscribers = Integer.parseInt(args[2]);
        String destination = args[3];

        var client = new WebSocketStompClient(new StandardWebSocketClient());
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] {0, 0});
        client.setInboundMessageSizeLimit(64 * 1024);

        var handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", "XSRF-TOKEN=" + csrf);
        var connect = new StompHeaders();
        connect.add("X-XSRF-TOKEN", csrf);

        var started = System.nanoTime();
        var subscribed = new ArrayList<CompletableFuture<Boolean>>();
        var sessions = new ArrayList<StompSession>();
        for (int i = 0; i < subscribers; i++) {
            var session = client.connectAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), handshake, connect,
                    new StompSessionHandlerAdapter() { }).get(60, TimeUnit.SECONDS);
            sessions.add(session);
            var headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setReceipt("sub-" + i);
            var receipt = new CompletableFuture<Boolean>();
            var subscription = session.subscribe(headers, new Timing());
            subscription.addReceiptTask(() -> receipt.complete(true));
            subscription.addReceiptLostTask(() -> receipt.complete(false));
            subscribed.add(receipt);
        }
        long confirmed = 0;
        for (var receipt : subscribed) {
            if (receipt.get(120, TimeUnit.SECONDS)) {
                confirmed++;
            }
        }
        // The sessions' own state is made: collect it now, so the subscribers' early collections (17-47 ms pauses
        // while that state was young, in a run of 2026-12-06) are not counted as the server's push.
        System.gc();
        System.out.printf("READY %d (connected and subscribed in %.1f s)%n", confirmed,
                (System.nanoTime() - started) / 1e9);
        System.out.flush();

        var commands = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = commands.readLine()) != null && !line.equals("REPORT")) {
            if (line.startsWith("COUNT ")) {
                long version = Long.parseLong(line.substring(6));
                var count = received.get(version);
                System.out.println("COUNT " + (count == null ? 0 : count.get()));
                System.out.flush();
            }
        }
        received.forEach((version, count) -> System.out.println(
                "MESSAGE " + version + " " + count.get() + " " + slowest.get(version).get()));
        System.out.println("END");
        System.out.flush();
        for (var session : sessions) {
            try {
                session.disconnect();
            } catch (RuntimeException ignored) {
                // closing down
            }
        }
        System.exit(0);
    }

    private static final class Timing implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            var arrived = Instant.now();
            // a plain scan rather than a JSON parse: with 10,000 sessions in one process, parsing each copy
            // would cost the subscribers more CPU than the server spends sending it
            var text = new String((byte[]) payload, StandardCharsets.UTF_8);
            if (!text.contains("\"type\":\"activity.capacity\"")) {
                return;
            }
            int at = text.indexOf("\"at\":\"") + 6;
            var committed = Instant.parse(text.substring(at, text.indexOf('"', at)));
            int v = text.lastIndexOf("\"version\":") + 10;
            int end = v;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            long version = Long.parseLong(text.substring(v, end));
            long micros = Duration.between(committed, arrived).toNanos() / 1000;
            slowest.computeIfAbsent(version, key -> new LongAccumulator(Long::max, 0)).accumulate(micros);
            received.computeIfAbsent(version, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    private LivePushSubscribers() {
    }

    static List<String> javaCommand(int port, String csrf, int subscribers, String destination) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A young generation of 1.2 GB from the start: with 10,000 sessions' state to scan, each young collection
        // pauses this load generator 20-40 ms, and a paused subscriber counts as a slow push; at the default sizes
        // that came every 3 s, now every 6 s (2026-12-06; ZGC instead cost the shared cores more than it saved)
        var command = new ArrayList<>(List.of(java, "-Xms2g", "-Xmx2g", "-Xmn1200m", "-XX:+UseParallelGC"));
        // e.g. -Dbenchmark.subscriberJvmFlags="-Xlog:jfr+startup=off -XX:StartFlightRecording=filename=/tmp/s.jfr",
        // to see what the subscribers' side costs on the shared cores (JFR's startup line would go to stdout,
        // where the benchmark expects READY)
        var flags = System.getProperty("benchmark.subscriberJvmFlags", "").trim();
        if (!flags.isEmpty()) {
            command.addAll(List.of(flags.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LivePushSubscribers.class.getName(),
                Integer.toString(port), csrf, Integer.toString(subscribers), destination));
        return command;
    }
}
