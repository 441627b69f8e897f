/**
 * The network seen whole: how big it is (for anyone curious), and for facilitators its map as a graph of
 * localities, groups, activities, venues and organisers. Its gaps, flows, health and outcomes are the insights
 * module's. Only aggregates leave this module; no participant is identifiable in any of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network map")
@org.jspecify.annotations.NullMarked
package org.hedgerow.network;
