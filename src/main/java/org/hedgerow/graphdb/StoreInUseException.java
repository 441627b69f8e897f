package org.hedgerow.graphdb;

import java.nio.file.Path;

import org.neo4j.io.locker.FileLockException;

/**
 * The embedded store is locked by another process (most often a second Hedgerow on the same data dir).
 */
public class StoreInUseException extends RuntimeException {

    private final Path store;

    StoreInUseException(Path store, Throwable cause) {
        super("The Neo4j store at " + store + " is in use by another process", cause);
        this.store = store;
    }

    public Path store() {
        return store;
    }

    static boolean isCausedByLock(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileLockException
                    || t instanceof org.neo4j.io.pagecache.impl.muninn.swapper.FileLockException) {
                return true;
            }
        }
        return false;
    }
}
