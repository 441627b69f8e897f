package org.hedgerow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A program a test runs for real (redis-server, nginx) in a process of its own: started, waited for until it
 * answers, measured, and stopped with the test. {@link #freePort()} is the one way the tests pick a loopback port.
 */
public final class LocalProcess implements AutoCloseable {

    private final Process process;

    private LocalProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code program} and waits up to 20 s for {@code ready}; if it stops or does not get ready, it is
     * stopped and the failure carries {@code log} (what the program wrote).
     */
    public static LocalProcess start(String name, ProcessBuilder program, BooleanSupplier ready, Supplier<String> log)
            throws IOException, InterruptedException {
        var started = new LocalProcess(program.start());
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!ready.getAsBoolean()) {
            if (!started.process.isAlive() || Instant.now().isAfter(deadline)) {
                started.close();
                throw new IllegalStateException(name + " did not start: " + log.get());
            }
            Thread.sleep(50);
        }
        return started;
    }

    /** The resident memory of the program and its children, in MiB. */
    public double rssMib() {
        return Installed.rssMib(process.toHandle());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A port free on the loopback address just now. */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
