package org.hedgerow.directory;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A kind of activity (walking, singing, gardening, advice …); green ones happen in and with nature. */
@Node
public record Category(@Id String code, String name, boolean green) {
}
