package org.hedgerow.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.TestGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small network for search tests, at real places in Derbyshire:
 * <pre>
 * Derby and Derbyshire (DDICS)
 * ├── Amber Valley (AMBER)  ├── Belper (BELPER): Strutt Centre, Belper Library, the Chevin
 * │                         └── Duffield (DUFFIELD): Weston Centre
 * ├── Erewash (EREWASH)     └── Long Eaton (LONGEATON): canal towpath, Long Eaton Library
 * └── High Peak (HIGHPEAK)  └── Glossop (GLOSSOP): Manor Park
 * </pre>
 * Eight activities a search may find, plus an archived one and one whose group is archived, which it must not.
 * {@code Canal Choir} was last updated eight months ago (stale); {@code Telephone friends} has no venue.
 */
final class SearchGraph {

    static final String CANAL_CHOIR = "Canal Choir";
    static final String CHAIR_YOGA = "Chair yoga";
    static final String CHEVIN_WALK = "Chevin health walk";
    static final String COFFEE_MORNING = "Coffee morning";
    static final String DIGITAL_HELP = "Digital help drop-in";
    static final String MANOR_PARK_WALK = "Manor Park walk";
    static final String TELEPHONE_FRIENDS = "Telephone friends";
    static final String TOWPATH_WALK = "Towpath walk";

    /** Everything a search without filters finds, in name order. */
    static final List<String> ALL_FINDABLE = List.of(CANAL_CHOIR, CHAIR_YOGA, CHEVIN_WALK, COFFEE_MORNING,
            DIGITAL_HELP, MANOR_PARK_WALK, TELEPHONE_FRIENDS, TOWPATH_WALK);

    /** Venue coordinates, for checking distances. */
    static final Map<String, double[]> VENUES = Map.of(
            "v-strutt", new double[] {53.0208, -1.4812},
            "v-library", new double[] {53.0270, -1.4830},
            "v-chevin", new double[] {53.0250, -1.5010},
            "v-weston", new double[] {52.9872, -1.4876},
            "v-towpath", new double[] {52.9040, -1.2830},
            "v-longeaton-library", new double[] {52.8978, -1.2745},
            "v-manor", new double[] {53.4418, -1.9420});

