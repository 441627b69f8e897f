package org.hedgerow.openreferral;

import org.hedgerow.TestGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small directory for the feed's tests, with hand-worked answers to every filter:
 * <pre>
 * id            name                     group (status)        venue     timetable                     cost     ages   terms                 updated
 * a-walk        Friday friendship walk   g-walkers             Strutt    weekly FR 10:00–11:30         free     –      WALKING, LONELINESS   2026-11-01
 * a-choir       Canal bridge choir       g-choir               towpath   1st SA of month 14:00–16:00   fee      18–    MUSIC, STRESS         2026-06-01
 * a-youth       Young walkers            g-walkers             Strutt    fortnightly TU,TH 16:00–17:00 reduced  11–17  WALKING               2026-10-01
 * a-phone       Telephone friends        g-choir               –         by arrangement                free     65–    LONELINESS            2026-09-01
 * a-old         Old walk (ARCHIVED)      g-walkers             Strutt    weekly MO 09:00–10:00         free     –      WALKING               2026-01-01
 * a-craft       Craft circle             g-closed (ARCHIVED)   Strutt    weekly WE 10:00–12:00         free     –      –                     2026-02-01
 * </pre>
 * The Strutt Centre is in Belper, 0.4 km from the centre of postcode district DE56; the canal towpath is in Long Eaton,
 * about 19 km away. Beside the directory: an organiser (a person), a participant and a referral with personal
 * details, and an activity contact that is a person's own e-mail, none of which the feed may ever show.
 */
final class FeedGraph {

    static final String ORGANISER_NAME = "Gene Ashworth";
    static final String PARTICIPANT_REFERENCE = "PX-SECRET-REF-0042";
    static final String PARTICIPANT_CONTACT = "07700 900123";
    static final String REFERRAL_REASON = "grieving since a bereavement";
    static final String PERSONAL_EMAIL = "gene.private@example.com";

