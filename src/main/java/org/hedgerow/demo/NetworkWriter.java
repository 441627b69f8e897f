package org.hedgerow.demo;

import java.util.List;
import java.util.function.Consumer;

import org.hedgerow.activities.WayIn;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a network as one parameterised {@code UNWIND $rows} statement per kind and batch, in dependency
 * order (places before venues, groups before activities, links last). Every statement MERGEs on ids, so
 * writing the same rows twice changes nothing: a generator that was stopped can simply run again.
 * Spring Data's entity saving is not used here: it is orders of magnitude slower for bulk writes.
 */
@Component
class NetworkWriter {

    private static final String LOCALITIES = """
            UNWIND $rows AS row
            MERGE (l:Locality {id: row.id})
            SET l.name = row.name, l.code = row.code, l.kind = row.kind,
                l.centre = point({latitude: row.lat, longitude: row.lon}), l.version = coalesce(l.version, 0)
            """;

    private static final String LOCALITIES_WITHIN = """
            UNWIND $rows AS row
            MATCH (l:Locality {id: row.id})
            WITH l, row
            MATCH (parent:Locality {id: row.within})
            MERGE (l)-[:WITHIN]->(parent)
            """;

    private static final String CATEGORIES = """
            UNWIND $rows AS row
            MERGE (c:Category {code: row.code}) SET c.name = row.name, c.green = row.green
            """;

    private static final String NEEDS = """
            UNWIND $rows AS row
            MERGE (n:Need {code: row.code}) SET n.name = row.name
            """;

    private static final String VENUES = """
            UNWIND $rows AS row
            MATCH (l:Locality {id: row.locality})
            MERGE (v:Venue {id: row.id})
            SET v.name = row.name, v.address = row.address, v.postcode = row.postcode,
                v.location = point({latitude: row.lat, longitude: row.lon}),
                v.accessibility = coalesce(row.accessibility, []), v.version = coalesce(v.version, 0)
            MERGE (v)-[:IN]->(l)
            """;

    private static final String ORGANISERS = """
            UNWIND $rows AS row
            MERGE (o:Organiser {id: row.id})
            SET o.name = row.name, o.bio = row.bio, o.version = coalesce(o.version, 0)
            """;

    private static final String GROUPS = """
            UNWIND $rows AS row
            MATCH (l:Locality {id: row.locality})
            MERGE (g:Group {id: row.id})
            SET g.name = row.name, g.description = row.description, g.website = row.website,
                g.status = 'ACTIVE', g.version = coalesce(g.version, 0)
            MERGE (g)-[:BASED_IN]->(l)
            WITH g, row
            UNWIND row.organisers AS organising
            MATCH (o:Organiser {id: organising.organiser})
            MERGE (o)-[r:ORGANISES]->(g)
            SET r.role = organising.role, r.since = date(organising.since)
            """;

    private static final String ACTIVITIES = """
            UNWIND $rows AS row
            MATCH (g:Group {id: row.group})
            MERGE (a:Activity {id: row.id})
            SET a.name = row.name, a.description = row.description, a.days = row.days,
                a.frequency = row.frequency, a.weekOfMonth = row.weekOfMonth,
                a.startTime = localtime(row.startTime), a.endTime = localtime(row.endTime),
                a.capacity = row.capacity, a.spacesLeft = row.spacesLeft,
                a.cost = row.cost, a.costNote = row.costNote,
                a.whatToBring = row.whatToBring, a.contact = row.contact,
                a.minimumAge = row.minimumAge, a.maximumAge = row.maximumAge,
                a.wayIn = row.wayIn, a.status = 'ACTIVE',
                a.updatedAt = datetime() - duration({days: row.updatedDaysAgo}),
                a.version = coalesce(a.version, 0)
            SET a.wayIn = %s
            MERGE (g)-[:RUNS]->(a)
            WITH a, row
            CALL (a, row) { MATCH (v:Venue {id: row.venue}) MERGE (a)-[:HELD_AT]->(v) }
            CALL (a, row) { UNWIND row.categories AS code MATCH (c:Category {code: code}) MERGE (a)-[:IN_CATEGORY]->(c) }
            CALL (a, row) { UNWIND row.needs AS code MATCH (n:Need {code: code}) MERGE (a)-[:SUPPORTS]->(n) }
            """.formatted(WayIn.OF_ACTIVITY); // the file's way in, else the activities' own default

