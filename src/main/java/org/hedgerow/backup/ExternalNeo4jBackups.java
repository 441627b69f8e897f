package org.hedgerow.backup;

import org.hedgerow.core.ProblemException;
import org.springframework.http.HttpStatus;

/** Backups asked of an app whose graph lives in an external Neo4j: that server's own tools back it up. */
class ExternalNeo4jBackups extends ProblemException {

    static final String NOTE = "Hedgerow is using an external Neo4j (NEO4J_URI), so its graph is backed up by that "
            + "server's own tools: neo4j-admin database dump (Community, database stopped) or neo4j-admin database "
            + "backup (Enterprise, online). See the README's Backups section.";

    ExternalNeo4jBackups() {
        super(HttpStatus.CONFLICT, "backups-external", "Backups are the database server's job", NOTE);
    }
}
