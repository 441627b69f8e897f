package org.hedgerow.referral;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Autowired;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals made at the same moment wait for each other only where they must. While one referral's transaction is
 * still open, another for the same need by someone else, and another by the same link worker for a different need,
 * are each made and committed. Before, a referral's statement merged its relationship to the need, and the link from
 * its maker to a tally it counted in for the first time; a relationship MERGE that creates locks both nodes
 * exclusively until commit, so every referral for a need queued behind every other for it, and a link worker's
 * referrals behind each other. A relationship CREATE holds only shared locks until commit.
 */
class ReferralLocksTests extends ReferralApiTest {

    @Autowired Driver driver;

    @Test
    void twoPeoplesReferralsForTheSameNeedDoNotWaitForEachOther() {
        assertMadeWhileTheOtherIsOpen(referral("lee", SING, "LONELINESS", 1), referral("kim", WALK, "LONELINESS", 2));
    }

    @Test
    void aBusyLinkWorkersReferralsForDifferentNeedsDoNotWaitForEachOther() {
        assertMadeWhileTheOtherIsOpen(referral("lee", SING, "LONELINESS", 1), referral("lee", WALK, "INACTIVITY", 2));
    }

    /** Makes {@code first} and leaves its transaction open while {@code second} is made in a transaction of its own. */
    private void assertMadeWhileTheOtherIsOpen(Map<String, Object> first, Map<String, Object> second) {
        try (var holding = driver.session(); var open = holding.beginTransaction()) {
            assertThat(open.run(ReferralEdits.CREATE, first).single().get("referral").isNull()).isFalse();
            var made = CompletableFuture.supplyAsync(() -> {
                try (var session = driver.session();
                     var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build())) {
                    var referral = tx.run(ReferralEdits.CREATE, second).single().get("referral");
                    tx.commit();
                    return referral.isNull() ? null : referral.get("id").asString();
                }
            });
            assertThat(made).as("the second referral, made while the first is still open")
                    .succeedsWithin(Duration.ofSeconds(10)).isNotNull();
            open.commit();
        }
        assertThat(count("MATCH (r:Referral) RETURN count(r)")).isEqualTo(2);
    }

    /** The parameters the API binds for a referral by {@code username}; {@code n} keeps each person apart. */
    private Map<String, Object> referral(String username, String activity, String need, int n) {
        var now = ZonedDateTime.now(ZoneOffset.UTC);
        String reference = "LOCKS-" + n;
        return Map.ofEntries(entry("accountId", TestAccounts.accountId(neo4j, username)), entry("activity", activity), entry("needs", List.of(need)),
                entry("reason", "Would like to get out more"), entry("reference", reference),
                entry("referenceHash", PersonalDataErasure.digest(reference)), entry("contact", "Phone 07700 900000"),
                entry("consentRecordedBy", username), entry("consentRecordedAt", now.minusDays(1)), entry("now", now),
                entry("status", ReferralStatus.SENT.name()),
                entry("audit", Map.of("at", now, "actor", username, "actorRole", "LINK_WORKER", "address", "127.0.0.1")));
    }
}