    private static final String KNOWS = """
            UNWIND $rows AS row
            MATCH (a:Organiser {id: row.from})
            WITH a, row
            MATCH (b:Organiser {id: row.to})
            MERGE (a)-[k:KNOWS]->(b)
            SET k.context = row.context, k.since = date(row.since)
            """;

    private static final String PARTNERSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Group {id: row.from})
            WITH a, row
            MATCH (b:Group {id: row.to})
            MERGE (a)-[p:PARTNERS_WITH]->(b)
            SET p.note = row.note, p.since = date(row.since)
            """;

    private static final String PCNS = """
            UNWIND $rows AS row
            MERGE (p:Pcn {id: row.id})
            SET p.name = row.name, p.odsCode = row.odsCode, p.version = coalesce(p.version, 0)
            WITH p, row
            UNWIND row.covers AS localityId
            MATCH (l:Locality {id: localityId})
            MERGE (p)-[:COVERS]->(l)
            """;

    private static final String PRACTICES = """
            UNWIND $rows AS row
            MATCH (pcn:Pcn {id: row.pcn})
            MERGE (p:Practice {id: row.id})
            SET p.name = row.name, p.odsCode = row.odsCode, p.version = coalesce(p.version, 0)
            MERGE (p)-[:MEMBER_OF]->(pcn)
            """;

    private static final String LINK_WORKERS = """
            UNWIND $rows AS row
            MATCH (pcn:Pcn {id: row.pcn})
            MERGE (w:LinkWorker {id: row.id})
            SET w.name = row.name, w.version = coalesce(w.version, 0)
            MERGE (w)-[:WORKS_FOR]->(pcn)
            """;

    /** One written batch: which kind, how many of that kind so far, out of how many. */
    record Progress(String kind, int written, int total) {
    }

    private final Neo4jClient neo4j;

    NetworkWriter(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Writes the whole network in batches of {@code batchSize} rows, reporting each batch. */
    void write(NetworkRows network, int batchSize, Consumer<Progress> progress) {
        write("localities", LOCALITIES, network.localities(), batchSize, progress);
        write("locality links", LOCALITIES_WITHIN,
                network.localities().stream().filter(locality -> locality.within() != null).toList(), batchSize,
                progress);
        write("categories", CATEGORIES, network.categories(), batchSize, progress);
        write("needs", NEEDS, network.needs(), batchSize, progress);
        write("venues", VENUES, network.venues(), batchSize, progress);
        write("organisers", ORGANISERS, network.organisers(), batchSize, progress);
        write("groups", GROUPS, network.groups(), batchSize, progress);
        write("activities", ACTIVITIES, network.activities(), batchSize, progress);
        write("introductions", KNOWS, network.knows(), batchSize, progress);
        write("partnerships", PARTNERSHIPS, network.partnerships(), batchSize, progress);
        write("PCNs", PCNS, network.pcns(), batchSize, progress);
        write("practices", PRACTICES, network.practices(), batchSize, progress);
        write("link workers", LINK_WORKERS, network.linkWorkers(), batchSize, progress);
    }

    private void write(String kind, String cypher, List<?> rows, int batchSize,
                       Consumer<Progress> progress) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            int to = Math.min(rows.size(), from + batchSize);
            neo4j.query(cypher).bind(rows.subList(from, to)).to("rows").run();
            progress.accept(new Progress(kind, to, rows.size()));
        }
    }
}
