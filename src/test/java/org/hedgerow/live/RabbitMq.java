package org.hedgerow.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;

/**
 * A local RabbitMQ with its STOMP plugin for the relay tests: used if one is listening on 61613, otherwise
 * started from Debian's {@code rabbitmq-server} if it is installed (as {@code .ci/run} does). Where there is
 * none the tests are skipped, except on CI, where that is a failure.
 */
final class RabbitMq {

    static final int STOMP_PORT = 61613;

    private RabbitMq() {
    }

    static synchronized void ensureRunning() throws Exception {
        if (listening()) {
            return;
        }
        if (Files.isExecutable(Path.of("/usr/sbin/rabbitmq-server"))) {
            run("rabbitmq-plugins", "enable", "--offline", "rabbitmq_stomp");
            run("rabbitmq-server", "-detached");
            var deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(deadline)) {
                if (listening()) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        var why = "no RabbitMQ with the STOMP plugin on 127.0.0.1:" + STOMP_PORT
                + " (apt-get install -y rabbitmq-server; rabbitmq-plugins enable rabbitmq_stomp)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why);
        }
        Assumptions.abort(why);
    }

    /** Stops the RabbitMQ application on its node (the broker goes away; the node stays up to start it again). */
    static void stopApp() throws Exception {
        rabbitmqctl("stop_app");
    }

    /** Starts it again and waits until STOMP listens. */
    static void startApp() throws Exception {
        rabbitmqctl("start_app");
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!listening()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("RabbitMQ's STOMP port did not open again after start_app");
            }
            Thread.sleep(200);
        }
    }

    private static void rabbitmqctl(String command) throws Exception {
        var process = new ProcessBuilder("rabbitmqctl", command).inheritIO().start();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("rabbitmqctl " + command + " failed");
        }
    }

    private static boolean listening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", STOMP_PORT), 500);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
