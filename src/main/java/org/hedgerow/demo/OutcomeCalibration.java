package org.hedgerow.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.hedgerow.demo.SyntheticReferralWriter.row;
import static org.hedgerow.demo.SyntheticReferralGenerator.DECLINE_REASONS;
import static org.hedgerow.demo.SyntheticReferralGenerator.version;

/**
 * Makes referral chains, in {@link SyntheticReferralWriter}'s row shape, whose outcomes come out exactly as asked:
 * every person is referred by one of the place's link workers in the last eleven months (a fifth of them are referred
 * on once); every one of the services takes at least one person up (the first {@code services} people go one to
 * each); about seven in ten people complete with outcomes, their number rounded to a multiple of 25 so that the
 * improved share is exact; of them exactly {@code round(share × n)} improve (ONS4 satisfied + worthwhile + happy −
 * anxious up) and the GP appointment changes add up to exactly {@code round(change × n)}. Outcomes are on each
 * person's last referral only, so a person's latest completed referral carries them.
 */
final class OutcomeCalibration {

    static final String REFERRAL_PREFIX = "cal-ref-";
    static final String PARTICIPANT_PREFIX = "cal-par-";
    private static final String[] OTHER_ENDINGS = {"SENT", "ACCEPTED", "ATTENDING", "DECLINED", "WITHDRAWN"};

    private final SplittableRandom random;

    OutcomeCalibration(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** People with outcomes: about 70%, a multiple of 25 (so that a share in hundredths is exact), at most all. */
    static int withOutcomes(int people) {
        int n = Math.round(people * 0.7f / 25) * 25;
        return Math.max(Math.min(n, people), Math.min(people, 5));
    }

    /**
     * One chain per person. {@code activities}: one activity for each service (group); {@code workers}: link worker
     * ids with their names.
     */
    List<Map<String, Object>> chains(CalibrationProperties target, List<String> activities, List<String> workers,
                                     List<String> workerNames) {
        if (activities.size() < target.services() || target.people() < target.services()) {
            throw new IllegalArgumentException("need at least " + target.services() + " services and as many people");
        }
        int people = target.people();
        int services = target.services();
        int outcomes = withOutcomes(people);
        int improved = (int) Math.round(target.wellbeingImproved() * outcomes);
        int[] gpChanges = gpChanges(outcomes, Math.round(target.gpAppointmentsChange() * outcomes));
        // Which people have outcomes: spread over everyone, deterministically (the first `improved` of them improve).
        var hasOutcome = new boolean[people];
        pick(hasOutcome, outcomes);
        var chains = new ArrayList<Map<String, Object>>(people);
        int outcome = 0;
        for (int person = 0; person < people; person++) {
            int worker = person % workers.size();
            int first = person < services ? person : random.nextInt(services);
            boolean onward = random.nextInt(5) == 0;
            long firstSecondsAgo = 86_400L * (60 + random.nextInt(270)) + random.nextInt(86_400);
            var steps = new ArrayList<Map<String, Object>>(2);
            // Onward: the first step was completed (no outcomes on it). Alone: completed with outcomes, or taken up
            // (so that each of the first `services` people is a service used), or any other ending.
            String firstStatus = onward || hasOutcome[person] ? "COMPLETED" : person < services ? pickTakenUp() : other();
            Map<String, Object> firstOutcomes = Map.of();
            if (!onward && hasOutcome[person]) {
                firstOutcomes = outcomes(outcome < improved, gpChanges[outcome]);
                outcome++;
            }
            steps.add(step(person, 0, null, activities.get(first), firstStatus, firstOutcomes, firstSecondsAgo));
            if (onward) {
                int next = (first + 1 + random.nextInt(services - 1 == 0 ? 1 : services - 1)) % services;
                String status = hasOutcome[person] ? "COMPLETED" : other();
                Map<String, Object> lastOutcomes = hasOutcome[person] ? outcomes(outcome < improved, gpChanges[outcome])
                        : Map.of();
                if (hasOutcome[person]) {
                    outcome++;
                }
                steps.add(step(person, 1, referralId(person, 0), activities.get(next), status, lastOutcomes,
                        firstSecondsAgo - 86_400L * (7 + random.nextInt(43))));
            }
            chains.add(row("participant", PARTICIPANT_PREFIX + person, "reference", "CAL-" + person,
                    "linkWorker", workers.get(worker), "linkWorkerName", workerNames.get(worker),
                    "consentSecondsAgo", firstSecondsAgo + 600, "steps", steps));
        }
        return chains;
    }

    static String referralId(int person, int step) {
        return REFERRAL_PREFIX + person + "-" + step;
    }

    private Map<String, Object> step(int person, int step, String from, String activity, String status,
                                     Map<String, Object> outcomes, long createdSecondsAgo) {
        return row("id", referralId(person, step), "from", from, "activity", activity, "status", status,
                "version", version(status),
                "reason", step == 0 ? "Calibrated to the 2023 pilot" : "Ready for something new",
                "declineReason", "DECLINED".equals(status) ? DECLINE_REASONS[random.nextInt(DECLINE_REASONS.length)] : null,
                "outcomes", outcomes, "createdSecondsAgo", createdSecondsAgo,
                "updatedSecondsAgo", Math.max(0, createdSecondsAgo - 86_400L * (1 + random.nextInt(20))));
    }

    private String pickTakenUp() {
        return new String[] {"ACCEPTED", "ATTENDING", "COMPLETED"}[random.nextInt(3)];
    }

    private String other() {
        return OTHER_ENDINGS[random.nextInt(OTHER_ENDINGS.length)];
    }

    /** Marks {@code count} of {@code flags} true, spread evenly. */
    private static void pick(boolean[] flags, int count) {
        for (int i = 0; i < count; i++) {
            flags[(int) ((long) i * flags.length / count)] = true;
        }
    }

    /** {@code n} changes in GP appointments between −18 and +2 adding up to exactly {@code total}. */
    int[] gpChanges(int n, long total) {
        var changes = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            changes[i] = -18 + random.nextInt(21);
            sum += changes[i];
        }
        int i = 0;
        while (sum != total && n > 0) {
            int step = sum > total ? -1 : 1;
            int next = changes[i % n] + step;
            if (next >= -18 && next <= 2) {
                changes[i % n] = next;
                sum += step;
            }
            i++;
        }
        return changes;
    }

    /** ONS4 at start and end (up or not up, as asked) and GP appointments before and after (after − before = change). */
    Map<String, Object> outcomes(boolean improves, int gpChange) {
        int satisfied = 2 + random.nextInt(5);
        int worthwhile = 2 + random.nextInt(5);
        int happy = 2 + random.nextInt(5);
        int anxious = 3 + random.nextInt(5);
        int up = improves ? 1 + random.nextInt(3) : -random.nextInt(2);
        int before = Math.max(-gpChange, 0) + 2 + random.nextInt(10);
        return row("wellbeingStartSatisfied", satisfied, "wellbeingStartWorthwhile", worthwhile,
                "wellbeingStartHappy", happy, "wellbeingStartAnxious", anxious,
                "wellbeingEndSatisfied", satisfied + up, "wellbeingEndWorthwhile", worthwhile + (improves ? 1 : 0),
                "wellbeingEndHappy", happy, "wellbeingEndAnxious", anxious - (improves ? 1 : 0),
                "gpAppointmentsBefore", before, "gpAppointmentsAfter", before + gpChange);
    }
}
