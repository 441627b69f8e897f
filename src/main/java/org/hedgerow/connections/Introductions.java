package org.hedgerow.connections;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hedgerow.core.ConflictException;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.NotFoundException;
import org.hedgerow.core.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to meet another organiser, and answering. Each is one Cypher statement that decides who may
 * act, checks the rules under a write lock and makes the change, reporting why nothing changed when it
 * did not; an accepted introduction becomes one {@code KNOWS} edge in the same transaction.
 */
@Component
class Introductions {

    /**
     * The introduction {@code i} as an {@link IntroductionView}, with its organisers' and group's names
     * (variables unused by the statements).
     */
    static final String VIEW = """
            i {.id, .context, .status, .requestedAt, .answeredAt, .note, .version,
               from: [(i)-[:FROM]->(asker:Organiser) | asker {.id, .name}][0],
               to: [(i)-[:TO]->(asked:Organiser) | asked {.id, .name}][0],
               about: [(i)-[:ABOUT]->(topic:Group) | topic {.id, .name}][0],
               gathering: [(i)-[:MADE_AT]->(met:Gathering) | met {.id, name: met.title}][0]}""";

    /**
     * Whether {@code account} may act as the organiser bound to the variable named: an enabled admin, or an
     * enabled provider who acts as that organiser. Asking, answering and listing all decide it so.
     */
    static String mayActAs(String organiser) {
        return """
                account IS NOT NULL AND account.enabled AND (
                       account.role = 'ADMIN'
                    OR (account.role = 'PROVIDER' AND EXISTS { (account)-[:ACTS_AS]->(%s) })
                )""".formatted(organiser);
    }

    private static final String REQUEST = """
            OPTIONAL MATCH (account:Account {id: $accountId})
            OPTIONAL MATCH (from:Organiser {id: $from})
            OPTIONAL MATCH (to:Organiser {id: $to})
            OPTIONAL MATCH (about:Group {id: $group})
            WITH from, to, about, from IS NOT NULL AND %s AS mayAct
            OPTIONAL CALL (from, to, about, mayAct) {
                WITH from, to, about
                WHERE mayAct AND to IS NOT NULL AND from <> to AND ($group IS NULL OR about IS NOT NULL)
                // Lock both organisers, always in the same order, before looking for an acquaintance or an
                // open request: of two requests between one pair (either way round) one waits for the
                // other and then sees it, and the two cannot deadlock.
                FOREACH (o IN CASE WHEN from.id < to.id THEN [from, to] ELSE [to, from] END |
                    SET o._lock = true REMOVE o._lock)
                WITH from, to, about,
                     EXISTS { (from)-[:KNOWS]-(to) } AS known,
                     EXISTS { (from)<-[:FROM|TO]-(:Introduction {status: 'REQUESTED'})-[:FROM|TO]->(to) } AS open
                OPTIONAL CALL (from, to, about, known, open) {
                    WITH from, to, about WHERE NOT known AND NOT open
                    CREATE (i:Introduction {id: $id, context: $context, status: 'REQUESTED', requestedAt: $now,
                                            version: 0})
                    CREATE (i)-[:FROM]->(from)
                    CREATE (i)-[:TO]->(to)
                    FOREACH (g IN CASE WHEN about IS NULL THEN [] ELSE [about] END | CREATE (i)-[:ABOUT]->(g))
                    RETURN i
                }
                RETURN known, open, i
            }
            RETURN from IS NOT NULL AS fromFound, to IS NOT NULL AS toFound, about IS NOT NULL AS groupFound,
                   mayAct, known, open, CASE WHEN i IS NULL THEN null ELSE %s END AS introduction
            """.formatted(mayActAs("from"), VIEW);

    private static final String ANSWER = """
            OPTIONAL MATCH (i:Introduction {id: $id})
            OPTIONAL MATCH (i)-[:FROM]->(from:Organiser)
            OPTIONAL MATCH (i)-[:TO]->(to:Organiser)
            OPTIONAL MATCH (account:Account {id: $accountId})
            WITH i, from, to, i IS NOT NULL AND %s AS mayAnswer
            OPTIONAL CALL (i, from, to, mayAnswer) {
                WITH i, from, to WHERE mayAnswer
                // Write-lock the introduction before reading its status and version: of two answers, one wins.
                SET i._lock = true
                REMOVE i._lock
                WITH i, from, to WHERE i.status = 'REQUESTED' AND i.version = $version
                SET i.status = $status, i.answeredAt = $now, i.note = $note, i.version = i.version + 1
                FOREACH (_ IN CASE WHEN $status = 'ACCEPTED' AND NOT EXISTS { (from)-[:KNOWS]-(to) }
                              THEN [1] ELSE [] END |
                    CREATE (from)-[:KNOWS {context: i.context, since: $today, introductionId: i.id}]->(to))
                RETURN true AS answered
            }
            RETURN i IS NOT NULL AS found, mayAnswer, answered IS NOT NULL AS answered,
                   CASE WHEN i IS NULL THEN null ELSE %s END AS introduction
            """.formatted(mayActAs("to"), VIEW);