    private static final String GRAPH = """
            CREATE (dd:Locality {id: 'l-dd', code: 'DDICS', name: 'Derby and Derbyshire', kind: 'ICS'})
            CREATE (amber:Locality {id: 'l-amber', code: 'AMBER', name: 'Amber Valley', kind: 'PLACE'})-[:WITHIN]->(dd)
            CREATE (erewash:Locality {id: 'l-erewash', code: 'EREWASH', name: 'Erewash', kind: 'PLACE'})-[:WITHIN]->(dd)
            CREATE (belper:Locality {id: 'l-belper', code: 'BELPER', name: 'Belper', kind: 'LOCALITY'})-[:WITHIN]->(amber)
            CREATE (longEaton:Locality {id: 'l-longeaton', code: 'LONGEATON', name: 'Long Eaton', kind: 'LOCALITY'})-[:WITHIN]->(erewash)
            CREATE (strutt:Venue {id: 'v-strutt', name: 'The Strutt Community Centre', address: 'Derby Road, Belper',
                    postcode: 'DE56 1UU', location: point({latitude: 53.0208, longitude: -1.4812}),
                    accessibility: ['step-free', 'hearing-loop']})-[:IN]->(belper)
            CREATE (towpath:Venue {id: 'v-towpath', name: 'Erewash Canal towpath', postcode: 'NG10 3LJ',
                    location: point({latitude: 52.9040, longitude: -1.2830}), accessibility: []})-[:IN]->(longEaton)
            CREATE (walking:Category {code: 'WALKING', name: 'Walking', green: true})
            CREATE (music:Category {code: 'MUSIC', name: 'Music and singing', green: false})
            CREATE (lonely:Need {code: 'LONELINESS', name: 'Loneliness'})
            CREATE (stress:Need {code: 'STRESS', name: 'Stress'})
            CREATE (walkers:Group {id: 'g-walkers', name: 'Belper Friendship Walkers', description: 'Walks for everyone',
                    website: 'https://walkers.example.org', status: 'ACTIVE'})-[:BASED_IN]->(belper)
            CREATE (choir:Group {id: 'g-choir', name: 'Towpath Voices', website: 'not a web address', status: 'ACTIVE'})
                   -[:BASED_IN]->(longEaton)
            CREATE (closed:Group {id: 'g-closed', name: 'Craft friends', description: 'Crafts', status: 'ARCHIVED'})
                   -[:BASED_IN]->(belper)
            CREATE (gene:Organiser {id: 'o-gene', name: $organiser})-[:ORGANISES {role: 'Lead'}]->(walkers)
            CREATE (walkers)-[:RUNS]->(walk:Activity {id: 'a-walk', name: 'Friday friendship walk',
                    description: 'A gentle stroll round the park', status: 'ACTIVE', days: ['FRIDAY'], frequency: 'WEEKLY',
                    startTime: localtime('10:00'), endTime: localtime('11:30'), cost: 'FREE', contact: $email,
                    updatedAt: datetime('2026-11-01T09:00:00Z')})-[:HELD_AT]->(strutt)
            CREATE (walk)-[:IN_CATEGORY]->(walking), (walk)-[:SUPPORTS]->(lonely)
            CREATE (choir)-[:RUNS]->(sing:Activity {id: 'a-choir', name: 'Canal bridge choir', description: 'Singing together',
                    status: 'ACTIVE', days: ['SATURDAY'], frequency: 'MONTHLY', weekOfMonth: 1,
                    startTime: localtime('14:00'), endTime: localtime('16:00'), cost: 'FEE', costNote: '£3 a session',
                    minimumAge: 18, updatedAt: datetime('2026-06-01T09:00:00Z')})-[:HELD_AT]->(towpath)
            CREATE (sing)-[:IN_CATEGORY]->(music), (sing)-[:SUPPORTS]->(stress)
            CREATE (walkers)-[:RUNS]->(youth:Activity {id: 'a-youth', name: 'Young walkers', description: 'For teenagers',
                    status: 'ACTIVE', days: ['TUESDAY', 'THURSDAY'], frequency: 'FORTNIGHTLY',
                    startTime: localtime('16:00'), endTime: localtime('17:00'), cost: 'REDUCED', costNote: 'Pay what you can',
                    minimumAge: 11, maximumAge: 17, updatedAt: datetime('2026-10-01T09:00:00Z')})-[:HELD_AT]->(strutt)
            CREATE (youth)-[:IN_CATEGORY]->(walking)
            CREATE (choir)-[:RUNS]->(phone:Activity {id: 'a-phone', name: 'Telephone friends', description: 'A weekly call',
                    status: 'ACTIVE', days: [], cost: 'FREE', minimumAge: 65, updatedAt: datetime('2026-09-01T00:00:00Z')})
            CREATE (phone)-[:SUPPORTS]->(lonely)
            CREATE (walkers)-[:RUNS]->(old:Activity {id: 'a-old', name: 'Old walk', description: 'No longer runs',
                    status: 'ARCHIVED', days: ['MONDAY'], frequency: 'WEEKLY', startTime: localtime('09:00'),
                    endTime: localtime('10:00'), cost: 'FREE', updatedAt: datetime('2026-01-01T09:00:00Z')})-[:HELD_AT]->(strutt)
            CREATE (old)-[:IN_CATEGORY]->(walking)
            CREATE (closed)-[:RUNS]->(craft:Activity {id: 'a-craft', name: 'Craft circle', description: 'Knitting and sewing',
                    status: 'ACTIVE', days: ['WEDNESDAY'], frequency: 'WEEKLY', startTime: localtime('10:00'),
                    endTime: localtime('12:00'), cost: 'FREE', updatedAt: datetime('2026-02-01T09:00:00Z')})-[:HELD_AT]->(strutt)
            CREATE (person:Participant {id: 'p-1', reference: $reference, contact: $contact, consent: true})
            CREATE (referral:Referral {id: 'r-1', status: 'SENT', reason: $reason})-[:OF]->(person)
            CREATE (referral)-[:TO]->(walk)
            """;

    private FeedGraph() {
    }

    static void create(Neo4jClient neo4j) {
        TestGraph.clear(neo4j);
        neo4j.query(GRAPH).bind(ORGANISER_NAME).to("organiser").bind(PERSONAL_EMAIL).to("email")
                .bind(PARTICIPANT_REFERENCE).to("reference").bind(PARTICIPANT_CONTACT).to("contact")
                .bind(REFERRAL_REASON).to("reason").run();
    }
}
