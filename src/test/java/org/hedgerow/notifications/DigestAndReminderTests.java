package org.hedgerow.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A daily digest gathers what came in since the last one into one mail; listing reminders come in stages, once
 * each, with a "still right" link that confirms the listing without signing in (and only for who may change it).
 */
class DigestAndReminderTests extends NotificationTest {

    @Autowired DailyRounds dailyRounds;

    @Test
    void aDigestGathersTheDaysItemsIntoOneMail() throws Exception {
        browsers.request("pat", HttpMethod.PUT, "/api/notifications/settings", """
                {"email": "pat@example.org", "choices": [{"kind": "REFERRAL_ARRIVED", "delivery": "DAILY_DIGEST"},
                  {"kind": "POST_REPLY", "delivery": "DAILY_DIGEST"}]}""").andExpect(status().isOk());
        refer(WALK);
        refer(WALK);
        var accepted = refer(SING);
        move("quinn", accepted, "ACCEPTED");
        assertThat(to(sent())).as("at once: Quinn's referral and Lee's news; Pat's wait for the digest")
                .containsExactly("lee@example.org", "quinn@example.org");

        assertThat(digests.gather(clock.instant())).isEqualTo(1);
        var digest = sent();
        assertThat(to(digest)).containsExactly("pat@example.org");
        assertThat(digest.getFirst().subject()).isEqualTo("Hedgerow: 2 things since your last digest");
        assertThat(digest.getFirst().text()).containsSubsequence("A new referral to Tuesday towpath walk",
                "A new referral to Tuesday towpath walk");
        assertThat(digest.getFirst().listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");

        assertThat(digests.gather(clock.instant())).as("nothing left to gather").isZero();
        assertThat(sent()).isEmpty();
    }

    @Test
    void listingRemindersComeInStagesOnceEachWithAStillRightLink() throws Exception {
        checkedMonthsAgo(WALK, 5);
        assertThat(reminders.remind(clock.instant())).isEqualTo(1);
        var first = sent();
        assertThat(to(first)).as("the walk's organiser only").containsExactly("pat@example.org");
        assertThat(first.getFirst().subject()).isEqualTo("Is Tuesday towpath walk still right?");
        assertThat(reminders.remind(clock.instant())).as("once per stage").isZero();

        checkedMonthsAgo(WALK, 10);
        checkedMonthsAgo(SING, 6);
        reminders.remind(clock.instant());
        var later = sent();
        assertThat(later).extracting(Inbox.Received::subject).containsExactlyInAnyOrder(
                "Tuesday towpath walk has not been checked for nine months",
                "Community singing is now shown as not checked");

        var text = later.stream().filter(mail -> mail.to().startsWith("pat")).findFirst().orElseThrow().text();
        var link = text.lines().filter(line -> line.startsWith("It is still right")).findFirst().orElseThrow();
        var token = link.substring(link.indexOf("token=") + "token=".length());
        mvc.perform(post("/api/notifications/still-right").param("token", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activityName").value("Tuesday towpath walk"));
        assertThat(count("MATCH (a:Activity {id: 'a-walk'}) WHERE a.updatedAt > datetime() - duration('PT1M') "
                + "RETURN count(a)")).as("confirmed: checked just now").isEqualTo(1);
        assertThat(reminders.remind(clock.instant())).as("a checked listing is not reminded of").isZero();
    }

    @Test
    void theDailyRoundWritesTheRemindersThenGathersTheDigestsTheyGoIn() throws Exception {
        browsers.request("pat", HttpMethod.PUT, "/api/notifications/settings", """
                {"email": "pat@example.org", "choices": [{"kind": "LISTING_REMINDER", "delivery": "DAILY_DIGEST"}]}""")
                .andExpect(status().isOk());
        checkedMonthsAgo(WALK, 6);
        dailyRounds.run();
        var digest = sent();
        assertThat(to(digest)).containsExactly("pat@example.org");
        assertThat(digest.getFirst().text()).contains("Tuesday towpath walk is now shown as not checked")
                .contains("It is still right (one click): https://hedgerow.example.org/still-right?token=");
    }

    /**
     * Two instances sharing the graph both schedule the round at the same minute: the second to come finds the day
     * claimed and does nothing (were it to run, it would gather what came in since, as a second digest that day); the
     * next day it may run, and the day-old claim does not stop it.
     */
    @Test
    void theDailyRoundRunsOnceADayWhicheverInstanceComesFirst() throws Exception {
        browsers.request("pat", HttpMethod.PUT, "/api/notifications/settings", """
                {"email": "pat@example.org", "choices": [{"kind": "REFERRAL_ARRIVED", "delivery": "DAILY_DIGEST"}]}""")
                .andExpect(status().isOk());
        var otherInstance = new DailyRounds(reminders, digests, delivery, neo4j, clock, properties);
        refer(WALK);
        dailyRounds.run();
        assertThat(to(sent())).containsExactly("pat@example.org");

        refer(WALK);
        otherInstance.run();
        assertThat(sent()).as("the day's round was the first instance's").isEmpty();
        assertThat(count("MATCH (n:Notification {mail: 'DIGEST'}) RETURN count(n)")).as("waiting for tomorrow's")
                .isEqualTo(1);

        var tomorrow = Clock.offset(clock, Duration.ofDays(1));
        new DailyRounds(reminders, digests, delivery, neo4j, tomorrow, properties).run();
        assertThat(to(sent(tomorrow.instant()))).as("the next day, on the other instance")
                .containsExactly("pat@example.org");
        assertThat(count("MATCH (r:DailyRound) RETURN count(r)")).isEqualTo(2);
    }

    @Test
    void aStillRightLinkWorksOnlyForWhoMayChangeTheListing() throws Exception {
        var quinn = TestAccounts.accountId(neo4j, "quinn");
        mvc.perform(post("/api/notifications/still-right")
                        .param("token", tokens.sign(Tokens.Purpose.STILL_RIGHT, quinn, List.of(WALK))))
                .andExpect(status().isForbidden());
        var pat = TestAccounts.accountId(neo4j, "pat");
        mvc.perform(post("/api/notifications/still-right")
                        .param("token", tokens.sign(Tokens.Purpose.UNSUBSCRIBE, pat, List.of(WALK))))
                .andExpect(status().isBadRequest());
    }

    private void checkedMonthsAgo(String activity, int months) {
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.updatedAt = $at").bind(activity).to("id")
                .bind(clock.instant().atZone(ZoneOffset.UTC).minusMonths(months).minusDays(1)).to("at").run();
    }
}
