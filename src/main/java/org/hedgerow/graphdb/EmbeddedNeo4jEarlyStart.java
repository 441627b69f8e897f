package org.hedgerow.graphdb;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded DBMS on a background thread as soon as the application context exists, so that its 7-8 s
 * start overlaps Spring's own set-up instead of coming before or after it. Its Bolt port is chosen first
 * ({@link BoltPort}), so the driver, and every bean that holds it, is made without waiting for the start; the first
 * to need the started DBMS is {@link SchemaMigrations}, after every singleton is made, and the
 * {@link EmbeddedNeo4jConfiguration} bean takes it then. Registered in spring.factories.
 */
public class EmbeddedNeo4jEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedNeo4jEarlyStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (NoExternalNeo4jCondition.externalNeo4jConfigured(environment)) {
            return;
        }
        var properties = Binder.get(environment)
                .bindOrCreate("hedgerow.neo4j.embedded", EmbeddedNeo4jProperties.class);
        if (!properties.earlyStart()) {
            return;
        }
        // The ports this app will listen on itself are not for Bolt (Tomcat binds its own after the DBMS has started).
        var ownPorts = Stream.of("server.port", "management.server.port")
                .map(name -> environment.getProperty(name, Integer.class, 0)).filter(port -> port > 0)
                .collect(Collectors.toUnmodifiableSet());
        var starting = new Starting(properties, ownPorts);
        var beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, starting);
        // If the context never takes the DBMS (it failed before, or closes), stop it with the context.
        if (beans instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, starting::closeIfNotTaken);
        }
    }

    /** A DBMS on its way up, handed to exactly one taker. */
    static final class Starting {

        private final EmbeddedNeo4jProperties properties;
        private final int boltPort;
        private final CompletableFuture<EmbeddedNeo4j> dbms;
        private final AtomicBoolean taken = new AtomicBoolean();

        Starting(EmbeddedNeo4jProperties properties, Set<Integer> ownPorts) {
            this.properties = properties;
            // The Bolt port is settled before the start, so the driver can be made while the DBMS is still starting.
            this.boltPort = properties.boltPort() != 0 ? properties.boltPort() : BoltPort.choose(ownPorts);
            var starting = new EmbeddedNeo4jProperties(properties.dataDir(), boltPort, properties.pageCache(),
                    properties.earlyStart());
            this.dbms = new CompletableFuture<>();
            Thread.ofPlatform().name("embedded-neo4j-start").daemon().start(() -> {
                try {
                    dbms.complete(EmbeddedNeo4j.start(starting));
                }
                catch (Throwable ex) {
                    dbms.completeExceptionally(ex);
                }
            });
        }

        /** Where the DBMS will listen for Bolt, known before it has started. */
        URI boltUri() {
            return EmbeddedNeo4j.boltUri(boltPort);
        }

        /** Waits for the start and gives the DBMS's password. */
        String password() {
            return started().password();
        }

        boolean startedWith(EmbeddedNeo4jProperties wanted) {
            return properties.equals(wanted);
        }

        /** Whether the start has finished, well or not. */
        boolean isDone() {
            return dbms.isDone();
        }

        /** The started DBMS, if it was started with these properties; otherwise null. */
        EmbeddedNeo4j take(EmbeddedNeo4jProperties wanted) {
            if (!startedWith(wanted) || !taken.compareAndSet(false, true)) {
                return null;
            }
            return started();
        }

        /** Waits for the start: the started DBMS, or what made the start fail. */
        private EmbeddedNeo4j started() {
            try {
                return dbms.join();
            }
            catch (CompletionException ex) {
                throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
            }
        }

        /** Stops the DBMS (waiting for its start to finish first) unless the context took it. */
        void closeIfNotTaken() {
            if (taken.compareAndSet(false, true)) {
                try {
                    dbms.join().close();
                }
                catch (CompletionException ex) {
                    // it never started: nothing to stop
                }
            }
        }
    }
}
