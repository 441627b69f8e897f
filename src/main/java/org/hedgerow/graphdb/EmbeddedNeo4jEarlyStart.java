package org.hedgerow.graphdb;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded DBMS on a background thread as soon as the application context exists, so that its
 * ~5 s start overlaps Spring's own set-up (scanning, Tomcat) instead of following it. The
 * {@link EmbeddedNeo4jConfiguration} bean then takes the started DBMS. Registered in spring.factories.
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
        var starting = new Starting(properties);
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
        private final CompletableFuture<EmbeddedNeo4j> dbms;
        private final AtomicBoolean taken = new AtomicBoolean();

        Starting(EmbeddedNeo4jProperties properties) {
            this.properties = properties;
            this.dbms = new CompletableFuture<>();
            Thread.ofPlatform().name("embedded-neo4j-start").daemon().start(() -> {
                try {
                    dbms.complete(EmbeddedNeo4j.start(properties));
                }
                catch (Throwable ex) {
                    dbms.completeExceptionally(ex);
                }
            });
        }

        /** The started DBMS, if it was started with these properties; otherwise null. */
        EmbeddedNeo4j take(EmbeddedNeo4jProperties wanted) {
            if (!properties.equals(wanted) || !taken.compareAndSet(false, true)) {
                return null;
            }
            try {
                return dbms.join();
            }
            catch (CompletionException ex) {
                if (ex.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw ex;
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
