/**
 * Where things happen: localities nested within places and the ICS, and the venues in them, with their
 * postcodes and access. Anyone may read them; facilitators and those who added a venue change them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
@org.jspecify.annotations.NullMarked
package org.hedgerow.places;
