package org.hedgerow.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static org.hedgerow.demo.SyntheticReferralWriter.row;

/**
 * Referrals for the synthetic network: each person is referred by a link worker, mostly to an activity of a
 * group based in one of the localities their PCN covers, and some are referred on by the receiving group's
 * organisers, mostly nearby. Chains are skewed like real paths: about 70% stop at the first referral, a few
 * reach six. Steps before the last one got far enough to be referred on from (accepted, attending,
 * completed); the last one has the whole status mix. Completed referrals carry outcomes.
 *
 * <p>Rows are made chain by chain from one random sequence, so the same seed, network size and count always
 * give the same referrals in the same batches (whole chains, about {@code batchSize} referrals each), which
 * the writer can skip when they are already in the store. Ids: {@code syn-ref-<chain>-<step>}, participants {@code syn-par-<chain>}.
 * Who made an onward referral is left to the writer to find (an organiser of the group that received the
 * step before), because only the store knows which group runs an activity beyond the first of each group.
 */
final class SyntheticReferralGenerator {

    static final String REFERRAL_PREFIX = "syn-ref-";
    static final String PARTICIPANT_PREFIX = "syn-par-";

    /** Cumulative share of chains by number of referrals in them (1 to 6). */
    private static final int[] CHAIN_LENGTH_PER_MILLE = {700, 850, 930, 970, 990, 1000};
    private static final String[] REASONS = {"Feeling isolated since retiring", "Low mood; wants to get out more",
        "Recently bereaved", "Wants to be more active", "New to the area and knows nobody", "Money worries",
        "Carer who needs a break", "Recovering after a hospital stay", "Lost confidence after a fall"};
    private static final String[] ONWARD_REASONS = {"Ready for something new", "Wants to keep going after the course",
        "Asked about something nearer home", "Would enjoy a smaller group"};
    static final String[] DECLINE_REASONS = {"FULL", "NOT_SUITABLE", "NO_CONTACT"};

    /** One batch of whole chains, ready to write; {@code written} counts referrals up to its end. */
    record Batch(List<Map<String, Object>> chains, String firstId, String lastId, int referrals, long written) {
    }

    private final SplittableRandom random;
    private final int activities;
    private final int groups;
    private final int localities;
    private final int pcns;
    private final int linkWorkers;

    SyntheticReferralGenerator(long seed, int activityCount) {
        this.random = new SplittableRandom(seed * 31 + 7);
        this.activities = activityCount;
        this.groups = SyntheticNetworkGenerator.groupsFor(activityCount);
        this.localities = SyntheticNetworkGenerator.localitiesFor(activityCount);
        this.pcns = SyntheticNetworkGenerator.pcnsFor(activityCount);
        this.linkWorkers = SyntheticNetworkGenerator.linkWorkersFor(activityCount);
    }

    /** Makes {@code total} referrals, handing them over in batches of whole chains, about {@code batchSize} each. */
    void generate(long total, int batchSize, Consumer<Batch> batches) {
        long made = 0;
        long chain = 0;
        var chains = new ArrayList<Map<String, Object>>();
        int inBatch = 0;
        String firstId = null;
        while (made < total) {
            int length = (int) Math.min(chainLength(), total - made);
            chains.add(chain(chain, length));
            if (firstId == null) {
                firstId = referralId(chain, 0);
            }
            made += length;
            inBatch += length;
            String lastId = referralId(chain, length - 1);
            chain++;
            if (inBatch >= batchSize || made == total) {
                batches.accept(new Batch(List.copyOf(chains), firstId, lastId, inBatch, made));
                chains.clear();
                inBatch = 0;
                firstId = null;
            }
        }
    }

    static String referralId(long chain, int step) {
        return REFERRAL_PREFIX + chain + "-" + step;
    }

    private int chainLength() {
        int roll = random.nextInt(1000);
        for (int i = 0; i < CHAIN_LENGTH_PER_MILLE.length; i++) {
            if (roll < CHAIN_LENGTH_PER_MILLE[i]) {
                return i + 1;
            }
        }
        return CHAIN_LENGTH_PER_MILLE.length;
    }

