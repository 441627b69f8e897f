package org.hedgerow.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hedgerow.activities.WayIn;
import org.hedgerow.referral.DeclineReason;
import org.hedgerow.referral.Outcomes;
import org.hedgerow.referral.ReferralStatus;

/**
 * The demo network's last twelve months of referrals, planned from the network file alone, the same for a seed
 * whenever it is made (only the dates move with {@code now}, so it always reads as the last year).
 *
 * <p>Each link worker refers {@value #PEOPLE_PER_LINK_WORKER} people over the year, mostly to the activities held
 * in the localities their PCN covers, taking each in turn so that every group hears from them. About one in four
 * people then goes on a path of two to four steps, each an onward referral by the group before: through Hope for
 * Belper, Citizens Advice, DUWC and the others that act as brokers ({@link #PATHS}). Glossop's link worker has
 * nowhere near to send people who are bereaved or in debt, so refers some of them far afield
 * ({@link #FAR_AFIELD}), and the Glossop group, with no one who knows anyone outside it, is never part of a path.
 *
 * <p>Recent referrals are still open; older ones were accepted, declined (some because the activity was full: the
 * plan keeps count of the spaces each acceptance takes, as the referral statements do), withdrawn, attended and
 * completed. The person's last completed referral carries outcomes in the 2023 pilot's proportions: three in four
 * say their wellbeing improved, and GP appointments fell by nine on average (made by {@link OutcomeCalibration}).
 */
final class DemoYear {

    static final int PEOPLE_PER_LINK_WORKER = 20;
    static final int DAYS = 355;
    static final double WELLBEING_IMPROVED = 0.76;
    static final int GP_APPOINTMENTS_CHANGE = -9;

    /** Onward paths people take, by PCN: activity ids in order, each step run by a different group. */
    static final Map<String, List<List<String>>> PATHS = Map.of(
            "pcn-belper", List.of(
                    List.of("act-greyhound-coffee-morning", "act-hope-money-housing-drop-in", "act-duwc-belper-surgery"),
                    List.of("act-hope-warm-welcome-lunch", "act-mens-shed-workshop"),
                    List.of("act-hope-money-housing-drop-in", "act-ca-belper-library", "act-strutt-chat-group"),
                    List.of("act-ada-belfield-coffee-morning", "act-hope-warm-welcome-lunch",
                            "act-rspb-belper-river-gardens-walk", "act-belper-chair-yoga"),
                    List.of("act-weston-coffee-morning", "act-tai-chi-duffield")),
            "pcn-greater-derby", List.of(
                    List.of("act-ca-derby", "act-derby-bereavement-cafe", "act-singing-memories-choir"),
                    List.of("act-arboretum-health-walk", "act-rspb-darley-park-birdwatch"),
                    List.of("act-ca-derby", "act-arboretum-community-garden")),
            "pcn-erewash", List.of(
                    List.of("act-friday-friendship-walk", "act-towpath-voices-singing"),
                    List.of("act-ca-long-eaton", "act-duwc-long-eaton", "act-friday-friendship-walk")),
            "pcn-derbyshire-dales", List.of(
                    List.of("act-ca-matlock", "act-matlock-open-studio"),
                    List.of("act-ca-ashbourne", "act-tea-talk-tech-forms-clinic", "act-lumsdale-conservation-day"),
                    List.of("act-tai-chi-hall-leys", "act-lumsdale-conservation-day")),
            "pcn-amber-valley-south", List.of(
                    List.of("act-befriending-circle", "act-dot-teas-community-lunch", "act-duwc-ripley"),
                    List.of("act-rethink-chat-group", "act-no28-craft-afternoon"),
                    List.of("act-dot-teas-community-lunch", "act-hope-money-housing-drop-in",
                            "act-duwc-belper-surgery", "act-ca-belper-library")));