    /** What asking found and, when nothing stood in the way, the introduction it made. */
    private record Requested(boolean fromFound, boolean toFound, boolean groupFound, boolean mayAct, boolean known,
                             boolean open, IntroductionView introduction) {
    }

    /** What answering found, whether it answered, and the introduction as it now stands. */
    private record Answered(boolean found, boolean mayAnswer, boolean answered, IntroductionView introduction) {
    }

    private final Neo4jClient neo4j;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Introductions(Neo4jClient neo4j, ApplicationEventPublisher events, Clock clock) {
        this.neo4j = neo4j;
        this.events = events;
        this.clock = clock;
    }

    /** Asks, as organiser {@code from}, to be introduced; {@link IntroductionRequested} follows the commit. */
    @Transactional
    IntroductionView request(String accountId, String from, IntroductionRequest request) {
        var introduction = request(accountId, from, request, clock.instant());
        events.publishEvent(new IntroductionRequested(introduction.id(), introduction.from().id(),
                introduction.to().id()));
        return introduction;
    }

    /** Asks {@code at}, or refuses; announces nothing. */
    IntroductionView request(String accountId, String from, IntroductionRequest request, Instant at) {
        if (from.equals(request.to())) {
            throw new InvalidRequestException("to", "is you: ask to meet someone else");
        }
        var query = neo4j.query(REQUEST)
                .bind(accountId).to("accountId").bind(from).to("from").bind(request.to()).to("to")
                .bind(request.group()).to("group").bind(request.context().strip()).to("context")
                .bind(UUID.randomUUID().toString()).to("id").bind(at.atZone(ZoneOffset.UTC)).to("now");
        var outcome = Rows.fetch(query, Requested.class).one().orElseThrow();
        if (!outcome.fromFound()) {
            throw new InvalidRequestException("from", "is not an organiser in the network");
        }
        if (!outcome.mayAct()) {
            throw new ForbiddenException("A provider asks for introductions as their own organiser; only an admin "
                    + "may ask on someone else's behalf.");
        }
        if (!outcome.toFound()) {
            throw new InvalidRequestException("to", "is not an organiser in the network");
        }
        if (!outcome.groupFound() && request.group() != null) {
            throw new InvalidRequestException("group", "is not a group in the network");
        }
        if (outcome.known()) {
            throw new ConflictException("You already know each other.");
        }
        if (outcome.open()) {
            throw new ConflictException("There is already an open introduction between you two; it needs an "
                    + "answer first.");
        }
        return outcome.introduction();
    }

    /** The recipient (or an admin) accepts: the two now know each other ({@link IntroductionMade}). */
    @Transactional
    IntroductionView accept(String introductionId, String accountId, IntroductionAnswer answer) {
        var introduction = answer(introductionId, accountId, answer, IntroductionStatus.ACCEPTED, clock.instant());
        events.publishEvent(new IntroductionMade(introduction.id(), introduction.from().id(), introduction.to().id()));
        return introduction;
    }

    /** The recipient (or an admin) declines ({@link IntroductionDeclined}). */
    @Transactional
    IntroductionView decline(String introductionId, String accountId, IntroductionAnswer answer) {
        var introduction = answer(introductionId, accountId, answer, IntroductionStatus.DECLINED, clock.instant());
        events.publishEvent(new IntroductionDeclined(introduction.id(), introduction.from().id(),
                introduction.to().id()));
        return introduction;
    }

    /** Answers {@code at} (an acceptance makes them known to each other from that day), or refuses; announces nothing. */
    IntroductionView answer(String introductionId, String accountId, IntroductionAnswer answer,
                            IntroductionStatus status, Instant at) {
        var query = neo4j.query(ANSWER)
                .bind(introductionId).to("id").bind(accountId).to("accountId").bind(answer.version()).to("version")
                .bind(status.name()).to("status").bind(answer.note()).to("note")
                .bind(at.atZone(ZoneOffset.UTC)).to("now")
                .bind(NetworkZone.dayOf(at)).to("today");
        var outcome = Rows.fetch(query, Answered.class).one().orElseThrow();
        if (!outcome.found()) {
            throw new NotFoundException("There is no introduction " + introductionId + ".");
        }
        if (!outcome.mayAnswer()) {
            throw new ForbiddenException("Only the organiser the introduction is to (or an admin) may answer it.");
        }
        var introduction = outcome.introduction();
        if (!outcome.answered()) {
            throw new ConflictException(introduction.status() == IntroductionStatus.REQUESTED
                    ? "The introduction changed since version " + answer.version() + "; reload it and try again."
                    : "The introduction was already " + introduction.status().name().toLowerCase() + ".");
        }
        return introduction;
    }
}
