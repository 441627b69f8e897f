package org.hedgerow.connections;

/**
 * Why two groups might work together, strongest first. Each kind weighs twice the next, so a suggestion's
 * score (the sum of its reasons' weights) puts one stronger reason above any mix of weaker ones: organisers
 * who already know each other, then referrals already flowing, then a shared venue, then an acquaintance in
 * common, then being in the same locality with something the group does not offer.
 */
public enum ReasonKind {

    /** An organiser of the group knows an organiser of the other: "Gene knows Scott, who runs …". */
    ORGANISERS_KNOW_EACH_OTHER(16),

    /** The group's organisers have referred people to the other's activities: "3 of your referrals went to …". */
    REFERRALS_SENT(8),

    /** Activities of both are held at one venue: "Both meet at …". */
    SHARED_VENUE(4),

    /** Two hops of acquaintance: "Gene knows Amira, who knows Scott, who runs …". */
    ORGANISERS_KNOW_SOMEONE_IN_COMMON(2),

    /** Based in the same locality and running categories the group does not: "Also in Belper, and runs …". */
    SAME_LOCALITY_NEW_CATEGORIES(1);

    private final int weight;

    ReasonKind(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
