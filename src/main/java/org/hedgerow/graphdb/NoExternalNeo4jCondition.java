package org.hedgerow.graphdb;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code spring.neo4j.uri} (or {@code NEO4J_URI}, mapped onto it in application.yml) is empty.
 */
class NoExternalNeo4jCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return externalNeo4jConfigured(context.getEnvironment())
                ? ConditionOutcome.noMatch("an external Neo4j is configured at "
                        + context.getEnvironment().getProperty("spring.neo4j.uri"))
                : ConditionOutcome.match("no external Neo4j configured (spring.neo4j.uri is empty)");
    }

    static boolean externalNeo4jConfigured(PropertyResolver environment) {
        return StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
    }
}
