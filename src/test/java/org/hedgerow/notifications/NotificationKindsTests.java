package org.hedgerow.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each kind of notification reaches exactly the people it is for, by mail over a real SMTP server, and nobody else:
 * not the person who made the change, not other groups, not facilitators or admins who are not concerned. Every
 * mail names the activity (or organiser, post or gathering) and links to the app; none carries personal data.
 */
class NotificationKindsTests extends NotificationTest {

    @Test
    void aReferralReachesTheGroupsOrganisersAndEachMoveTheOtherSide() throws Exception {
        var first = refer(WALK);
        var arrived = sent();
        assertThat(to(arrived)).containsExactly("pat@example.org");
        assertThat(arrived.getFirst().subject()).isEqualTo("A new referral to Tuesday towpath walk");
        assertThat(arrived.getFirst().text()).contains("https://hedgerow.example.org/referrals/" + first);
        assertThat(arrived.getFirst().html()).contains("href=\"https://hedgerow.example.org/referrals/" + first + "\"")
                .contains("<html lang=\"en-GB\"");

        move("pat", first, "ACCEPTED");
        var accepted = sent();
        assertThat(to(accepted)).as("the referrer, not the organiser who accepted").containsExactly("lee@example.org");
        assertThat(accepted.getFirst().subject()).isEqualTo("A referral to Tuesday towpath walk is now accepted");

        browsers.request("pat", HttpMethod.POST, "/api/referrals/" + first + "/onward", """
                {"activity": "%s", "needs": ["LONELINESS"], "reason": "Ready for something new; 07700 900123",
                 "note": "Talked it through"}""".formatted(SING)).andExpect(status().isCreated());
        var onward = sent();
        assertThat(to(onward)).as("the new group's organiser, and whoever referred before")
                .containsExactly("lee@example.org", "quinn@example.org");
        assertThat(onward).filteredOn(mail -> mail.to().startsWith("lee")).first()
                .extracting(Inbox.Received::subject).isEqualTo("Someone you referred has been referred on to Community singing");

        var second = refer(WALK);
        sent();
        move("lee", second, "WITHDRAWN");
        assertThat(to(sent())).as("a withdrawal goes to the group, not back to who withdrew")
                .containsExactly("pat@example.org");
    }

    @Test
    void aChangedSessionReachesWhoeverHasAnOpenReferralThere() throws Exception {
        refer(WALK);
        var closed = refer(SING);
        move("lee", closed, "WITHDRAWN");
        sent();

        browsers.request("pat", HttpMethod.PUT, "/api/activities/" + WALK + "/sessions/" + tuesday, """
                {"status": "CANCELLED", "note": "Flooded towpath"}""").andExpect(status().isOk());
        var cancelled = sent();
        assertThat(to(cancelled)).containsExactly("lee@example.org");
        assertThat(cancelled.getFirst().subject()).startsWith("Tuesday towpath walk on ").endsWith(": cancelled");

        browsers.request("quinn", HttpMethod.PUT, "/api/activities/" + SING + "/sessions/"
                + tuesday.plusDays(2), """
                {"status": "CANCELLED", "note": "Hall booked"}""").andExpect(status().isOk());
        assertThat(sent()).as("Lee's referral there was withdrawn: nobody is told").isEmpty();
    }

    @Test
    void anIntroductionReachesTheOrganiserAskedAndTheAnswerTheOneWhoAsked() throws Exception {
        var body = browsers.request("pat", HttpMethod.POST, "/api/introductions", """
                {"to": "o-quinn", "context": "Both of us run things for older men"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        var asked = sent();
        assertThat(to(asked)).containsExactly("quinn@example.org");
        assertThat(asked.getFirst().subject()).isEqualTo("Pat would like to be introduced to you");

        browsers.request("quinn", HttpMethod.POST, "/api/introductions/" + id + "/accept", """
                {"version": 0}""").andExpect(status().isOk());
        var answered = sent();
        assertThat(to(answered)).containsExactly("pat@example.org");
        assertThat(answered.getFirst().subject()).isEqualTo("Quinn accepted your introduction");
    }

    @Test
    void aReplyReachesThePostsAuthorButNotTheReplier() throws Exception {
        var body = browsers.request("pat", HttpMethod.POST, "/api/posts", """
                {"kind": "ASK", "title": "Anyone with a minibus?", "text": "For the Ashbourne trip",
                 "topics": ["transport"], "about": {"kind": "GROUP", "id": "g-belper-walkers"}}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String postId = JsonPath.read(body, "$.id");
        browsers.request("quinn", HttpMethod.POST, "/api/posts/" + postId + "/replies", """
                {"text": "We have one on Thursdays"}""").andExpect(status().isCreated());
        var replied = sent();
        assertThat(to(replied)).containsExactly("pat@example.org");
        assertThat(replied.getFirst().subject()).isEqualTo("A reply to your post \u201cAnyone with a minibus?\u201d");

        browsers.request("pat", HttpMethod.POST, "/api/posts/" + postId + "/replies", """
                {"text": "Thank you!"}""").andExpect(status().isCreated());
        assertThat(sent()).as("the author replying in their own thread is not told").isEmpty();
    }

    @Test
    void aGatheringReachesTheInvitedGroupsOrganisersOnly() throws Exception {
        browsers.request("fran", HttpMethod.POST, "/api/gatherings", """
                {"title": "Belper providers' evening", "startsAt": "%s", "venue": "v-mill",
                 "groups": ["g-belper-walkers"]}""".formatted(Instant.now().plus(5, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS))).andExpect(status().isCreated());
        var invited = sent();
        assertThat(to(invited)).as("not Quinn, whose group was not invited; not Fran, who convened it")
                .containsExactly("pat@example.org");
        assertThat(invited.getFirst().subject()).isEqualTo("You are invited: Belper providers' evening");
    }
}