    private static final String PLACES = """
            CREATE (dd:Locality {id: 'l-dd', code: 'DDICS', name: 'Derby and Derbyshire', kind: 'ICS', version: 0})
            CREATE (amber:Locality {id: 'l-amber', code: 'AMBER', name: 'Amber Valley', kind: 'PLACE', version: 0})-[:WITHIN]->(dd)
            CREATE (erewash:Locality {id: 'l-erewash', code: 'EREWASH', name: 'Erewash', kind: 'PLACE', version: 0})-[:WITHIN]->(dd)
            CREATE (peak:Locality {id: 'l-peak', code: 'HIGHPEAK', name: 'High Peak', kind: 'PLACE', version: 0})-[:WITHIN]->(dd)
            CREATE (belper:Locality {id: 'l-belper', code: 'BELPER', name: 'Belper', kind: 'LOCALITY', version: 0})-[:WITHIN]->(amber)
            CREATE (duffield:Locality {id: 'l-duffield', code: 'DUFFIELD', name: 'Duffield', kind: 'LOCALITY', version: 0})-[:WITHIN]->(amber)
            CREATE (longEaton:Locality {id: 'l-longeaton', code: 'LONGEATON', name: 'Long Eaton', kind: 'LOCALITY', version: 0})-[:WITHIN]->(erewash)
            CREATE (glossop:Locality {id: 'l-glossop', code: 'GLOSSOP', name: 'Glossop', kind: 'LOCALITY', version: 0})-[:WITHIN]->(peak)
            CREATE (:Venue {id: 'v-strutt', name: 'The Strutt Community Centre', postcode: 'DE56 1UU', location: point({latitude: 53.0208, longitude: -1.4812}), accessibility: ['step-free', 'accessible-toilet'], version: 0})-[:IN]->(belper)
            CREATE (:Venue {id: 'v-library', name: 'Belper Library', postcode: 'DE56 1BA', location: point({latitude: 53.0270, longitude: -1.4830}), accessibility: ['step-free', 'hearing-loop'], version: 0})-[:IN]->(belper)
            CREATE (:Venue {id: 'v-chevin', name: 'The Chevin (Chevin Road car park)', postcode: 'DE56 2UN', location: point({latitude: 53.0250, longitude: -1.5010}), accessibility: ['parking'], version: 0})-[:IN]->(belper)
            CREATE (:Venue {id: 'v-weston', name: 'The Weston Centre', postcode: 'DE56 4EH', location: point({latitude: 52.9872, longitude: -1.4876}), accessibility: [], version: 0})-[:IN]->(duffield)
            CREATE (:Venue {id: 'v-towpath', name: 'Erewash Canal towpath', postcode: 'NG10 1LU', location: point({latitude: 52.9040, longitude: -1.2830}), accessibility: [], version: 0})-[:IN]->(longEaton)
            CREATE (:Venue {id: 'v-longeaton-library', name: 'Long Eaton Library', postcode: 'NG10 1JG', location: point({latitude: 52.8978, longitude: -1.2745}), accessibility: ['step-free'], version: 0})-[:IN]->(longEaton)
            CREATE (:Venue {id: 'v-manor', name: 'Manor Park', postcode: 'SK13 7SH', location: point({latitude: 53.4418, longitude: -1.9420}), accessibility: [], version: 0})-[:IN]->(glossop)
            CREATE (:Group {id: 'g-belper', name: 'Belper Friends', status: 'ACTIVE', version: 0})-[:BASED_IN]->(belper)
            CREATE (:Group {id: 'g-duffield', name: 'Duffield Movers', status: 'ACTIVE', version: 0})-[:BASED_IN]->(duffield)
            CREATE (:Group {id: 'g-longeaton', name: 'Long Eaton Canal Friends', status: 'ACTIVE', version: 0})-[:BASED_IN]->(longEaton)
            CREATE (:Group {id: 'g-glossop', name: 'Glossop Walkers', status: 'ACTIVE', version: 0})-[:BASED_IN]->(glossop)
            CREATE (:Group {id: 'g-closed', name: 'Closed Group', status: 'ARCHIVED', version: 0})-[:BASED_IN]->(belper)
            FOREACH (code IN ['WALKING', 'NATURE', 'MUSIC', 'SOCIAL', 'DIGITAL', 'EXERCISE', 'BEFRIENDING'] |
                CREATE (:Category {code: code, name: toLower(code)}))
            FOREACH (code IN ['LONELINESS', 'PHYSICAL_INACTIVITY', 'SOCIAL_ISOLATION', 'DIGITAL_EXCLUSION'] |
                CREATE (:Need {code: code, name: toLower(code)}))
            """;

    private static final String ACTIVITIES = """
            UNWIND $rows AS row
            MATCH (g:Group {id: row.group})
            CREATE (g)-[:RUNS]->(a:Activity {id: row.id, name: row.name, description: row.description,
                days: row.days, frequency: row.frequency, startTime: localtime(row.startTime),
                endTime: localtime(row.endTime), cost: row.cost, costNote: row.costNote, capacity: row.capacity,
                spacesLeft: row.spacesLeft, status: row.status,
                updatedAt: datetime() - duration({days: row.updatedDaysAgo}), version: 0})
            WITH a, row
            CALL (a, row) { MATCH (v:Venue {id: row.venue}) CREATE (a)-[:HELD_AT]->(v) }
            CALL (a, row) { UNWIND row.categories AS code MATCH (c:Category {code: code}) CREATE (a)-[:IN_CATEGORY]->(c) }
            CALL (a, row) { UNWIND row.needs AS code MATCH (n:Need {code: code}) CREATE (a)-[:SUPPORTS]->(n) }
            """;

    private SearchGraph() {
    }