    /** One person's chain of referrals. */
    private Map<String, Object> chain(long chain, int length) {
        int worker = random.nextInt(linkWorkers);
        int activity = originActivity(worker);
        // Ending in the last two years or so; each onward step one to eight weeks after the one before.
        long secondsAgo = 86_400L * (1 + random.nextInt(730) + 60L * (length - 1)) + random.nextInt(86_400);
        long firstSecondsAgo = secondsAgo;
        var steps = new ArrayList<Map<String, Object>>(length);
        for (int step = 0; step < length; step++) {
            if (step > 0) {
                activity = onwardActivity(activity);
                secondsAgo = Math.max(60, secondsAgo - 86_400L * (7 + random.nextInt(50)) - random.nextInt(86_400));
            }
            String status = step < length - 1 ? onwardFromStatus() : lastStatus();
            long updatedSecondsAgo = Math.max(0, secondsAgo - 86_400L * random.nextInt(30));
            String declineReason = "DECLINED".equals(status) ? DECLINE_REASONS[random.nextInt(DECLINE_REASONS.length)] : null;
            Map<String, Object> outcomes = "COMPLETED".equals(status) ? outcomes() : Map.of();
            String reason = step == 0 ? REASONS[random.nextInt(REASONS.length)]
                    : ONWARD_REASONS[random.nextInt(ONWARD_REASONS.length)];
            steps.add(row("id", referralId(chain, step), "from", step == 0 ? null : referralId(chain, step - 1),
                        "activity", SyntheticNetworkGenerator.ACTIVITY_PREFIX + activity, "status", status,
                        "version", version(status), "reason", reason, "declineReason", declineReason,
                        "outcomes", outcomes, "createdSecondsAgo", secondsAgo, "updatedSecondsAgo", updatedSecondsAgo));
        }
        return row("participant", PARTICIPANT_PREFIX + chain,
                "reference", "SYN-" + Long.toString(chain, 36).toUpperCase(java.util.Locale.ROOT),
                "linkWorker", SyntheticNetworkGenerator.LINK_WORKER_PREFIX + worker,
                "linkWorkerName", "Link worker " + worker,
                "consentSecondsAgo", firstSecondsAgo + 600, "steps", steps);
    }

    /** Three in four: the first activity of a group based where the link worker's PCN works; else anywhere. */
    private int originActivity(int worker) {
        int pcn = (int) ((long) worker * pcns / linkWorkers);
        int first = (int) ((long) pcn * localities / pcns);
        int last = Math.max(first + 1, (int) ((long) (pcn + 1) * localities / pcns));
        int locality = first + random.nextInt(last - first);
        if (random.nextInt(4) == 0) {
            return random.nextInt(activities);
        }
        return groupIn(locality);
    }

    /** Three in five: a group in the same or a neighbouring locality (when the activity's group is known). */
    private int onwardActivity(int from) {
        boolean nearby = random.nextInt(5) < 3;
        int shift = random.nextInt(3) - 1;
        if (nearby && from < groups) {
            int locality = (int) ((long) from * localities / groups);
            int near = Math.min(localities - 1, Math.max(0, locality + shift));
            int to = groupIn(near);
            return to == from ? (to + 1) % groups : to;
        }
        int to = random.nextInt(activities);
        return to == from ? (to + 1) % activities : to;
    }

    /** A group based in the locality, chosen at random; its first activity has the group's own number. */
    private int groupIn(int locality) {
        int first = (int) Math.ceil((double) locality * groups / localities);
        int end = (int) Math.ceil((double) (locality + 1) * groups / localities);
        int pick = end > first ? first + random.nextInt(end - first) : first;
        return Math.min(groups - 1, pick);
    }

    /** A step someone was referred on from got going: accepted, attending or completed. */
    private String onwardFromStatus() {
        int roll = random.nextInt(100);
        return roll < 60 ? "COMPLETED" : roll < 85 ? "ATTENDING" : "ACCEPTED";
    }

    private String lastStatus() {
        int roll = random.nextInt(100);
        return roll < 10 ? "SENT" : roll < 20 ? "ACCEPTED" : roll < 35 ? "ATTENDING" : roll < 80 ? "COMPLETED"
                : roll < 92 ? "DECLINED" : "WITHDRAWN";
    }

    /** How many changes got the referral to its status; the version its lifecycle would have given it. */
    static int version(String status) {
        return switch (status) {
            case "SENT" -> 0;
            case "ACCEPTED", "DECLINED", "WITHDRAWN" -> 1;
            case "ATTENDING" -> 2;
            default -> 3;
        };
    }

    /** ONS4 at start and end (wellbeing mostly up, anxiety mostly down) and GP appointments before and after. */
    private Map<String, Object> outcomes() {
        int satisfied = 2 + random.nextInt(5);
        int worthwhile = 2 + random.nextInt(5);
        int happy = 2 + random.nextInt(5);
        int anxious = 4 + random.nextInt(5);
        int before = 3 + random.nextInt(15);
        return row("wellbeingStartSatisfied", satisfied, "wellbeingStartWorthwhile", worthwhile,
                "wellbeingStartHappy", happy, "wellbeingStartAnxious", anxious,
                "wellbeingEndSatisfied", Math.min(10, satisfied + random.nextInt(5) - 1),
                "wellbeingEndWorthwhile", Math.min(10, worthwhile + random.nextInt(5) - 1),
                "wellbeingEndHappy", Math.min(10, happy + random.nextInt(5) - 1),
                "wellbeingEndAnxious", Math.max(0, anxious - random.nextInt(5) + 1),
                "gpAppointmentsBefore", before, "gpAppointmentsAfter", Math.max(0, before - random.nextInt(12)));
    }
}
