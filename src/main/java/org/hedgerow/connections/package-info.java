/**
 * Providers finding each other: suggestions of groups to work with, each with the paths through the
 * network that make it worth a conversation, and introductions that, once accepted, become
 * {@code (:Organiser)-[:KNOWS]->(:Organiser)} edges. Other modules hear of introductions through the
 * public events {@link org.hedgerow.connections.IntroductionRequested},
 * {@link org.hedgerow.connections.IntroductionMade} and {@link org.hedgerow.connections.IntroductionDeclined}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connections")
@org.jspecify.annotations.NullMarked
package org.hedgerow.connections;
