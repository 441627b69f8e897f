package org.hedgerow;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's redis-server on its own loopback port and temporary directory, nothing saved to disk, for as long as
 * the test runs (skipped where it is not installed, failed on CI).
 */
public final class LocalRedis implements AutoCloseable {

    public final int port;
    private final LocalProcess process;

    private LocalRedis(int port, LocalProcess process) {
        this.port = port;
        this.process = process;
    }

    public static LocalRedis start() throws Exception {
        var program = Installed.program("redis-server", "redis-server");
        var dir = Files.createTempDirectory("hedgerow-redis");
        int port = LocalProcess.freePort();
        var redis = new ProcessBuilder(program.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--logfile", dir.resolve("redis.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.out").toFile());
        return new LocalRedis(port, LocalProcess.start("redis-server", redis, () -> answersPing(port),
                () -> read(dir.resolve("redis.log"))));
    }

    static boolean answersPing(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            var answer = new byte[7];
            int read = socket.getInputStream().read(answer);
            return read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A log file's text, or what kept it from being read. */
    public static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException unreadable) {
            return "(" + log + " unreadable: " + unreadable.getMessage() + ")";
        }
    }

    public double rssMib() {
        return process.rssMib();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
