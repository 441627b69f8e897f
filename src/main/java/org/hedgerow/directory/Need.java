package org.hedgerow.directory;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** What a person is looking for help with: loneliness, stress, debt, inactivity, dementia … */
@Node
public record Need(@Id String code, String name) {
}
