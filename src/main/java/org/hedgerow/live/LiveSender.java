package org.hedgerow.live;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends live messages on one thread, in the order changes were handed over after commit, so each destination
 * hears of changes in commit order and numbers them 1, 2, 3…; a failure to send is logged and never reaches
 * the request that made the change.
 */
@Component
class LiveSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveSender.class);

    private final SimpMessagingTemplate messaging;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        var sender = new Thread(runnable, "live-sender");
        sender.setDaemon(true);
        return sender;
    });
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    LiveSender(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    /** Runs work (look up who to tell, then tell them) on the sender thread, after what was handed over before. */
    void later(String what, Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException failed) {
                log.warn("Live update for {} not sent", what, failed);
            }
        });
    }

    /** To everyone subscribed to a topic. */
    void toTopic(String destination, Instant at, String type, Map<String, Object> data) {
        messaging.convertAndSend(destination, new LiveMessage(next(destination), at, type, data));
    }

    /** To each of these users' own queue (e.g. {@code /queue/referrals}), whichever instance they are on. */
    void toUsers(Collection<String> usernames, String queue, Instant at, String type, Map<String, Object> data) {
        for (var username : usernames) {
            var message = new LiveMessage(next("/user/" + username + queue), at, type, data);
            messaging.convertAndSendToUser(username, queue, message);
        }
    }

    private long next(String destination) {
        return sequences.computeIfAbsent(destination, key -> new AtomicLong()).incrementAndGet();
    }

    /** Waits until everything handed over so far has been sent (tests and benchmarks). */
    void drain() throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        thread.execute(done::countDown);
        done.await(10, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        thread.shutdown();
    }
}
