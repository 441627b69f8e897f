package org.hedgerow.faults;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.hedgerow.graphdb.EmbeddedNeo4j;
import org.hedgerow.graphdb.EmbeddedNeo4jProperties;
import org.springframework.util.unit.DataSize;

/**
 * A Neo4j server in a process of its own, for the test where the database goes away: Hedgerow's embedded DBMS on
 * the given store and Bolt port, nothing else. There is no Neo4j server distribution or Docker on the build
 * machines, and to the app this is an external Neo4j like any other (it reaches it through {@code NEO4J_URI}).
 * Prints {@code READY <password>} once Bolt listens.
 */
public final class StandaloneNeo4j {

    private StandaloneNeo4j() {
    }

    static void main(String[] args) throws InterruptedException {
        var dbms = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(Path.of(args[0]), Integer.parseInt(args[1]),
                DataSize.ofMegabytes(64), false));
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::close));
        System.out.println("READY " + dbms.password());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