    static void create(Neo4jClient neo4j) {
        TestGraph.clear(neo4j);
        neo4j.query(PLACES).run();
        var rows = new ArrayList<Map<String, Object>>();
        rows.add(activity("a-towpath-walk", TOWPATH_WALK, "A gentle walk along the Erewash canal towpath, under the bridge and back.",
                "g-longeaton", "v-towpath", List.of("WALKING"), List.of("PHYSICAL_INACTIVITY", "LONELINESS"),
                List.of("TUESDAY"), "10:00", "11:30", "FREE", null, null, null, 10, "ACTIVE"));
        rows.add(activity("a-canal-choir", CANAL_CHOIR, "A choir that sings by the canal bridge in Long Eaton. New voices welcome at choir practice.",
                "g-longeaton", "v-longeaton-library", List.of("MUSIC"), List.of("LONELINESS"),
                List.of("THURSDAY"), "19:00", "20:30", "REDUCED", "£2 a session", 30, 0, 240, "ACTIVE"));
        rows.add(activity("a-chevin-walk", CHEVIN_WALK, "A steady walk up the Chevin with views over the Derwent valley.",
                "g-belper", "v-chevin", List.of("WALKING", "NATURE"), List.of("PHYSICAL_INACTIVITY"),
                List.of("SATURDAY"), "09:30", "11:00", "FREE", null, 20, 5, 30, "ACTIVE"));
        rows.add(activity("a-coffee-morning", COFFEE_MORNING, "Tea, cake and a chat at the Strutt Centre; the choir sometimes drops in to sing.",
                "g-belper", "v-strutt", List.of("SOCIAL"), List.of("LONELINESS", "SOCIAL_ISOLATION"),
                List.of("WEDNESDAY"), "10:00", "11:30", "FREE", null, null, null, 5, "ACTIVE"));
        rows.add(activity("a-digital-help", DIGITAL_HELP, "Help with phones, tablets and online forms.",
                "g-belper", "v-library", List.of("DIGITAL"), List.of("DIGITAL_EXCLUSION"),
                List.of("MONDAY", "THURSDAY"), "14:00", "16:00", "FEE", "£3 a session", 8, 2, 20, "ACTIVE"));
        rows.add(activity("a-old-walk", "Old riverside walk", "A walk by the river that no longer runs.",
                "g-belper", "v-strutt", List.of("WALKING"), List.of("PHYSICAL_INACTIVITY"),
                List.of("TUESDAY"), "10:00", "11:00", "FREE", null, null, null, 400, "ARCHIVED"));
        rows.add(activity("a-closed-group-walk", "Closed group walk", "A walk run by a group that has closed.",
                "g-closed", "v-strutt", List.of("WALKING"), List.of("PHYSICAL_INACTIVITY"),
                List.of("TUESDAY"), "10:00", "11:00", "FREE", null, null, null, 2, "ACTIVE"));
        rows.add(activity("a-chair-yoga", CHAIR_YOGA, "Gentle seated yoga for all abilities.",
                "g-duffield", "v-weston", List.of("EXERCISE"), List.of("PHYSICAL_INACTIVITY"),
                List.of("TUESDAY"), "13:00", "14:00", "REDUCED", "Pay what you can", 12, 12, 3, "ACTIVE"));
        rows.add(activity("a-manor-park-walk", MANOR_PARK_WALK, "A flat walk round Manor Park and a cuppa after.",
                "g-glossop", "v-manor", List.of("WALKING"), List.of("PHYSICAL_INACTIVITY"),
                List.of("FRIDAY"), "10:00", "11:00", "FREE", null, null, null, 1, "ACTIVE"));
        rows.add(activity("a-telephone-friends", TELEPHONE_FRIENDS, "A weekly call from a friendly volunteer.",
                "g-belper", null, List.of("BEFRIENDING"), List.of("LONELINESS"),
                List.of(), null, null, "FREE", null, null, null, 15, "ACTIVE"));
        neo4j.query(ACTIVITIES).bind(rows).to("rows").run();
    }

    private static Map<String, Object> activity(String id, String name, String description, String group, String venue,
                                                List<String> categories, List<String> needs, List<String> days,
                                                String startTime, String endTime, String cost, String costNote,
                                                Integer capacity, Integer spacesLeft, int updatedDaysAgo, String status) {
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("name", name);
        row.put("description", description);
        row.put("group", group);
        row.put("venue", venue);
        row.put("categories", categories);
        row.put("needs", needs);
        row.put("days", days);
        row.put("frequency", "WEEKLY");
        row.put("startTime", startTime);
        row.put("endTime", endTime);
        row.put("cost", cost);
        row.put("costNote", costNote);
        row.put("capacity", capacity);
        row.put("spacesLeft", spacesLeft);
        row.put("updatedDaysAgo", updatedDaysAgo);
        row.put("status", status);
        return row;
    }

    /** Great-circle distance in metres (haversine on the mean Earth radius). */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
    }
}
