package org.hedgerow.notifications;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification centre: a person's own notifications, newest first, paged, with the same words as the mails;
 * unread count, mark one or all read. Nobody reads or marks anyone else's.
 */
class NotificationCentreTests extends NotificationTest {

    @Test
    void aPersonSeesTheirOwnNotificationsNewestFirstAndMarksThemRead() throws Exception {
        refer(WALK);
        refer(SING);
        var second = refer(WALK);
        browsers.request("pat", HttpMethod.GET, "/api/notifications/unread", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(2));
        var body = browsers.request("pat", HttpMethod.GET, "/api/notifications?size=1", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2)).andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("REFERRAL_ARRIVED"))
                .andExpect(jsonPath("$.items[0].title").value("A new referral to Tuesday towpath walk"))
                .andExpect(jsonPath("$.items[0].link").value("/referrals/" + second))
                .andExpect(content().string(not(containsString("BEL-0142"))))
                .andExpect(content().string(not(containsString("bereaved"))))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.items[0].id");

        browsers.request("quinn", HttpMethod.POST, "/api/notifications/" + id + "/read", null)
                .andExpect(status().isNotFound());
        browsers.request("pat", HttpMethod.POST, "/api/notifications/" + id + "/read", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(1));
        browsers.request("quinn", HttpMethod.GET, "/api/notifications", null)
                .andExpect(jsonPath("$.totalItems").value(1));
        browsers.request("pat", HttpMethod.POST, "/api/notifications/read-all", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(0));
        browsers.request("quinn", HttpMethod.GET, "/api/notifications/unread", null)
                .andExpect(jsonPath("$.unread").value(1));
    }

    @Test
    void aPersonWithoutAnAddressIsToldInTheAppOnly() throws Exception {
        neo4j.query("MATCH (b:Mailbox) WHERE b.address STARTS WITH 'pat' DELETE b").run();
        refer(WALK);
        assertThat(sent()).isEmpty();
        assertThat(count("MATCH (m:Mail) RETURN count(m)")).isZero();
        browsers.request("pat", HttpMethod.GET, "/api/notifications/unread", null)
                .andExpect(jsonPath("$.unread").value(1));
    }
}
