package org.hedgerow.activities;

/**
 * Statement fragments by which another module changes how many spaces an activity has left, inside its own
 * statement and transaction: {@code spacesLeft}, {@code version} and {@code changedAt} of an {@code :Activity}
 * are the activity listing's to write, so a module that takes or gives back a space (referral, on accepting,
 * declining or withdrawing) embeds these instead of writing them itself.
 *
 * <p>Each is a unit subquery ({@code CALL (…) { … }}): rows pass through unchanged. Variables each expects in
 * scope are listed with it; every one also reads the parameter {@code $now}, the instant of the change.
 */
public final class ActivitySpaces {

    /**
     * Takes the activity's write lock when {@code locks} is true, so that its spaces left can be read and then
     * changed by {@link #TAKE} or {@link #GIVE_BACK} without another transaction changing them in between.
     * Variables: {@code a} (an {@code :Activity}), {@code locks} (boolean).
     */
    public static final String LOCK = """
            CALL (a, locks) { WITH a WHERE locks SET a._lock = true REMOVE a._lock }""";

    /**
     * Takes one space when {@code takesSpace} is true: {@code spacesLeft} down by one, the version up by one,
     * {@code changedAt} now. The caller holds the {@link #LOCK} and makes it true only when a space is left
     * ({@code a.spacesLeft > 0}): it never goes below 0. Variables: {@code a}, {@code takesSpace} (boolean).
     */
    public static final String TAKE = """
            CALL (a, takesSpace) {
                WITH a WHERE takesSpace
                SET a.spacesLeft = a.spacesLeft - 1, a.version = coalesce(a.version, 0) + 1, a.changedAt = $now
            }""";

    /**
     * Gives one space back when {@code givesSpaceBack} is true: {@code spacesLeft} up by one but never above the
     * capacity, the version up by one, {@code changedAt} now. The caller holds the {@link #LOCK}. Variables:
     * {@code a}, {@code givesSpaceBack} (boolean).
     */
    public static final String GIVE_BACK = """
            CALL (a, givesSpaceBack) {
                WITH a WHERE givesSpaceBack
                SET a.spacesLeft = CASE WHEN a.capacity IS NOT NULL AND a.spacesLeft >= a.capacity
                                        THEN a.capacity ELSE a.spacesLeft + 1 END,
                    a.version = coalesce(a.version, 0) + 1, a.changedAt = $now
            }""";

    private ActivitySpaces() {
    }
}
