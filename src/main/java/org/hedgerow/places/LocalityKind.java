package org.hedgerow.places;

/** How far a locality reaches: a town or neighbourhood, a place (borough or district), or the ICS. */
enum LocalityKind {
    LOCALITY, PLACE, ICS
}
