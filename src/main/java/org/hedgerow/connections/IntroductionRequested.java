package org.hedgerow.connections;

/** An organiser asked to be introduced to another. Published after the change commits; ids only. */
public record IntroductionRequested(String introductionId, String fromOrganiserId, String toOrganiserId) {
}