    /**
     * Needs a PCN's localities have nothing for, and where its link workers send people instead: need and activity,
     * taken in turn (bereavement twice as often as debt).
     */
    static final Map<String, List<List<String>>> FAR_AFIELD = Map.of(
            "pcn-glossop", List.of(List.of("BEREAVEMENT", "act-derby-bereavement-cafe"),
                    List.of("DEBT_MONEY", "act-ca-matlock"), List.of("BEREAVEMENT", "act-derby-bereavement-cafe")));

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("LONELINESS", "Lives alone and would like some company in the week"),
            Map.entry("SOCIAL_ISOLATION", "Rarely gets out since retiring; keen to meet people"),
            Map.entry("STRESS_ANXIETY", "Anxious in crowds; would like something calm to build up to"),
            Map.entry("LOW_MOOD", "Low mood for some months; wants something to look forward to"),
            Map.entry("PHYSICAL_INACTIVITY", "Advised to be more active; would enjoy doing it with others"),
            Map.entry("DEBT_MONEY", "Money worries after a change in benefits"),
            Map.entry("HOUSING", "Worried about the rent going up and what to do"),
            Map.entry("DIGITAL_EXCLUSION", "Needs help getting online to manage appointments"),
            Map.entry("DEMENTIA", "Early memory problems; enjoys music and company"),
            Map.entry("BEREAVEMENT", "Recently bereaved; would like to talk with others who understand"),
            Map.entry("LONG_TERM_CONDITION", "Living with a long-term condition; wants gentle exercise"),
            Map.entry("EMPLOYMENT", "Looking for work after a long break"),
            Map.entry("CARER_SUPPORT", "Cares for a partner and needs time for themselves"));
    private static final String[] ONWARD_REASONS = {"Ready for something new after settling in with us",
        "Asked us about help with something we do not offer", "Would enjoy a smaller group nearer home",
        "Keen to keep going once our sessions end"};
    private static final String[] ACCEPTED_NOTES = {"Rang to welcome them; coming next week", "Will meet them at the door",
        "Booked in for the next session"};

    /** One change of a referral: to a status, when, with the reason for a decline and the outcomes of a completion. */
    record Move(ReferralStatus to, Instant at, DeclineReason declineReason, String note, Outcomes outcomes) {

        Move withOutcomes(Outcomes recorded) {
            return new Move(to, at, declineReason, note, recorded);
        }
    }

    /** One referral of a person's path: to an activity (of a group), for needs, made at a time, then its moves. */
    record Step(String activity, String group, List<String> needs, String reason, Instant at, List<Move> moves) {

        ReferralStatus status() {
            return moves.isEmpty() ? ReferralStatus.SENT : moves.getLast().to();
        }
    }

    /** One person: their pseudonymous reference, the link worker who first referred them, and their path. */
    record Person(String reference, String linkWorker, String linkWorkerName, List<Step> steps) {
    }

    private final SplittableRandom random;
    private final Instant now;
    private final Map<String, NetworkRows.Activity> activities;
    private final Map<String, String> localityOfVenue;
    /** Spaces left per capped activity as the year goes on: every activity starts the year with all its places. */
    private final Map<String, Integer> spaces = new HashMap<>();
    private int openTurn;

    private DemoYear(NetworkRows network, Instant now, long seed) {
        this.random = new SplittableRandom(seed);
        this.now = now.truncatedTo(ChronoUnit.MINUTES);
        this.activities = network.activities().stream().filter(DemoYear::referable)
                .collect(Collectors.toMap(NetworkRows.Activity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.localityOfVenue = network.venues().stream()
                .collect(Collectors.toMap(NetworkRows.Venue::id, NetworkRows.Venue::locality));
        network.activities().stream().filter(a -> a.capacity() != null)
                .forEach(a -> spaces.put(a.id(), a.capacity()));
    }

    /** Signposting-only activities take no referrals through Hedgerow, so the year makes none to them. */
    private static boolean referable(NetworkRows.Activity activity) {
        return !WayIn.SIGNPOSTING_ONLY.name().equals(activity.wayIn());
    }

    /** The people of the year, in the order their first referral was made. */
    static List<Person> people(NetworkRows network, Instant now, long seed) {
        return new DemoYear(network, now, seed).plan(network, seed);
    }

    private List<Person> plan(NetworkRows network, long seed) {
        var people = new ArrayList<Draft>();
        for (var pcn : network.pcns()) {
            // The local activities by group, so that taking groups in turn reaches every one.
            var local = network.activities().stream().filter(DemoYear::referable)
                    .filter(a -> pcn.covers().contains(localityOfVenue.get(a.venue())))
                    .collect(Collectors.groupingBy(NetworkRows.Activity::group, LinkedHashMap::new,
                            Collectors.mapping(NetworkRows.Activity::id, Collectors.toList())));
            var localGroups = List.copyOf(local.keySet());
            var workers = network.linkWorkers().stream().filter(w -> w.pcn().equals(pcn.id())).toList();
            var paths = PATHS.getOrDefault(pcn.id(), List.of()).stream()
                    .filter(path -> path.stream().allMatch(activities::containsKey)).toList();
            var farAfield = FAR_AFIELD.getOrDefault(pcn.id(), List.of()).stream()
                    .filter(far -> activities.containsKey(far.get(1))).toList();
            String area = pcn.covers().isEmpty() ? "NET" : code(network, pcn.covers().getFirst());
            int n = 0;
            int localTurn = 0;
            int pathTurn = 0;
            int farTurn = 0;
            for (var worker : workers) {
                for (int i = 0; i < PEOPLE_PER_LINK_WORKER; i++, n++) {
                    String reference = "DEMO-%s-%04d".formatted(area, n + 1);
                    int roll = random.nextInt(100);
                    List<String> path;
                    List<String> needs = null;
                    if (!paths.isEmpty() && roll < 25) {
                        path = paths.get(pathTurn++ % paths.size());
                    } else if (!farAfield.isEmpty() && roll >= 50) {
                        var far = farAfield.get(farTurn++ % farAfield.size());
                        path = List.of(far.get(1));
                        needs = List.of(far.get(0));
                    } else {
                        var group = local.get(localGroups.get(localTurn++ % localGroups.size()));
                        path = List.of(group.get(random.nextInt(group.size())));
                    }
                    int minimumAge = 40 * (path.size() - 1) + 5;
                    int age = minimumAge + random.nextInt(DAYS - minimumAge);
                    Instant first = now.minus(Duration.ofDays(age)).truncatedTo(ChronoUnit.DAYS)
                            .plus(Duration.ofMinutes(9 * 60 + random.nextInt(7 * 60)));
                    people.add(new Draft(reference, worker, path, needs, first));
                }
            }
        }
        people.sort(Comparator.comparing(Draft::first).thenComparing(Draft::reference));
        var planned = people.stream().map(this::person).toList();
        return withOutcomes(planned, seed);
    }

    private record Draft(String reference, NetworkRows.LinkWorker worker, List<String> path, List<String> needs,
                         Instant first) {
    }

    /** A person's path as far as it got by now, taking and giving back spaces in the order the plan is written. */
    private Person person(Draft draft) {
        var steps = new ArrayList<Step>();
        Instant at = draft.first();
        for (int i = 0; i < draft.path().size(); i++) {
            var activity = activities.get(draft.path().get(i));
            boolean last = i == draft.path().size() - 1;
            var needs = draft.needs() != null && i == 0 ? draft.needs() : needsFor(activity);
            String reason = i == 0 ? REASONS.getOrDefault(needs.getFirst(), "Would like to meet people nearby")
                    : ONWARD_REASONS[random.nextInt(ONWARD_REASONS.length)];
            boolean farAfield = draft.needs() != null;
            var moves = moves(activity, at, last, farAfield);
            steps.add(new Step(activity.id(), activity.group(), needs, reason, at, moves));
            var reached = moves.isEmpty() ? ReferralStatus.SENT : moves.getLast().to();
            if (last || !(reached == ReferralStatus.ATTENDING || reached == ReferralStatus.COMPLETED)) {
                break;
            }
            // Referred on two to five weeks after starting to attend, on a weekday.
            Instant attending = moves.stream().filter(m -> m.to() == ReferralStatus.ATTENDING).findFirst()
                    .orElseThrow().at();
            at = attending.plus(Duration.ofDays(14 + random.nextInt(21))).plus(Duration.ofMinutes(random.nextInt(120)));
            if (at.isAfter(now.minus(Duration.ofDays(1)))) {
                break;
            }
        }
        return new Person(draft.reference(), draft.worker().id(), draft.worker().name(), steps);
    }

    /**
     * What became of one referral made {@code at}: by its age, still open, or ended. A step someone is referred on
     * from got going (attending, then completed if there was time). Nothing happens after {@code now}.
     */
    private List<Move> moves(NetworkRows.Activity activity, Instant at, boolean last, boolean farAfield) {
        long age = Duration.between(at, now).toDays();
        int roll = random.nextInt(100);
        ReferralStatus target;
        if (!last) {
            target = ReferralStatus.COMPLETED;
        } else if (age < 21) {
            // Made in the last three weeks: still open, waiting for an answer or accepted, in turn.
            target = openTurn++ % 2 == 0 ? ReferralStatus.SENT : ReferralStatus.ACCEPTED;
        } else if (farAfield) {
            // A long way to go: many do not make it.
            target = roll < 35 ? ReferralStatus.DECLINED : roll < 60 ? ReferralStatus.WITHDRAWN
                    : roll < 75 ? ReferralStatus.ATTENDING : ReferralStatus.COMPLETED;
        } else if (age < 45) {
            target = roll < 15 ? ReferralStatus.ACCEPTED : roll < 65 ? ReferralStatus.ATTENDING
                    : roll < 80 ? ReferralStatus.DECLINED : ReferralStatus.WITHDRAWN;
        } else {
            target = roll < 55 ? ReferralStatus.COMPLETED : roll < 68 ? ReferralStatus.ATTENDING
                    : roll < 87 ? ReferralStatus.DECLINED : ReferralStatus.WITHDRAWN;
        }
        var moves = new ArrayList<Move>();
        Instant accepted = at.plus(Duration.ofHours(20 + random.nextInt(70)));
        if (target == ReferralStatus.SENT) {
            return moves;
        }
        if (target == ReferralStatus.DECLINED && roll % 3 != 0) {
            // Declined straight away: full, or not for this person.
            var reason = roll % 3 == 1 ? DeclineReason.FULL : DeclineReason.NOT_SUITABLE;
            moves.add(new Move(ReferralStatus.DECLINED, accepted, reason, reason == DeclineReason.FULL
                    ? "No places until the spring" : farAfield ? "Too far to travel to us" : "Not the right group for them",
                    null));
            return clip(moves, at);
        }
        if (target == ReferralStatus.WITHDRAWN && roll % 2 == 0) {
            moves.add(new Move(ReferralStatus.WITHDRAWN, accepted, null,
                    farAfield ? "The journey is too much for them" : "They have found something nearer home", null));
            return clip(moves, at);
        }
        Integer left = spaces.get(activity.id());
        if (left != null && left == 0) {
            moves.add(new Move(ReferralStatus.DECLINED, accepted, DeclineReason.FULL, "Full: no spaces left", null));
            return clip(moves, at);
        }
        if (left != null) {
            spaces.put(activity.id(), left - 1);
        }
        moves.add(new Move(ReferralStatus.ACCEPTED, accepted, null,
                ACCEPTED_NOTES[random.nextInt(ACCEPTED_NOTES.length)], null));
        Instant then = accepted.plus(Duration.ofDays(5 + random.nextInt(8)));
        switch (target) {
            case DECLINED -> moves.add(new Move(ReferralStatus.DECLINED, then, DeclineReason.NO_CONTACT,
                    "Tried three times by phone", null));
            case WITHDRAWN -> moves.add(new Move(ReferralStatus.WITHDRAWN, then, null, "They have moved away", null));
            case ATTENDING, COMPLETED -> {
                moves.add(new Move(ReferralStatus.ATTENDING, then, null, "Came along and enjoyed it", null));
                if (target == ReferralStatus.COMPLETED) {
                    moves.add(new Move(ReferralStatus.COMPLETED, then.plus(Duration.ofDays(42 + random.nextInt(43))),
                            null, "Finished the course", null));
                }
            }
            default -> { }
        }
        var clipped = clip(moves, at);
        var ended = clipped.getLast().to();
        if (left != null && (ended == ReferralStatus.DECLINED || ended == ReferralStatus.WITHDRAWN)) {
            spaces.put(activity.id(), Math.min(activity.capacity(), spaces.get(activity.id()) + 1));
        }
        return clipped;
    }

    /** The moves squeezed, in order, between the referral and an hour before now when the last would fall later. */
    private List<Move> clip(List<Move> moves, Instant made) {
        Instant limit = now.minus(Duration.ofHours(1));
        Instant lastAt = moves.getLast().at();
        if (!lastAt.isAfter(limit)) {
            return moves;
        }
        double scale = (double) Duration.between(made, limit).toSeconds() / Duration.between(made, lastAt).toSeconds();
        return moves.stream().map(m -> new Move(m.to(),
                made.plusSeconds(Math.max(60, (long) (Duration.between(made, m.at()).toSeconds() * scale))),
                m.declineReason(), m.note(), m.outcomes())).toList();
    }

    /** One or two of the activity's needs, the first always. */
    private List<String> needsFor(NetworkRows.Activity activity) {
        var needs = activity.needs();
        if (needs.size() > 1 && random.nextBoolean()) {
            return List.of(needs.getFirst(), needs.get(1 + random.nextInt(needs.size() - 1)));
        }
        return List.of(needs.getFirst());
    }

    /**
     * Outcomes on each person's last completed referral: exactly {@link #WELLBEING_IMPROVED} of them (rounded)
     * improve, spread over the year, and the GP appointment changes average {@link #GP_APPOINTMENTS_CHANGE}.
     */
    private static List<Person> withOutcomes(List<Person> people, long seed) {
        int answered = (int) people.stream().filter(p -> lastCompleted(p) >= 0).count();
        var calibration = new OutcomeCalibration(seed);
        int[] gpChanges = calibration.gpChanges(answered, (long) GP_APPOINTMENTS_CHANGE * answered);
        var result = new ArrayList<Person>(people.size());
        int n = 0;
        for (var person : people) {
            int step = lastCompleted(person);
            if (step < 0) {
                result.add(person);
                continue;
            }
            boolean improves = Math.floor((n + 1) * WELLBEING_IMPROVED) > Math.floor(n * WELLBEING_IMPROVED);
            var outcomes = outcomes(calibration.outcomes(improves, gpChanges[n]));
            n++;
            var steps = new ArrayList<>(person.steps());
            var completed = steps.get(step);
            var moves = new ArrayList<>(completed.moves());
            moves.set(moves.size() - 1, moves.getLast().withOutcomes(outcomes));
            steps.set(step, new Step(completed.activity(), completed.group(), completed.needs(), completed.reason(),
                    completed.at(), List.copyOf(moves)));
            result.add(new Person(person.reference(), person.linkWorker(), person.linkWorkerName(), List.copyOf(steps)));
        }
        return result;
    }

    /** The index of the person's last step that ended completed, or -1. */
    private static int lastCompleted(Person person) {
        for (int i = person.steps().size() - 1; i >= 0; i--) {
            if (person.steps().get(i).status() == ReferralStatus.COMPLETED) {
                return i;
            }
        }
        return -1;
    }

    private static Outcomes outcomes(Map<String, Object> row) {
        return new Outcomes(
                new Outcomes.Wellbeing(value(row, "wellbeingStartSatisfied"), value(row, "wellbeingStartWorthwhile"),
                        value(row, "wellbeingStartHappy"), value(row, "wellbeingStartAnxious")),
                new Outcomes.Wellbeing(value(row, "wellbeingEndSatisfied"), value(row, "wellbeingEndWorthwhile"),
                        value(row, "wellbeingEndHappy"), value(row, "wellbeingEndAnxious")),
                value(row, "gpAppointmentsBefore"), value(row, "gpAppointmentsAfter"));
    }

    private static Integer value(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).intValue();
    }

    private static String code(NetworkRows network, String localityId) {
        return network.localities().stream().filter(l -> l.id().equals(localityId)).map(NetworkRows.Locality::code)
                .findFirst().orElse("NET").substring(0, 3).toUpperCase(Locale.ROOT);
    }
}
