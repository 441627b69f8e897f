/**
 * Gatherings, the conversation round the fire: a facilitator convenes providers in a place (when, where, which
 * groups are invited), organisers answer yes, no or maybe, and at or after it the connections made there are
 * recorded as introductions ({@code connections}) and the plans as noticeboard posts ({@code noticeboard}), both
 * carrying the gathering. Owns {@code (:Gathering)-[:HELD_IN]->(:Locality)}, {@code -[:AT]->(:Venue)},
 * {@code -[:CONVENED_BY]->(:Account)} and {@code (:Group)-[:INVITED_TO {answer, answeredAt}]->(:Gathering)}.
 * Other modules hear of it through {@link org.hedgerow.gatherings.GatheringConvened} and
 * {@link org.hedgerow.gatherings.GatheringAnswered}, published after the change commits (ids and answers only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gatherings")
@org.jspecify.annotations.NullMarked
package org.hedgerow.gatherings;
