package org.hedgerow.connections;

/** An introduction was declined. Published after the change commits; ids only. */
public record IntroductionDeclined(String introductionId, String fromOrganiserId, String toOrganiserId) {
}
