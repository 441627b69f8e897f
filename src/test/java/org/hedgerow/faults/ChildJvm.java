package org.hedgerow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A main class run as a separate process on this test JVM's own java and classpath, as the fault tests need
 * something they can kill with SIGKILL ({@link Process#destroyForcibly()} on Linux) without killing themselves. Its
 * output goes to a log file beside the test's temporary files, named in every failure.
 */
public final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code args}; {@code workDir} holds the classpath file and the log. */
    public static ChildJvm start(String name, Path workDir, String mainClass, List<String> jvmOptions, String... args) {
        try {
            Files.createDirectories(workDir);
            // the classpath in an @argfile: a long classpath on the command line is fragile
            var argFile = workDir.resolve(name + ".args");
            Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                    "-XX:+UseSerialGC"));
            command.addAll(jvmOptions);
            command.add("@" + argFile);
            command.add(mainClass);
            command.addAll(List.of(args));
            var log = workDir.resolve(name + ".log");
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ChildJvm(name, process, log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Waits until {@code ready} holds, failing if the process dies or the time runs out. */
    public Duration awaitReady(Duration limit, BooleanSupplier ready) throws InterruptedException {
        var started = Instant.now();
        var deadline = started.plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            if (ready.getAsBoolean()) {
                return Duration.between(started, Instant.now());
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " was not ready within " + limit + "; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return Files.readString(log);
        }
        catch (IOException ex) {
            return "";
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
