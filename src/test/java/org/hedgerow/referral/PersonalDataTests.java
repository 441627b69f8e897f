package org.hedgerow.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal data kept only as long as needed: the retention job, subject access, erasure on request and withdrawal of
 * consent, through the real API on {@link ReferralApiTest}'s network. Every referral the fixture makes is for
 * {@code BEL-0142}, "Phone 07700 900123, prefers mornings", "Recently bereaved; keen on walking."
 */
class PersonalDataTests extends ReferralApiTest {

    private static final String REFERENCE = "BEL-0142";
    /** Bits of the personal details that must not be anywhere once erased (nor ever in audit lines or notices). */
    private static final List<String> PERSONAL = List.of(REFERENCE, "07700", "bereaved", "Met them at the door");

    @Autowired PersonalDataErasure erasure;
    @Autowired ReferralWithdrawals withdrawals;
    @Autowired ErasureLedger ledger;
    @Autowired AuditTrail audit;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    // --- retention

    @Test
    void retentionErasesOnlyPeopleWhoseReferralsAllClosedLongerAgoThanThePeriodAndRunningTwiceChangesNothing()
            throws Exception {
        var closedLongAgo = refer(SING);
        move("quinn", closedLongAgo, ReferralStatus.DECLINED, "\"declineReason\": \"OTHER\", \"note\": \"Met them at the door\"")
                .andExpect(status().isOk());
        var closedLately = refer(SING);
        move("lee", closedLately, ReferralStatus.WITHDRAWN, null).andExpect(status().isOk());
        var openLongAgo = refer(SING);
        backdate(closedLongAgo, 400);
        backdate(closedLately, 100);
        backdate(openLongAgo, 400);

        var done = erasure.pastRetention(clock.instant());

        assertThat(done).isEqualTo(new PersonalDataErasure.Done(1, 1));
        assertErased(closedLongAgo);
        assertKept(closedLately);
        assertKept(openLongAgo);
        assertThat(audited("PERSONAL_DATA_ERASED", participantOf(closedLongAgo))).isEqualTo(1);
        var before = everything();

        assertThat(erasure.pastRetention(clock.instant())).isEqualTo(new PersonalDataErasure.Done(0, 0));
        assertThat(everything()).as("a second run finds nothing to do").isEqualTo(before);
    }

