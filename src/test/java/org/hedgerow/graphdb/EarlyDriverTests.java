package org.hedgerow.graphdb;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded DBMS starting beside Spring's set-up: its Bolt port is chosen before it starts, so the driver can be
 * made (and with it every bean that holds it) while it is still starting, and connects once it has.
 */
class EarlyDriverTests {

    @TempDir Path store;

    @Test
    void theDriversConnectionDetailsAreMadeWhileTheDbmsIsStillStartingAndItConnectsOnceStarted() throws Exception {
        var properties = new EmbeddedNeo4jProperties(store, 0, DataSize.ofMegabytes(32), true);
        var starting = new EmbeddedNeo4jEarlyStart.Starting(properties);
        // No started DBMS to be had: the details must not ask for one.
        var noStartedDbms = new DefaultListableBeanFactory();
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("earlyStart", starting);

        var details = new EmbeddedNeo4jConfiguration().embeddedNeo4jConnectionDetails(properties,
                beans.getBeanProvider(EmbeddedNeo4jEarlyStart.Starting.class),
                noStartedDbms.getBeanProvider(EmbeddedNeo4j.class), beans);

        assertThat(starting.isDone()).as("the DBMS is still starting (a start takes seconds)").isFalse();
        assertThat(details.getUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(details.getUri().getPort()).isBetween(BoltPort.LOWEST, BoltPort.ephemeralRangeStart() - 1);
        try (var driver = GraphDatabase.driver(details.getUri(), details.getAuthTokenManager());
             var dbms = starting.take(properties)) {
            assertThat(dbms.boltUri()).isEqualTo(details.getUri());
            try (var session = driver.session()) {
                assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void aBoltPortIsChosenBelowTheEphemeralRangeAndFree() throws Exception {
        int ephemeral = BoltPort.ephemeralRangeStart();
        for (int i = 0; i < 20; i++) {
            int port = BoltPort.choose();
            assertThat(port).isBetween(BoltPort.LOWEST, ephemeral - 1);
            assertThat(BoltPort.free(port)).isTrue();
        }
    }

    @Test
    void aTakenPortIsPassedOver() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = taken.getLocalPort();
            assertThat(BoltPort.free(busy)).isFalse();
            int other = busy == 20_000 ? 20_001 : 20_000;
            var draws = new ArrayDeque<>(List.of(busy, other));
            // the busy port is drawn first; within the range asked for, since it stands in for any drawn number
            int chosen = BoltPort.choose(65_536, fixed(draws));
            assertThat(chosen).isEqualTo(other);
        }
    }

    @Test
    void withNoRoomBelowTheEphemeralRangeAnyFreePortIsTaken() throws IOException {
        int port = BoltPort.choose(BoltPort.LOWEST + 10, fixed(new ArrayDeque<>()));
        assertThat(port).isPositive();
        assertThat(BoltPort.free(port)).isTrue();
    }

    /** Draws the given numbers in turn, whatever the bounds. */
    private static RandomGenerator fixed(ArrayDeque<Integer> draws) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int origin, int bound) {
                return draws.removeFirst();
            }
        };
    }
}
