/**
 * The graph database Hedgerow lives in: an embedded Neo4j Community DBMS started in-process (Bolt on
 * 127.0.0.1) unless {@code spring.neo4j.uri} names an external server, and the schema migrations
 * (constraints and indexes) applied to whichever it is before the app takes traffic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Graph database")
@org.jspecify.annotations.NullMarked
package org.hedgerow.graphdb;
