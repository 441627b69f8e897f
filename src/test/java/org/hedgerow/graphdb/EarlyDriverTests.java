package org.hedgerow.graphdb;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

import org.hedgerow.HedgerowApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded DBMS starting beside Spring's set-up: its Bolt port is chosen before it starts, so the driver, and
 * every bean that holds it, is made while it is still starting; the first to take the started DBMS is the schema's
 * migration, once every singleton is made; and the DBMS closes after everything that uses it.
 */
class EarlyDriverTests {

    @TempDir Path store;

    @Test
    void theDriversConnectionDetailsAreMadeWhileTheDbmsIsStillStartingAndItConnectsOnceStarted() {
        var properties = new EmbeddedNeo4jProperties(store, 0, DataSize.ofMegabytes(32), true);
        var starting = new EmbeddedNeo4jEarlyStart.Starting(properties, Set.of());
        try {
            // No started DBMS to be had: the details must not ask for one.
            var noStartedDbms = new DefaultListableBeanFactory();
            var beans = new DefaultListableBeanFactory();
            beans.registerSingleton("earlyStart", starting);

            var details = new EmbeddedNeo4jConfiguration().embeddedNeo4jConnectionDetails(properties,
                    beans.getBeanProvider(EmbeddedNeo4jEarlyStart.Starting.class),
                    noStartedDbms.getBeanProvider(EmbeddedNeo4j.class), beans);

            assertThat(starting.isDone()).as("the DBMS is still starting (a start takes seconds)").isFalse();
            assertThat(details.getUri().getHost()).isEqualTo("127.0.0.1");
            try (var dbms = starting.take(properties);
                 var driver = GraphDatabase.driver(details.getUri(), details.getAuthTokenManager());
                 var session = driver.session()) {
                assertThat(dbms.boltUri()).isEqualTo(details.getUri());
                assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            }
        }
        finally {
            starting.closeIfNotTaken();
        }
    }

    @Test
    void inTheAppEveryBeanHoldingTheDriverIsMadeBeforeTheDbmsIsTakenAndClosedBeforeIt() {
        var made = new CopyOnWriteArrayList<String>();
        var answeredAtClose = new AtomicReference<Boolean>();
        Set<String> holdingTheDriver;
        try (var app = new SpringApplicationBuilder(HedgerowApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                        @Override
                        public Object postProcessAfterInitialization(Object bean, String name) {
                            made.add(name);
                            return bean;
                        }
                    });
                    ((GenericApplicationContext) context).registerBean("driverUser", DriverUser.class,
                            definition -> definition.getPropertyValues().add("answeredAtClose", answeredAtClose));
                })
                .run("--hedgerow.neo4j.embedded.data-dir=" + store, "--server.port=0", "--spring.neo4j.uri=",
                        "--hedgerow.neo4j.embedded.page-cache=64MB", "--hedgerow.demo.enabled=false")) {
            holdingTheDriver = holders(app.getBeanFactory(), "neo4jDriver");
            holdingTheDriver.retainAll(made); // a @Bean method may make no bean (the broker relay, when not set up)
            assertThat(holdingTheDriver).contains("neo4jClient", "driverUser").hasSizeGreaterThan(10);
            var beforeTheDbms = made.subList(0, made.indexOf("embeddedNeo4j"));
            assertThat(beforeTheDbms).as("made before the started DBMS was taken").containsAll(holdingTheDriver);
            assertThat(made.indexOf("schemaMigrations")).isLessThan(made.indexOf("embeddedNeo4j"));
        }
        assertThat(answeredAtClose.get()).as("the graph still answered as the beans holding the driver closed")
                .isTrue();
    }

    @Test
    void withoutTheEarlyStartTheDbmsStartsInTheContextAndTheDriverConnectsToIt() {
        try (var app = new SpringApplicationBuilder(HedgerowApplication.class)
                .run("--hedgerow.neo4j.embedded.data-dir=" + store, "--server.port=0", "--spring.neo4j.uri=",
                        "--hedgerow.neo4j.embedded.page-cache=64MB", "--hedgerow.demo.enabled=false",
                        "--hedgerow.neo4j.embedded.early-start=false")) {
            assertThat(app.getBeansOfType(EmbeddedNeo4jEarlyStart.Starting.class)).isEmpty();
            var dbms = app.getBean(EmbeddedNeo4j.class);
            try (var session = app.getBean(Driver.class).session()) {
                assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            }
            assertThat(dbms.boltUri().getPort()).isPositive();
        }
    }

    @Test
    void aBoltPortIsChosenBelowTheEphemeralRangeFreeAndNotOneTheAppListensOn() throws Exception {
        int ephemeral = BoltPort.ephemeralRangeStart();
        for (int i = 0; i < 20; i++) {
            int port = BoltPort.choose(Set.of());
            if (ephemeral - BoltPort.LOWEST > 1_000) {
                assertThat(port).isBetween(BoltPort.LOWEST, ephemeral - 1);
            }
            assertThat(BoltPort.free(port)).isTrue();
        }
        int own = freeFrom(20_000);
        int other = freeFrom(own + 1);
        assertThat(BoltPort.choose(65_536, draws(own, other), Set.of(own)))
                .as("a port the app listens on itself is passed over").isEqualTo(other);
    }

    private static int freeFrom(int port) {
        while (!BoltPort.free(port)) {
            port++;
        }
        return port;
    }

    @Test
    void aTakenPortIsPassedOver() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.ofLiteral("127.0.0.1"))) {
            int busy = taken.getLocalPort();
            assertThat(BoltPort.free(busy)).isFalse();
            int other = freeFrom(busy + 1);
            assertThat(BoltPort.choose(65_536, draws(busy, other), Set.of())).isEqualTo(other);
        }
    }

    @Test
    void withNoRoomBelowTheEphemeralRangeAnyFreePortIsTaken() {
        int port = BoltPort.choose(BoltPort.LOWEST + 10, draws(), Set.of());
        assertThat(port).isPositive();
        assertThat(BoltPort.free(port)).isTrue();
    }

    /** Every bean that holds {@code bean}, directly or through others. */
    private static Set<String> holders(ConfigurableListableBeanFactory beans, String bean) {
        var found = new HashSet<String>();
        var next = new ArrayList<>(List.of(beans.getDependentBeans(bean)));
        while (!next.isEmpty()) {
            var name = next.removeLast();
            if (found.add(name)) {
                next.addAll(List.of(beans.getDependentBeans(name)));
            }
        }
        return found;
    }

    /** Draws the given numbers in turn, whatever the bounds. */
    private static RandomGenerator draws(Integer... numbers) {
        var draws = new ArrayDeque<>(List.of(numbers));
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int origin, int bound) {
                return draws.isEmpty() ? origin : draws.removeFirst();
            }
        };
    }

    /** Holds the driver, and asks the graph once more as it is closed. */
    public static class DriverUser implements DisposableBean {

        private final Driver driver;
        private AtomicReference<Boolean> answeredAtClose = new AtomicReference<>();

        public DriverUser(Driver driver) {
            this.driver = driver;
        }

        public void setAnsweredAtClose(AtomicReference<Boolean> answeredAtClose) {
            this.answeredAtClose = answeredAtClose;
        }

        @Override
        public void destroy() {
            try (var session = driver.session()) {
                answeredAtClose.set(session.run("RETURN 1 AS one").single().get("one").asInt() == 1);
            }
            catch (RuntimeException ex) {
                answeredAtClose.set(false);
            }
        }
    }
}