    @Test
    void theRetentionPeriodRunsFromTheLastOfAPersonsReferralsSoAnOpenOnwardReferralKeepsTheEarlierOne() throws Exception {
        var first = refer(WALK);
        move("pat", first, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("pat", first, ReferralStatus.ATTENDING, null).andExpect(status().isOk());
        move("pat", first, ReferralStatus.COMPLETED, null).andExpect(status().isOk());
        var onward = JsonPath.<String>read(as("pat", HttpMethod.POST, "/api/referrals/" + first + "/onward", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Loves singing"}""".formatted(SING))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        backdate(first, 800);
        backdate(onward, 400);

        assertThat(erasure.pastRetention(clock.instant())).isEqualTo(new PersonalDataErasure.Done(0, 0));
        assertKept(first);

        move("quinn", onward, ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"").andExpect(status().isOk());
        backdate(onward, 400);
        assertThat(erasure.pastRetention(clock.instant())).isEqualTo(new PersonalDataErasure.Done(1, 2));
        assertErased(first);
        assertErased(onward);
    }

    @Test
    void aReferralLeftWaitingWithNoChangeIsWithdrawnByHedgerowSoThatItsRetentionCanBegin() throws Exception {
        var sentLongAgo = refer(SING);
        var acceptedLongAgo = refer(WALK);
        move("pat", acceptedLongAgo, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        assertThat(spacesLeft(WALK)).isZero();
        var attendingLongAgo = refer(SING);
        move("quinn", attendingLongAgo, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("quinn", attendingLongAgo, ReferralStatus.ATTENDING, null).andExpect(status().isOk());
        var sentLately = refer(SING);
        backdate(sentLongAgo, 200);
        backdate(acceptedLongAgo, 200);
        backdate(attendingLongAgo, 400);
        backdate(sentLately, 100);
        events.clear();

        assertThat(withdrawals.idle(clock.instant())).isEqualTo(2);

        assertThat(statusOf(sentLongAgo)).isEqualTo("WITHDRAWN");
        assertThat(statusOf(acceptedLongAgo)).isEqualTo("WITHDRAWN");
        assertThat(statusOf(attendingLongAgo)).as("people attend for years").isEqualTo("ATTENDING");
        assertThat(statusOf(sentLately)).isEqualTo("SENT");
        assertThat(spacesLeft(WALK)).as("the space the accepted referral held").isEqualTo(1);
        assertThat(events.ofType(ReferralStatusChanged.class)).extracting(ReferralStatusChanged::referralId)
                .containsExactlyInAnyOrder(sentLongAgo, acceptedLongAgo);
        assertThat(count("""
                MATCH (e:AuditEvent {kind: 'REFERRAL_CHANGED', actor: 'retention'})
                WHERE e.detail ENDS WITH 'WITHDRAWN: retention: no change in 180 days' RETURN count(e)""")).isEqualTo(2);
        assertThat(neo4j.query("""
                MATCH (:Referral {id: $id})-[:HAD]->(e:ReferralEvent {status: 'WITHDRAWN'})
                WHERE e.note STARTS WITH 'Withdrawn by Hedgerow' AND e.by IS NULL RETURN count(e)""")
                .bind(acceptedLongAgo).to("id").fetchAs(Long.class).one()).contains(1L);
        assertThat(count("""
                MATCH (n:Notification {kind: 'REFERRAL_STATUS_CHANGED', status: 'WITHDRAWN'})-[:FOR]->(:Account {username: 'pat'})
                RETURN count(n)""")).as("the group is told").isEqualTo(1);
        assertThat(count("""
                MATCH (n:Notification {kind: 'REFERRAL_STATUS_CHANGED', status: 'WITHDRAWN'})-[:FOR]->(:Account {username: 'lee'})
                RETURN count(n)""")).as("and so is the link worker who made them").isEqualTo(2);
        assertKept(sentLongAgo);

        var before = everything();
        assertThat(withdrawals.idle(clock.instant())).isZero();
        assertThat(everything()).as("a second run finds nothing to do").isEqualTo(before);
        assertThat(erasure.pastRetention(clock.instant())).as("their retention period runs from today")
                .isEqualTo(new PersonalDataErasure.Done(0, 0));
    }

    @Test
    void theJobWalksTheStoreInPagesAndErasesEveryoneDueWhateverThePageSize() throws Exception {
        var due = List.of(refer(SING), refer(SING), refer(SING));
        for (var id : due) {
            move("quinn", id, ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"").andExpect(status().isOk());
            backdate(id, 400);
        }
        var kept = refer(SING);
        var pageOfOne = new PersonalDataErasure(neo4j, audit,
                new RetentionProperties(Duration.ofDays(365), Duration.ofDays(180), "-", ZoneId.of("Europe/London"), 1,
                        ledger.file(), true),
                ledger, withdrawals, transactions, clock);

        assertThat(pageOfOne.pastRetention(clock.instant())).isEqualTo(new PersonalDataErasure.Done(3, 3));
        due.forEach(this::assertErased);
        assertKept(kept);
    }

    @Test
    void theNetworksFiguresAreTheSameAfterErasure() throws Exception {
        var made = List.of(refer(SING), refer(SING), refer(SING), refer(SING), refer(SING), refer(WALK));
        for (var id : made.subList(0, 4)) {
            var group = "quinn";
            move(group, id, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
            move(group, id, ReferralStatus.ATTENDING, null).andExpect(status().isOk());
            move(group, id, ReferralStatus.COMPLETED, """
                    "outcomes": {"wellbeingStart": {"satisfied": 4, "worthwhile": 5, "happy": 4, "anxious": 7},
                                 "wellbeingEnd": {"satisfied": 7, "worthwhile": 7, "happy": 8, "anxious": 3},
                                 "gpAppointmentsBefore": 12, "gpAppointmentsAfter": 4}""").andExpect(status().isOk());
        }
        move("quinn", made.get(4), ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"").andExpect(status().isOk());
        move("lee", made.get(5), ReferralStatus.WITHDRAWN, null).andExpect(status().isOk());
        made.forEach(id -> backdate(id, 400));
        var period = "?from=" + LocalDate.now(clock).minusYears(2) + "&to=" + LocalDate.now(clock);
        var outcomes = body("ada", "/api/insights/outcomes" + period);
        var flows = body("ada", "/api/insights/flows" + period);
        assertThat(JsonPath.<Integer>read(outcomes, "$.peopleSupported")).isEqualTo(6);
        assertThat(JsonPath.<List<String>>read(flows, "$..id")).isNotEmpty();

        assertThat(erasure.pastRetention(clock.instant())).isEqualTo(new PersonalDataErasure.Done(6, 6));

        assertThat(body("ada", "/api/insights/outcomes" + period)).isEqualTo(outcomes);
        assertThat(body("ada", "/api/insights/flows" + period)).isEqualTo(flows);
    }

    @Test
    void anErasedReferralIsShownWithoutItsPersonalDetailsAndIsProcessedNoFurther() throws Exception {
        var id = refer(WALK);
        move("pat", id, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        move("pat", id, ReferralStatus.ATTENDING, null).andExpect(status().isOk());
        move("pat", id, ReferralStatus.COMPLETED, null).andExpect(status().isOk());
        backdate(id, 400);
        erasure.pastRetention(clock.instant());

        as("lee", HttpMethod.GET, "/api/referrals/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.personalDataErasedAt").isNotEmpty())
                .andExpect(jsonPath("$.reason").doesNotExist())
                .andExpect(jsonPath("$.participant.reference").doesNotExist())
                .andExpect(jsonPath("$.participant.contact").doesNotExist())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.events", hasSize(4)));
        as("lee", HttpMethod.GET, "/api/referrals?box=outbox", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].participantReference").doesNotExist());
        as("pat", HttpMethod.POST, "/api/referrals/" + id + "/onward", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Loves singing"}""".formatted(SING))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("personal-data-erased")));
    }

    // --- subject access

    @Test
    void aSubjectAccessExportHoldsEveryReferralItsEventsOutcomesAndAuditLinesAndIsItselfAudited() throws Exception {
        var first = refer(WALK);
        move("pat", first, ReferralStatus.ACCEPTED, "\"note\": \"Met them at the door\"").andExpect(status().isOk());
        var onward = JsonPath.<String>read(as("pat", HttpMethod.POST, "/api/referrals/" + first + "/onward", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Loves singing"}""".formatted(SING))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        var second = refer(SING);
        as("lee", HttpMethod.GET, "/api/referrals/" + second, null).andExpect(status().isOk());
        var someoneElse = JsonPath.<String>read(as("lee", HttpMethod.POST, "/api/referrals",
                newReferral(SING).replace(REFERENCE, "BEL-9999")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        var answer = as("ada", HttpMethod.GET, "/api/personal-data/subject-access?reference=" + REFERENCE, null)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        matchesPattern("attachment; filename=\"subject-access-\\d{4}-\\d{2}-\\d{2}\\.json\"")))
                .andExpect(jsonPath("$.reference").value(REFERENCE))
                .andExpect(jsonPath("$.exportedBy").value("ada"))
                .andExpect(jsonPath("$.participants", hasSize(2)))
                .andReturn().getResponse().getContentAsString();

        List<String> referrals = JsonPath.read(answer, "$.participants[*].referrals[*].id");
        assertThat(referrals).containsExactlyInAnyOrder(first, onward, second).doesNotContain(someoneElse);
        assertThat(JsonPath.<List<String>>read(answer, "$.participants[*].contact"))
                .containsOnly("Phone 07700 900123, prefers mornings");
        assertThat(JsonPath.<List<String>>read(answer, "$.participants[*].referrals[*].reason"))
                .contains("Recently bereaved; keen on walking.", "Loves singing");
        assertThat(JsonPath.<List<String>>read(answer, "$.participants[*].referrals[*].events[*].note"))
                .contains("Met them at the door");
        List<String> auditSubjects = JsonPath.read(answer, "$.auditLines[*].subjectId");
        assertThat(auditSubjects).contains(first, onward, second, participantOf(first), participantOf(second))
                .doesNotContain(someoneElse, participantOf(someoneElse));
        assertThat(JsonPath.<List<String>>read(answer, "$.auditLines[*].kind"))
                .contains("REFERRAL_CHANGED", "PARTICIPANT_CHANGED", "REFERRAL_READ", "PARTICIPANT_READ");
        assertThat(audited("SUBJECT_ACCESS_EXPORTED", participantOf(first))).isEqualTo(1);
        assertThat(audited("SUBJECT_ACCESS_EXPORTED", participantOf(second))).isEqualTo(1);
        assertNoPersonalDataIn("AuditEvent");
    }

    @Test
    void subjectAccessIsForAdminsOnlyAndAnUnknownOrMissingReferenceIsAProblem() throws Exception {
        refer(SING);
        as("lee", HttpMethod.GET, "/api/personal-data/subject-access?reference=" + REFERENCE, null)
                .andExpect(status().isForbidden());
        as("fran", HttpMethod.GET, "/api/personal-data/subject-access?reference=" + REFERENCE, null)
                .andExpect(status().isForbidden());
        as("ada", HttpMethod.GET, "/api/personal-data/subject-access?reference=NOBODY-1", null)
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        as("ada", HttpMethod.GET, "/api/personal-data/subject-access?reference=", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reference").isNotEmpty());
        assertThat(count("MATCH (e:AuditEvent {kind: 'SUBJECT_ACCESS_EXPORTED'}) RETURN count(e)")).isZero();
    }

    // --- erasure on request and withdrawal of consent

    @Test
    void erasureOnRequestErasesAtOnceWithdrawsOpenReferralsTellsTheGroupAndGivesTheSpaceBack() throws Exception {
        var accepted = refer(WALK);
        move("pat", accepted, ReferralStatus.ACCEPTED, "\"note\": \"Met them at the door\"").andExpect(status().isOk());
        assertThat(spacesLeft(WALK)).isZero();
        var sent = refer(SING);
        neo4j.query("MATCH (a:Account {username: 'pat'}) CREATE (:Mailbox {accountId: a.id, address: 'pat@example.org'})")
                .run();
        events.clear();

        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants").value(2))
                .andExpect(jsonPath("$.referrals").value(2))
                .andExpect(jsonPath("$.withdrawn", hasSize(2)));

        assertErased(accepted);
        assertErased(sent);
        assertThat(statusOf(accepted)).isEqualTo("WITHDRAWN");
        assertThat(statusOf(sent)).isEqualTo("WITHDRAWN");
        assertThat(spacesLeft(WALK)).as("the space the accepted referral held").isEqualTo(1);
        assertThat(events.ofType(ReferralStatusChanged.class)).extracting(ReferralStatusChanged::referralId,
                ReferralStatusChanged::to).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(accepted, ReferralStatus.WITHDRAWN),
                org.assertj.core.groups.Tuple.tuple(sent, ReferralStatus.WITHDRAWN));
        assertThat(events.ofType(SpaceReturned.class)).extracting(SpaceReturned::activityId).containsExactly(WALK);
        assertThat(count("""
                MATCH (n:Notification {kind: 'REFERRAL_STATUS_CHANGED', status: 'WITHDRAWN'})-[:FOR]->(:Account {username: 'pat'})
                RETURN count(n)""")).isEqualTo(1);
        assertThat(count("""
                MATCH (n:Notification {kind: 'REFERRAL_STATUS_CHANGED', status: 'WITHDRAWN'})-[:FOR]->(:Account {username: 'quinn'})
                RETURN count(n)""")).isEqualTo(1);
        assertThat(audited("PERSONAL_DATA_ERASED", participantOf(accepted))).isEqualTo(1);
        assertThat(audited("REFERRAL_CHANGED", accepted)).as("made, accepted, withdrawn").isEqualTo(3);
        assertNoPersonalDataIn("AuditEvent");
        assertNoPersonalDataIn("Notification");
        assertThat(count("""
                MATCH (m:Mail {address: 'pat@example.org'})-[:TELLS]->(:Notification {status: 'WITHDRAWN'}) RETURN count(m)"""))
                .as("pat is told by mail too").isEqualTo(1);
        assertNoPersonalDataIn("Mail");

        move("quinn", sent, ReferralStatus.ACCEPTED, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("personal-data-erased")));
        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isNotFound());
        as("ada", HttpMethod.GET, "/api/personal-data/subject-access?reference=" + REFERENCE, null)
                .andExpect(status().isNotFound());
    }

    @Test
    void withdrawnConsentErasesAndARefusedReferralNeedsConsentRecordedSince() throws Exception {
        var id = refer(SING);

        as("ada", HttpMethod.POST, "/api/personal-data/consent-withdrawal", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.withdrawn[0]").value(id));

        assertErased(id);
        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
        assertThat(audited("CONSENT_WITHDRAWN", participantOf(id))).isEqualTo(1);
        as("lee", HttpMethod.GET, "/api/referrals/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.participant.consent.given").value(false))
                .andExpect(jsonPath("$.participant.consent.withdrawnAt").isNotEmpty());
        assertNoPersonalDataIn("AuditEvent");
        assertThat(count("MATCH (p:Participant) WHERE p.referenceHash CONTAINS 'BEL' RETURN count(p)")).isZero();

        var participants = count("MATCH (p:Participant) RETURN count(p)");
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(SING)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("consent-withdrawn")));
        assertThat(count("MATCH (p:Participant) RETURN count(p)")).isEqualTo(participants);

        var givenAgain = Instant.now().plusSeconds(1);
        Thread.sleep(1100);
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(SING)
                .replace("2025-03-04T10:15:00Z", givenAgain.toString())).andExpect(status().isCreated());
    }

    // --- erasures and restored backups

    @Test
    void anErasureOnRequestIsMadeAgainWhenABackupFromBeforeItIsRestored() throws Exception {
        var accepted = refer(WALK);
        move("pat", accepted, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        var participant = participantOf(accepted);
        int lines = ledgerLines().size();

        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isOk());

        var written = ledgerLines();
        assertThat(written).as("one line for the erasure").hasSize(lines + 1);
        assertThat(written.getLast()).contains(participant, "PERSONAL_DATA_ERASED", "erased at the person's request");
        PERSONAL.forEach(bit -> assertThat(written.getLast()).as("the ledger's line").doesNotContain(bit));

        var erasedAt = erasedAt(participant);
        // A backup taken before the erasure is restored: the details, the open referral and its space are back.
        restoreAsBeforeTheErasure(accepted);
        assertKept(accepted);

        assertThat(erasure.replay()).isEqualTo(new PersonalDataErasure.Done(1, 1));
        assertErased(accepted);
        assertThat(statusOf(accepted)).isEqualTo("WITHDRAWN");
        assertThat(spacesLeft(WALK)).as("the space the restored referral held, given back again").isEqualTo(1);
        assertThat(erasedAt(participant)).as("erased as of the first erasure").isEqualTo(erasedAt);
        assertThat(audited("PERSONAL_DATA_ERASED", participant)).as("the erasure, and the erasure again").isEqualTo(2);
        assertThat(neo4j.query("""
                MATCH (e:AuditEvent {kind: 'PERSONAL_DATA_ERASED', subjectId: $id, actor: 'erasure-ledger'})
                WHERE e.detail CONTAINS 'erased again' RETURN count(e)""").bind(participant).to("id")
                .fetchAs(Long.class).one()).contains(1L);
        assertNoPersonalDataIn("AuditEvent");

        var after = everything();
        assertThat(erasure.replay()).as("nothing held again: nothing to do").isEqualTo(new PersonalDataErasure.Done(0, 0));
        assertThat(everything()).isEqualTo(after);
    }

    @Test
    void aWithdrawnConsentIsWithdrawnAgainWhenABackupFromBeforeItIsRestored() throws Exception {
        var id = refer(SING);
        as("ada", HttpMethod.POST, "/api/personal-data/consent-withdrawal", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isOk());
        var withdrawnAt = JsonPath.<String>read(as("lee", HttpMethod.GET, "/api/referrals/" + id, null).andReturn()
                .getResponse().getContentAsString(), "$.participant.consent.withdrawnAt");
        restoreAsBeforeTheErasure(id);
        neo4j.query("""
                MATCH (:Referral {id: $id})-[:OF]->(p:Participant)
                SET p.consent = true REMOVE p.consentWithdrawnAt, p.referenceHash""").bind(id).to("id").run();

        assertThat(erasure.replay()).isEqualTo(new PersonalDataErasure.Done(1, 1));

        assertErased(id);
        assertThat(audited("CONSENT_WITHDRAWN", participantOf(id))).isEqualTo(2);
        as("lee", HttpMethod.GET, "/api/referrals/" + id, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.participant.consent.given").value(false))
                .andExpect(jsonPath("$.participant.consent.withdrawnAt").value(withdrawnAt));
        assertThat(neo4j.query("MATCH (p:Participant {referenceHash: $hash}) RETURN count(p)")
                .bind(PersonalDataErasure.digest(REFERENCE)).to("hash").fetchAs(Long.class).one())
                .as("the reference is known as withdrawn").contains(1L);
        as("lee", HttpMethod.POST, "/api/referrals", newReferral(SING)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(containsString("consent-withdrawn")));
    }

    @Test
    void aLineCutShortInTheLedgerIsPassedOverAndSpoilsNoOther() throws Exception {
        var id = refer(SING);
        Files.createDirectories(ledger.file().getParent());
        Files.writeString(ledger.file(), "{\"at\":\"2026-12-06T01:00:00Z\",\"by\":\"a-cut", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isOk());

        assertThat(ledger.entries()).extracting(ErasureLedger.Entry::participants)
                .as("the erasure after the cut line").contains(List.of(participantOf(id)));
        restoreAsBeforeTheErasure(id);
        assertThat(erasure.replay()).isEqualTo(new PersonalDataErasure.Done(1, 1));
        assertErased(id);
    }

    @Test
    void anErasureThatCannotBeWrittenToTheLedgerIsNotMade(@TempDir Path nowhere) throws Exception {
        var id = refer(SING);
        // A directory where the ledger's file should be: nothing can be appended to it.
        var broken = new PersonalDataErasure(neo4j, audit, retentionWith(nowhere),
                new ErasureLedger(retentionWith(nowhere), JsonMapper.builder().build()), withdrawals, transactions,
                clock);
        var ada = neo4j.query("MATCH (a:Account {username: 'ada'}) RETURN a.id").fetchAs(String.class).one().orElseThrow();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).execute(tx -> broken.onRequest(REFERENCE, ada)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("ledger of erasures");

        assertKept(id);
        assertThat(statusOf(id)).isEqualTo("SENT");
        assertThat(audited("PERSONAL_DATA_ERASED", participantOf(id))).isZero();
    }

    @Test
    void aNewLedgerBeginsWithTheErasuresTheStoreRecordsFromBeforeItSoARestoreCannotUndoThemEither(@TempDir Path dir)
            throws Exception {
        // Before this ledger existed: an erasure on request, a withdrawn consent, and one by retention.
        var asked = refer(WALK);
        move("pat", asked, ReferralStatus.ACCEPTED, null).andExpect(status().isOk());
        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isOk());
        var withdrew = referAs("BEL-7777");
        as("ada", HttpMethod.POST, "/api/personal-data/consent-withdrawal", "{\"reference\": \"BEL-7777\"}")
                .andExpect(status().isOk());
        var old = referAs("BEL-5555");
        move("quinn", old, ReferralStatus.DECLINED, "\"declineReason\": \"FULL\"").andExpect(status().isOk());
        backdate(old, 400);
        assertThat(erasure.pastRetention(clock.instant())).isEqualTo(new PersonalDataErasure.Done(1, 1));
        var file = dir.resolve("ledger").resolve("erasures.jsonl");
        var begun = new ErasureLedger(retentionWith(file), JsonMapper.builder().build());
        var later = new PersonalDataErasure(neo4j, audit, retentionWith(file), begun, withdrawals, transactions, clock);
        var ada = neo4j.query("MATCH (a:Account {username: 'ada'}) RETURN a.id").fetchAs(String.class).one()
                .orElseThrow();

        assertThat(later.beginLedger()).as("the erasures on request and on withdrawn consent").isEqualTo(2);

        assertThat(begun.entries()).satisfiesExactly(
                first -> assertThat(first).returns(List.of(participantOf(asked)), ErasureLedger.Entry::participants)
                        .returns(AuditKind.PERSONAL_DATA_ERASED, ErasureLedger.Entry::kind)
                        .returns(ada, ErasureLedger.Entry::by)
                        .returns("erased at the person's request", ErasureLedger.Entry::why)
                        .returns(false, ErasureLedger.Entry::consentWithdrawn)
                        .returns(null, ErasureLedger.Entry::referenceHash),
                second -> assertThat(second)
                        .returns(List.of(participantOf(withdrew)), ErasureLedger.Entry::participants)
                        .returns(AuditKind.CONSENT_WITHDRAWN, ErasureLedger.Entry::kind)
                        .returns(true, ErasureLedger.Entry::consentWithdrawn)
                        .returns(PersonalDataErasure.digest("BEL-7777"), ErasureLedger.Entry::referenceHash));
        var lines = Files.readAllLines(file);
        PERSONAL.forEach(bit -> assertThat(String.join("\n", lines)).doesNotContain(bit));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(later.beginLedger()).as("begun already: not read again").isZero();
        assertThat(Files.readAllLines(file)).isEqualTo(lines);

        restoreAsBeforeTheErasure(asked);
        assertThat(later.replay()).isEqualTo(new PersonalDataErasure.Done(1, 1));
        assertErased(asked);
        assertThat(statusOf(asked)).isEqualTo("WITHDRAWN");

        // Begun means the store is not read again: with its lines gone and its mark kept, nothing is added back
        // (reading the store would have found both erasures missing).
        Files.writeString(file, "");
        assertThat(later.beginLedger()).isZero();
        assertThat(Files.readAllLines(file)).isEmpty();
    }

    private String referAs(String reference) throws Exception {
        var body = as("lee", HttpMethod.POST, "/api/referrals", newReferral(SING).replace(REFERENCE, reference))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static RetentionProperties retentionWith(Path ledger) {
        return new RetentionProperties(Duration.ofDays(365), Duration.ofDays(180), "-", ZoneId.of("Europe/London"), 1000,
                ledger, true);
    }

    private Object erasedAt(String participant) {
        return neo4j.query("MATCH (p:Participant {id: $id}) RETURN p.personalDataErasedAt").bind(participant).to("id")
                .fetch().one().orElseThrow().values().iterator().next();
    }

    private List<String> ledgerLines() throws IOException {
        return Files.isRegularFile(ledger.file()) ? Files.readAllLines(ledger.file()) : List.of();
    }

    /** What restoring a backup taken before the erasure does to this referral: its details and open status back. */
    private void restoreAsBeforeTheErasure(String referral) {
        neo4j.query("""
                MATCH (r:Referral {id: $id})-[:OF]->(p:Participant), (r)-[:TO]->(a:Activity)
                SET p.reference = $reference, p.contact = 'Phone 07700 900123, prefers mornings',
                    r.reason = 'Recently bereaved; keen on walking.',
                    r.status = CASE WHEN r.status = 'WITHDRAWN' AND EXISTS { (r)-[:HAD]->(:ReferralEvent {status: 'ACCEPTED'}) }
                                    THEN 'ACCEPTED' ELSE 'SENT' END,
                    r.holdsSpace = CASE WHEN EXISTS { (r)-[:HAD]->(:ReferralEvent {status: 'ACCEPTED'}) } THEN true END,
                    a.spacesLeft = CASE WHEN EXISTS { (r)-[:HAD]->(:ReferralEvent {status: 'ACCEPTED'}) }
                                        THEN a.spacesLeft - 1 ELSE a.spacesLeft END
                REMOVE p.personalDataErasedAt, r.personalDataErasedAt
                WITH r MATCH (r)-[:HAD]->(e:ReferralEvent {status: 'WITHDRAWN'}) DETACH DELETE e""")
                .bind(referral).to("id").bind(REFERENCE).to("reference").run();
    }

    @Test
    void erasureIsForAdminsOnlyAndBadOrUnknownInputChangesNothing() throws Exception {
        var id = refer(SING);
        as("quinn", HttpMethod.GET, "/api/referrals", null).andExpect(status().isOk());
        as("ada", HttpMethod.GET, "/api/audit", null).andExpect(status().isOk());
        var before = everything();
        as("lee", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isForbidden());
        as("quinn", HttpMethod.POST, "/api/personal-data/consent-withdrawal", "{\"reference\": \"" + REFERENCE + "\"}")
                .andExpect(status().isForbidden());
        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reference").isNotEmpty());
        as("ada", HttpMethod.POST, "/api/personal-data/consent-withdrawal", "{\"reference\": \"" + "x".repeat(41) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reference").isNotEmpty());
        as("ada", HttpMethod.POST, "/api/personal-data/erasure", "{\"reference\": \"NOBODY-1\"}")
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        assertThat(everything()).isEqualTo(before);
        assertKept(id);
    }

    // --- helpers

    private String body(String username, String path) throws Exception {
        return as(username, HttpMethod.GET, path, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Moves the referral's dates (and its events') back by this many days, as if it had happened then. */
    private void backdate(String id, int days) {
        neo4j.query("""
                MATCH (r:Referral {id: $id})
                SET r.createdAt = r.createdAt - duration({days: $days}), r.updatedAt = r.updatedAt - duration({days: $days})
                WITH r
                MATCH (r)-[:HAD]->(e:ReferralEvent)
                SET e.at = e.at - duration({days: $days})""").bind(id).to("id").bind(days).to("days").run();
    }

    private void assertErased(String id) {
        var row = neo4j.query("""
                MATCH (r:Referral {id: $id})-[:OF]->(p:Participant)
                RETURN r.reason AS reason, p.reference AS reference, p.contact AS contact,
                       r.personalDataErasedAt IS NOT NULL AS referralMarked, p.personalDataErasedAt IS NOT NULL AS marked,
                       [(r)-[:HAD]->(e:ReferralEvent) WHERE e.note IS NOT NULL | e.note] AS notes,
                       [(r)-[:HAD]->(e:ReferralEvent) | e.status] AS history,
                       EXISTS { (r)-[:TO]->(:Activity) } AND EXISTS { (r)-[:MADE_BY]->() } AND EXISTS { (r)-[:FOR_NEED]->() } AS shape
                """).bind(id).to("id").fetch().one().orElseThrow();
        assertThat(row.get("reason")).as("reason of " + id).isNull();
        assertThat(row.get("reference")).isNull();
        assertThat(row.get("contact")).isNull();
        assertThat(row.get("notes")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(row.get("referralMarked")).isEqualTo(true);
        assertThat(row.get("marked")).isEqualTo(true);
        assertThat(row.get("history")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(row.get("shape")).as("who, to what, for which needs stays").isEqualTo(true);
    }

    private void assertKept(String id) {
        var row = neo4j.query("""
                MATCH (r:Referral {id: $id})-[:OF]->(p:Participant)
                RETURN r.reason AS reason, p.reference AS reference, p.contact AS contact,
                       r.personalDataErasedAt AS erased""").bind(id).to("id").fetch().one().orElseThrow();
        assertThat(row.get("reason")).as("reason of " + id).isEqualTo("Recently bereaved; keen on walking.");
        assertThat(row.get("reference")).isEqualTo(REFERENCE);
        assertThat(row.get("contact")).isEqualTo("Phone 07700 900123, prefers mornings");
        assertThat(row.get("erased")).isNull();
    }

    private void assertNoPersonalDataIn(String label) {
        var holding = neo4j.query("""
                MATCH (n) WHERE $label IN labels(n)
                  AND any(k IN keys(n) WHERE any(bit IN $personal WHERE toString(n[k]) CONTAINS bit))
                RETURN count(n)""").bind(label).to("label").bind(PERSONAL).to("personal").fetchAs(Long.class)
                .one().orElseThrow();
        assertThat(holding).as(label + " nodes holding personal details").isZero();
    }

    private String participantOf(String referral) {
        return neo4j.query("MATCH (:Referral {id: $id})-[:OF]->(p:Participant) RETURN p.id").bind(referral).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }

    private String statusOf(String referral) {
        return neo4j.query("MATCH (r:Referral {id: $id}) RETURN r.status").bind(referral).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }

    private long spacesLeft(String activity) {
        return neo4j.query("MATCH (a:Activity {id: $id}) RETURN a.spacesLeft").bind(activity).to("id")
                .fetchAs(Long.class).one().orElseThrow();
    }

    /** Every node's labels and properties, to compare before and after. */
    private List<Map<String, Object>> everything() {
        return neo4j.query("""
                MATCH (n) WITH n ORDER BY elementId(n)
                RETURN labels(n) AS labels, properties(n) AS properties""").fetch().all().stream()
                .map(row -> Map.<String, Object>of("labels", row.get("labels"), "properties", row.get("properties")))
                .toList();
    }
}
