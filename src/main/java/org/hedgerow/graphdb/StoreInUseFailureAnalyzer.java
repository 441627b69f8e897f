package org.hedgerow.graphdb;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a locked store into a two-line explanation instead of a stack trace.
 */
class StoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<StoreInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreInUseException cause) {
        return new FailureAnalysis(
                "The embedded Neo4j store at " + cause.store() + " is locked by another process "
                        + "(probably another Hedgerow already running on the same data directory).",
                "Stop the other process, or give this one its own store with "
                        + "--hedgerow.neo4j.embedded.data-dir=<dir> (env HEDGEROW_NEO4J_EMBEDDED_DATA_DIR), "
                        + "or point both at one external Neo4j with NEO4J_URI.",
                cause);
    }
}
