package org.hedgerow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a national-scale network with the proportions of England's: per 100,000 activities about 1,300
 * localities in ~170 places and ~40 ICSs, 20,000 venues, 30,000 groups, 36,000 organisers, 1,300 PCNs
 * with 6,500 practices, and 3,000 link workers. Skewed like the real thing: every group runs at least one
 * activity, and a few big providers run many. Deterministic for a seed and size. Categories and needs are
 * the demo network's.
 */
final class SyntheticNetworkGenerator {

    static final String ACTIVITY_PREFIX = "syn-act-";
    static final String LINK_WORKER_PREFIX = "syn-lw-";

    private static final String[] NAME_STARTS = {"Ash", "Brook", "Chapel", "Dale", "Elm", "Fern", "Green",
        "Hart", "Kings", "Lang", "Mill", "Nether", "Oak", "Pen", "Queens", "Rose", "Stan", "Thorn", "Wood", "Wil"};
    private static final String[] NAME_ENDS = {"ford", "ley", "ton", "bury", "field", "by", "wick", "worth",
        "ham", "stead"};
    private static final String[] NAME_QUALIFIERS = {"", " North", " South", " East", " West", " Upper",
        " Lower", " Green", " Bridge", " Heath"};
    private static final String[] ADJECTIVES = {"Morning", "Riverside", "Community", "Friendly", "Gentle",
        "Village", "Evening", "Weekend", "Park", "Canal", "Hillside", "Neighbourhood"};
    private static final Map<String, String[]> NOUNS = Map.ofEntries(
            Map.entry("WALKING", new String[] {"walk", "walking group", "health walk", "ramble"}),
            Map.entry("NATURE", new String[] {"birdwatching", "nature walk", "wildlife group"}),
            Map.entry("GARDENING", new String[] {"community garden", "allotment club", "growing group"}),
            Map.entry("CONSERVATION", new String[] {"conservation day", "hedgelaying crew", "litter pick"}),
            Map.entry("OUTDOOR_EXERCISE", new String[] {"outdoor fitness", "green gym", "park run club"}),
            Map.entry("SOCIAL", new String[] {"coffee morning", "chat café", "lunch club", "social"}),
            Map.entry("MUSIC", new String[] {"choir", "singing group", "ukulele club"}),
            Map.entry("ARTS_CRAFTS", new String[] {"craft club", "knit and natter", "art group"}),
            Map.entry("EXERCISE", new String[] {"yoga", "tai chi", "chair exercise"}),
            Map.entry("ADVICE", new String[] {"advice drop-in", "money advice", "benefits clinic"}),
            Map.entry("DIGITAL", new String[] {"tech café", "digital help", "computer club"}),
            Map.entry("BEFRIENDING", new String[] {"befriending", "telephone friends", "companions"}),
            Map.entry("PEER_SUPPORT", new String[] {"peer support group", "wellbeing circle", "men's group"}),
            Map.entry("LEARNING", new String[] {"learning group", "history club", "language café"}));
    private static final String[] START_TIMES = {"09:30", "10:00", "10:30", "11:00", "13:00", "14:00", "18:30",
        "19:00"};
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
        "SUNDAY"};
    private static final String[] ACCESSIBILITY = {"step-free", "accessible-toilet", "hearing-loop", "parking",
        "near-bus-stop", "quiet-space", "dementia-friendly"};

    private final SplittableRandom random;
    private final List<Map<String, Object>> categories;
    private final List<Map<String, Object>> needs;

    SyntheticNetworkGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        var demo = DemoNetworkFile.read();
        this.categories = demo.categories();
        this.needs = demo.needs();
    }

    NetworkRows generate(int activityCount) {
        int localityCount = localitiesFor(activityCount);
        int placeCount = Math.max(1, localityCount / 8);
        int icsCount = Math.max(1, placeCount / 4);
        int venueCount = Math.max(1, activityCount / 5);
        int groupCount = groupsFor(activityCount);
        int organiserCount = Math.max(1, groupCount * 6 / 5);
        int pcnCount = pcnsFor(activityCount);
        int linkWorkerCount = linkWorkersFor(activityCount);

        var localities = localities(icsCount, placeCount, localityCount);
        var venues = venues(venueCount, localities, localityCount);
        var organisers = organisers(organiserCount);
        var groups = groups(groupCount, organiserCount, localityCount);
        var activities = activities(activityCount, groupCount, venueCount, localityCount);
        var pcns = pcns(pcnCount, localityCount);
        return new NetworkRows(localities, categories, needs, venues, organisers, groups, activities,
                knows(organiserCount), partnerships(groupCount), pcns, practices(pcnCount),
                linkWorkers(linkWorkerCount, pcnCount));
    }

    private List<Map<String, Object>> localities(int icsCount, int placeCount, int localityCount) {
        var rows = new ArrayList<Map<String, Object>>(icsCount + placeCount + localityCount);
        for (int i = 0; i < icsCount; i++) {
            rows.add(row("id", "syn-ics-" + i, "name", placeName(i) + " ICS", "code", "SYN-I" + i, "kind", "ICS",
                    "lat", lat(), "lon", lon(), "within", null));
        }
        for (int p = 0; p < placeCount; p++) {
            rows.add(row("id", "syn-place-" + p, "name", placeName(p + 7), "code", "SYN-P" + p, "kind", "PLACE",
                    "lat", lat(), "lon", lon(), "within", "syn-ics-" + (p * icsCount / placeCount)));
        }
        for (int l = 0; l < localityCount; l++) {
            rows.add(row("id", localityId(l), "name", placeName(l + 31), "code", "SYN-L" + l, "kind", "LOCALITY",
                    "lat", lat(), "lon", lon(), "within", "syn-place-" + (l * placeCount / localityCount)));
        }
        return rows;
    }

    private List<Map<String, Object>> venues(int venueCount, List<Map<String, Object>> localities, int localityCount) {
        var localityRows = localities.subList(localities.size() - localityCount, localities.size());
        var rows = new ArrayList<Map<String, Object>>(venueCount);
        for (int v = 0; v < venueCount; v++) {
            int l = (int) ((long) v * localityCount / venueCount);
            var locality = localityRows.get(l);
            rows.add(row("id", "syn-ven-" + v,
                    "name", pick(new String[] {"Community Centre", "Church Hall", "Library", "Park Pavilion",
                        "Village Hall", "Café", "Sports Club", "Nature Reserve"}) + ", " + locality.get("name"),
                    "address", (1 + random.nextInt(200)) + " High Street, " + locality.get("name"),
                    "postcode", "SY" + (l % 99 + 1) + " " + random.nextInt(10) + "AB",
                    "lat", (double) locality.get("lat") + (random.nextDouble() - 0.5) * 0.04,
                    "lon", (double) locality.get("lon") + (random.nextDouble() - 0.5) * 0.06,
                    "accessibility", some(ACCESSIBILITY, 0, 3), "locality", locality.get("id")));
        }
        return rows;
    }

    private List<Map<String, Object>> organisers(int organiserCount) {
        var rows = new ArrayList<Map<String, Object>>(organiserCount);
        for (int o = 0; o < organiserCount; o++) {
            rows.add(row("id", "syn-org-" + o, "name", "Organiser " + o, "bio", null));
        }
        return rows;
    }

    private List<Map<String, Object>> groups(int groupCount, int organiserCount, int localityCount) {
        var rows = new ArrayList<Map<String, Object>>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            var organising = new ArrayList<Map<String, Object>>();
            organising.add(row("organiser", "syn-org-" + g, "role", "Lead organiser", "since", since()));
            if (g + groupCount < organiserCount) {
                organising.add(row("organiser", "syn-org-" + (g + groupCount), "role", "Volunteer coordinator",
                        "since", since()));
            }
            int locality = (int) ((long) g * localityCount / groupCount);
            rows.add(row("id", "syn-grp-" + g, "name", placeName(locality + 31) + " " + pick(ADJECTIVES) + " Group " + g,
                    "description", "A community group in " + placeName(locality + 31) + ".", "website", null,
                    "locality", localityId(locality), "organisers", organising));
        }
        return rows;
    }

    private List<Map<String, Object>> activities(int activityCount, int groupCount, int venueCount,
                                                 int localityCount) {
        var rows = new ArrayList<Map<String, Object>>(activityCount);
        for (int a = 0; a < activityCount; a++) {
            // One activity for every group first; the rest go mostly to the big providers at the front.
            int group = a < groupCount ? a : (int) (groupCount * Math.pow(random.nextDouble(), 2));
            int locality = (int) ((long) group * localityCount / groupCount);
            var cats = some(codes(categories), 1, 2);
            var need = some(codes(needs), 1, 3);
            var noun = pick(NOUNS.getOrDefault(cats.getFirst(), new String[] {"session"}));
            String adjective = pick(ADJECTIVES);
            Integer capacity = random.nextInt(5) == 0 ? null : 8 + random.nextInt(33);
            Integer spaces = capacity == null ? null : random.nextInt(7) == 0 ? 0 : random.nextInt(capacity + 1);
            int frequencyRoll = random.nextInt(20);
            String frequency = frequencyRoll < 14 ? "WEEKLY" : frequencyRoll < 17 ? "FORTNIGHTLY" : "MONTHLY";
            String start = pick(START_TIMES);
            String cost = random.nextInt(10) < 7 ? "FREE" : random.nextInt(3) < 2 ? "REDUCED" : "FEE";
            rows.add(row("id", ACTIVITY_PREFIX + a, "group", "syn-grp-" + group,
                    "name", adjective + " " + noun,
                    "description", "A " + adjective.toLowerCase() + " " + noun + " in " + placeName(locality + 31)
                            + ", good for " + String.join(" and ", need).toLowerCase().replace('_', ' ') + ".",
                    "venue", "syn-ven-" + venueIn(locality, venueCount, localityCount),
                    "categories", cats, "needs", need,
                    "days", some(DAYS, 1, 2), "frequency", frequency,
                    "weekOfMonth", "MONTHLY".equals(frequency) ? List.of(1, 2, 3, 4, -1).get(random.nextInt(5)) : null,
                    "startTime", start,
                    "endTime", LocalTime.parse(start).plusMinutes(60 + 30L * random.nextInt(3)).toString(),
                    "capacity", capacity, "spacesLeft", spaces, "cost", cost,
                    "costNote", "FREE".equals(cost) ? null : "£" + (1 + random.nextInt(6)) + " a session",
                    "whatToBring", null, "contact", "Contact the group organiser",
                    "updatedDaysAgo", 1 + (int) (540 * Math.pow(random.nextDouble(), 2))));
        }
        return rows;
    }

    private List<Map<String, Object>> knows(int organiserCount) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int o = 0; o < organiserCount; o++) {
            int edges = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
            for (int e = 0; e < edges; e++) {
                int other = o + 1 + random.nextInt(40);
                if (other < organiserCount) {
                    rows.add(row("from", "syn-org-" + o, "to", "syn-org-" + other,
                            "context", "Met at a network meeting", "since", since()));
                }
            }
        }
        return rows;
    }

    private List<Map<String, Object>> partnerships(int groupCount) {
        var rows = new ArrayList<Map<String, Object>>();
        for (int g = 0; g < groupCount; g++) {
            int other = g + 1 + random.nextInt(20);
            if (random.nextInt(10) < 3 && other < groupCount) {
                rows.add(row("from", "syn-grp-" + g, "to", "syn-grp-" + other, "note", "Shared sessions",
                        "since", since()));
            }
        }
        return rows;
    }

    private List<Map<String, Object>> pcns(int pcnCount, int localityCount) {
        var rows = new ArrayList<Map<String, Object>>(pcnCount);
        for (int p = 0; p < pcnCount; p++) {
            int first = (int) ((long) p * localityCount / pcnCount);
            int last = Math.max(first + 1, (int) ((long) (p + 1) * localityCount / pcnCount));
            var covers = new ArrayList<String>();
            for (int l = first; l < last; l++) {
                covers.add(localityId(l));
            }
            rows.add(row("id", "syn-pcn-" + p, "name", placeName(first + 31) + " PCN " + p,
                    "odsCode", "SP%05d".formatted(p), "covers", covers));
        }
        return rows;
    }

    private List<Map<String, Object>> practices(int pcnCount) {
        var rows = new ArrayList<Map<String, Object>>(pcnCount * 5);
        for (int p = 0; p < pcnCount * 5; p++) {
            rows.add(row("id", "syn-prc-" + p, "name", pick(NAME_STARTS) + " Surgery " + p,
                    "odsCode", "SG%05d".formatted(p), "pcn", "syn-pcn-" + (p / 5)));
        }
        return rows;
    }

    private List<Map<String, Object>> linkWorkers(int linkWorkerCount, int pcnCount) {
        var rows = new ArrayList<Map<String, Object>>(linkWorkerCount);
        for (int w = 0; w < linkWorkerCount; w++) {
            rows.add(row("id", LINK_WORKER_PREFIX + w, "name", "Link worker " + w,
                    "pcn", "syn-pcn-" + ((long) w * pcnCount / linkWorkerCount)));
        }
        return rows;
    }

    static int linkWorkersFor(int activityCount) {
        return Math.max(1, activityCount * 3 / 100);
    }

    /** Localities (the smallest places); group {@code g} is based in locality {@code g * localities / groups}. */
    static int localitiesFor(int activityCount) {
        return Math.max(3, activityCount / 75);
    }

    /** Groups; activity {@code a} for {@code a < groups} is run by group {@code a}. */
    static int groupsFor(int activityCount) {
        return Math.max(1, activityCount * 3 / 10);
    }

    /** PCNs; PCN {@code p} covers localities from {@code p * localities / pcns}, link worker {@code w} works for
     * PCN {@code w * pcns / linkWorkers}. */
    static int pcnsFor(int activityCount) {
        return Math.max(1, activityCount * 13 / 1000);
    }

    private static String localityId(int l) {
        return "syn-loc-" + l;
    }

    /** A venue in the same locality (venues are spread over localities in order), or the nearest one. */
    private int venueIn(int locality, int venueCount, int localityCount) {
        int first = (int) Math.ceil((double) locality * venueCount / localityCount);
        int end = (int) Math.ceil((double) (locality + 1) * venueCount / localityCount);
        return Math.min(venueCount - 1, end > first ? first + random.nextInt(end - first) : first);
    }

    private static String placeName(int i) {
        int combos = NAME_STARTS.length * NAME_ENDS.length;
        String base = NAME_STARTS[i % NAME_STARTS.length] + NAME_ENDS[(i / NAME_STARTS.length) % NAME_ENDS.length];
        String qualifier = NAME_QUALIFIERS[(i / combos) % NAME_QUALIFIERS.length];
        int round = i / (combos * NAME_QUALIFIERS.length);
        return base + qualifier + (round > 0 ? " " + (round + 1) : "");
    }

    private double lat() {
        return 50.6 + random.nextDouble() * 4.3;
    }

    private double lon() {
        return -3.3 + random.nextDouble() * 4.9;
    }

    private String since() {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)).toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private List<String> some(String[] options, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        var picked = new ArrayList<String>(n);
        while (picked.size() < n) {
            var candidate = pick(options);
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    private static String[] codes(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> (String) row.get("code")).toArray(String[]::new);
    }

    /** A row for an {@code UNWIND $rows} statement, from keys and values in turn (values may be null). */
    static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>(keysAndValues.length);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
