package org.hedgerow.insights;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A count of people or referrals as it may be shown: 0 and 5 or more as numbers, 1 to 4 as {@code "<5"}, so that
 * nobody can be picked out of a small group. Counts of activities, places or capacity are not people and are
 * shown as they are.
 */
record Count(long value) {

    static final String SUPPRESSED = "<5";

    /** Also how a statement's number becomes a count when its row is mapped ({@link org.hedgerow.core.Rows}). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Count of(long value) {
        return new Count(value);
    }

    boolean suppressed() {
        return value >= 1 && value <= 4;
    }

    /** The number, or {@code "<5"}; what JSON and CSV show. */
    @JsonValue
    Object shown() {
        return suppressed() ? SUPPRESSED : value;
    }

    /** In a sentence: "14 referrals", "fewer than 5 referrals". */
    String inWords(String one, String many) {
        if (suppressed()) {
            return "fewer than 5 " + many;
        }
        return value + " " + (value == 1 ? one : many);
    }
}
