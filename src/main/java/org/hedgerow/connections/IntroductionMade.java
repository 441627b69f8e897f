package org.hedgerow.connections;

/** An introduction was accepted: the two organisers now know each other. Published after the change commits; ids only. */
public record IntroductionMade(String introductionId, String fromOrganiserId, String toOrganiserId) {
}
