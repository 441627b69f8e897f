package org.hedgerow.graphdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A free Bolt port on the loopback address, chosen before the embedded DBMS starts so that the driver can be made
 * while it starts ({@link EmbeddedNeo4jEarlyStart}). The DBMS binds it seconds after it is chosen, so it is chosen
 * below the kernel's ephemeral range (on Linux {@code ip_local_port_range}; 32768 where that cannot be read), from
 * which every request for "any port" is served: in those seconds neither Tomcat on port 0, nor a connection, nor
 * another process asking for any port can be handed this one. Ports the app itself is set to listen on are passed
 * over, and a port counts as free only if it can be bound on 127.0.0.1 (where the DBMS listens) and on every address.
 * When the ephemeral range leaves no room below it, any free port is taken.
 */
final class BoltPort {

    static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 50;
    private static final InetAddress LOOPBACK = InetAddress.ofLiteral(EmbeddedNeo4j.LOOPBACK);

    private BoltPort() {
    }

    /** A free port, none of {@code avoid}. */
    static int choose(Set<Integer> avoid) {
        return choose(ephemeralRangeStart(), new SplittableRandom(), avoid);
    }

    static int choose(int ephemeralRangeStart, RandomGenerator random, Set<Integer> avoid) {
        int highest = Math.min(ephemeralRangeStart, 65_536) - 1;
        if (highest - LOWEST >= 1_000) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int port = random.nextInt(LOWEST, highest + 1);
                if (!avoid.contains(port) && free(port)) {
                    return port;
                }
            }
        }
        return anyFree();
    }

    /**
     * The first port the kernel hands out for "any port". Read as a stream: {@code Files.readString} sizes its read by
     * the file's size, which {@code /proc} gives as 0, and returned only "3" of "32768 60999".
     */
    static int ephemeralRangeStart() {
        try (var range = Files.newBufferedReader(EPHEMERAL_RANGE)) {
            return Integer.parseInt(range.readLine().strip().split("\\s+")[0]);
        }
        catch (IOException | RuntimeException notLinux) {
            return 32_768;
        }
    }

    static boolean free(int port) {
        return bindable(new InetSocketAddress(LOOPBACK, port)) && bindable(new InetSocketAddress(port));
    }

    private static boolean bindable(InetSocketAddress address) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(address, 1);
            return true;
        }
        catch (IOException taken) {
            return false;
        }
    }

    private static int anyFree() {
        try (var socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No free port on the loopback address for the embedded Neo4j", ex);
        }
    }
}
