package org.hedgerow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hedgerow.demo.NetworkRows.Activity;
import org.hedgerow.demo.NetworkRows.Acquaintance;
import org.hedgerow.demo.NetworkRows.Category;
import org.hedgerow.demo.NetworkRows.Group;
import org.hedgerow.demo.NetworkRows.LinkWorker;
import org.hedgerow.demo.NetworkRows.Locality;
import org.hedgerow.demo.NetworkRows.Need;
import org.hedgerow.demo.NetworkRows.Organiser;
import org.hedgerow.demo.NetworkRows.Organising;
import org.hedgerow.demo.NetworkRows.Partnership;
import org.hedgerow.demo.NetworkRows.Pcn;
import org.hedgerow.demo.NetworkRows.Practice;
import org.hedgerow.demo.NetworkRows.Venue;

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
    private final List<Category> categories;
    private final List<Need> needs;

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

    private List<Locality> localities(int icsCount, int placeCount, int localityCount) {
        var rows = new ArrayList<Locality>(icsCount + placeCount + localityCount);
        for (int i = 0; i < icsCount; i++) {
            rows.add(new Locality("syn-ics-" + i, placeName(i) + " ICS", "SYN-I" + i, "ICS", lat(), lon(), null));
        }
        for (int p = 0; p < placeCount; p++) {
            rows.add(new Locality("syn-place-" + p, placeName(p + 7), "SYN-P" + p, "PLACE", lat(), lon(),
                    "syn-ics-" + (p * icsCount / placeCount)));
        }
        for (int l = 0; l < localityCount; l++) {
            rows.add(new Locality(localityId(l), placeName(l + 31), "SYN-L" + l, "LOCALITY", lat(), lon(),
                    "syn-place-" + (l * placeCount / localityCount)));
        }
        return rows;
    }

    private List<Venue> venues(int venueCount, List<Locality> localities, int localityCount) {
        var smallest = localities.subList(localities.size() - localityCount, localities.size());
        var rows = new ArrayList<Venue>(venueCount);
        for (int v = 0; v < venueCount; v++) {
            int l = (int) ((long) v * localityCount / venueCount);
            var locality = smallest.get(l);
            rows.add(new Venue("syn-ven-" + v,
                    pick(new String[] {"Community Centre", "Church Hall", "Library", "Park Pavilion",
                        "Village Hall", "Café", "Sports Club", "Nature Reserve"}) + ", " + locality.name(),
                    (1 + random.nextInt(200)) + " High Street, " + locality.name(),
                    "SY" + (l % 99 + 1) + " " + random.nextInt(10) + "AB",
                    locality.lat() + (random.nextDouble() - 0.5) * 0.04,
                    locality.lon() + (random.nextDouble() - 0.5) * 0.06,
                    some(ACCESSIBILITY, 0, 3), locality.id()));
        }
        return rows;
    }

    private List<Organiser> organisers(int organiserCount) {
        var rows = new ArrayList<Organiser>(organiserCount);
        for (int o = 0; o < organiserCount; o++) {
            rows.add(new Organiser("syn-org-" + o, "Organiser " + o, null));
        }
        return rows;
    }

    private List<Group> groups(int groupCount, int organiserCount, int localityCount) {
        var rows = new ArrayList<Group>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            var organising = new ArrayList<Organising>();
            organising.add(new Organising("syn-org-" + g, "Lead organiser", since()));
            if (g + groupCount < organiserCount) {
                organising.add(new Organising("syn-org-" + (g + groupCount), "Volunteer coordinator", since()));
            }
            int locality = (int) ((long) g * localityCount / groupCount);
            rows.add(new Group("syn-grp-" + g, placeName(locality + 31) + " " + pick(ADJECTIVES) + " Group " + g,
                    "A community group in " + placeName(locality + 31) + ".", null, localityId(locality),
                    organising));
        }
        return rows;
    }

    private List<Activity> activities(int activityCount, int groupCount, int venueCount, int localityCount) {
        var rows = new ArrayList<Activity>(activityCount);
        for (int a = 0; a < activityCount; a++) {
            // One activity for every group first; the rest go mostly to the big providers at the front.
            int group = a < groupCount ? a : (int) (groupCount * Math.pow(random.nextDouble(), 2));
            int locality = (int) ((long) group * localityCount / groupCount);
            var cats = some(categories.stream().map(Category::code).toArray(String[]::new), 1, 2);
            var need = some(needs.stream().map(Need::code).toArray(String[]::new), 1, 3);
            var noun = pick(NOUNS.getOrDefault(cats.getFirst(), new String[] {"session"}));
            String adjective = pick(ADJECTIVES);
            Integer capacity = random.nextInt(5) == 0 ? null : 8 + random.nextInt(33);
            Integer spaces = capacity == null ? null : random.nextInt(7) == 0 ? 0 : random.nextInt(capacity + 1);
            int frequencyRoll = random.nextInt(20);
            String frequency = frequencyRoll < 14 ? "WEEKLY" : frequencyRoll < 17 ? "FORTNIGHTLY" : "MONTHLY";
            String start = pick(START_TIMES);
            String cost = random.nextInt(10) < 7 ? "FREE" : random.nextInt(3) < 2 ? "REDUCED" : "FEE";
            rows.add(new Activity(ACTIVITY_PREFIX + a, "syn-grp-" + group, adjective + " " + noun,
                    "A " + adjective.toLowerCase() + " " + noun + " in " + placeName(locality + 31)
                            + ", good for " + String.join(" and ", need).toLowerCase().replace('_', ' ') + ".",
                    "syn-ven-" + venueIn(locality, venueCount, localityCount), cats, need,
                    some(DAYS, 1, 2), frequency,
                    "MONTHLY".equals(frequency) ? List.of(1, 2, 3, 4, -1).get(random.nextInt(5)) : null,
                    start, LocalTime.parse(start).plusMinutes(60 + 30L * random.nextInt(3)).toString(),
                    capacity, spaces, cost,
                    "FREE".equals(cost) ? null : "£" + (1 + random.nextInt(6)) + " a session",
                    null, "Contact the group organiser", null, null, null,
                    1 + (int) (540 * Math.pow(random.nextDouble(), 2))));
        }
        return rows;
    }

    private List<Acquaintance> knows(int organiserCount) {
        var rows = new ArrayList<Acquaintance>();
        for (int o = 0; o < organiserCount; o++) {
            int edges = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
            for (int e = 0; e < edges; e++) {
                int other = o + 1 + random.nextInt(40);
                if (other < organiserCount) {
                    rows.add(new Acquaintance("syn-org-" + o, "syn-org-" + other, "Met at a network meeting",
                            since()));
                }
            }
        }
        return rows;
    }

    private List<Partnership> partnerships(int groupCount) {
        var rows = new ArrayList<Partnership>();
        for (int g = 0; g < groupCount; g++) {
            int other = g + 1 + random.nextInt(20);
            if (random.nextInt(10) < 3 && other < groupCount) {
                rows.add(new Partnership("syn-grp-" + g, "syn-grp-" + other, "Shared sessions", since()));
            }
        }
        return rows;
    }

    private List<Pcn> pcns(int pcnCount, int localityCount) {
        var rows = new ArrayList<Pcn>(pcnCount);
        for (int p = 0; p < pcnCount; p++) {
            int first = (int) ((long) p * localityCount / pcnCount);
            int last = Math.max(first + 1, (int) ((long) (p + 1) * localityCount / pcnCount));
            var covers = new ArrayList<String>();
            for (int l = first; l < last; l++) {
                covers.add(localityId(l));
            }
            rows.add(new Pcn("syn-pcn-" + p, placeName(first + 31) + " PCN " + p, "SP%05d".formatted(p), covers));
        }
        return rows;
    }

    private List<Practice> practices(int pcnCount) {
        var rows = new ArrayList<Practice>(pcnCount * 5);
        for (int p = 0; p < pcnCount * 5; p++) {
            rows.add(new Practice("syn-prc-" + p, pick(NAME_STARTS) + " Surgery " + p, "SG%05d".formatted(p),
                    "syn-pcn-" + (p / 5)));
        }
        return rows;
    }

    private List<LinkWorker> linkWorkers(int linkWorkerCount, int pcnCount) {
        var rows = new ArrayList<LinkWorker>(linkWorkerCount);
        for (int w = 0; w < linkWorkerCount; w++) {
            rows.add(new LinkWorker(LINK_WORKER_PREFIX + w, "Link worker " + w,
                    "syn-pcn-" + ((long) w * pcnCount / linkWorkerCount)));
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
}
