package org.hedgerow.core;

/**
 * What one write statement found while it checked, in the same transaction as it wrote, that the thing
 * exists, that the caller may change it and that it was still at the version the caller saw. The statement
 * returns the booleans {@code exists}, {@code mayEdit}, {@code changed} and, where a rule can stop the
 * change, {@code blocked} (mapped with {@link Rows}); {@link #orThrow} turns them into 404, 403 or 409.
 */
public record EditOutcome(boolean exists, boolean mayEdit, boolean blocked, boolean changed) {

    /** 404, 403 or 409, in that order, unless the change was made. */
    public void orThrow(String thing, String id, Long version, String whoMay) {
        orThrow(thing, id, version, whoMay, "");
    }

    /**
     * As {@link #orThrow(String, String, Long, String)}, with why a change the statement reported as
     * {@code blocked} (archiving a venue still in use, say) cannot be made.
     */
    public void orThrow(String thing, String id, Long version, String whoMay, String whyBlocked) {
        if (!exists) {
            throw new NotFoundException("There is no " + thing + " " + id + ".");
        }
        if (!mayEdit) {
            throw new ForbiddenException(whoMay);
        }
        if (blocked) {
            throw new ConflictException(whyBlocked);
        }
        if (!changed) {
            throw new ConflictException("The " + thing + " was changed by someone else since version " + version
                    + "; reload it and try again.");
        }
    }
}
