package org.hedgerow.notifications;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each person chooses per kind; every mail's one-click unsubscribe (RFC 8058) works without signing in and turns
 * off only the kinds that mail told of, for only the person it was sent to. A changed, expired or misused link,
 * or a kind that does not exist, is refused with a problem and changes nothing.
 */
class PreferencesTests extends NotificationTest {

    @Test
    void settingsListEveryKindAndChangeOnlyThoseNamed() throws Exception {
        browsers.request("pat", HttpMethod.GET, "/api/notifications/settings", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("pat@example.org"))
                .andExpect(jsonPath("$.choices.length()").value(NotificationKind.values().length))
                .andExpect(jsonPath("$.choices[0].delivery").value("AT_ONCE"));
        browsers.request("pat", HttpMethod.PUT, "/api/notifications/settings", """
                {"email": "pat.walker@example.org", "choices": [{"kind": "POST_REPLY", "delivery": "OFF"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("pat.walker@example.org"))
                .andExpect(jsonPath("$.choices[?(@.kind == 'POST_REPLY')].delivery").value("OFF"))
                .andExpect(jsonPath("$.choices[?(@.kind == 'REFERRAL_ARRIVED')].delivery").value("AT_ONCE"));
        refer(WALK);
        assertThat(to(sent())).containsExactly("pat.walker@example.org");
    }

    @Test
    void aKindThatDoesNotExistOrABadAddressIsRefusedAndNothingChanges() throws Exception {
        browsers.request("pat", HttpMethod.PUT, "/api/notifications/settings", """
                {"email": "pat@example.org", "choices": [{"kind": "HOROSCOPE", "delivery": "OFF"}]}""")
                .andExpect(status().isBadRequest());
        browsers.request("pat", HttpMethod.PUT, "/api/notifications/settings", """
                {"email": "not an address", "choices": [{"kind": "POST_REPLY", "delivery": "OFF"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.email").exists());
        assertThat(count("MATCH (p:NotificationPreference) RETURN count(p)")).isZero();
    }

    @Test
    void oneClickUnsubscribeNeedsNoSignInAndTurnsOffOnlyThatPreference() throws Exception {
        refer(WALK);
        var mail = sent().getFirst();
        assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.listUnsubscribe()).startsWith("<https://hedgerow.example.org/api/notifications/unsubscribe?token=");
        assertThat(mail.text()).contains("https://hedgerow.example.org/unsubscribe?token=");

        // What a mail program does (RFC 8058): POST the form field to the address, with no cookies and no CSRF token.
        var address = URI.create(mail.listUnsubscribe().substring(1, mail.listUnsubscribe().length() - 1));
        mvc.perform(post(address.getPath() + "?" + address.getRawQuery())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kinds[0]").value("REFERRAL_ARRIVED"))
                .andExpect(jsonPath("$.delivery").value("OFF"));

        browsers.request("pat", HttpMethod.GET, "/api/notifications/settings", null)
                .andExpect(jsonPath("$.choices[?(@.delivery == 'OFF')].kind").value("REFERRAL_ARRIVED"));
        browsers.request("quinn", HttpMethod.GET, "/api/notifications/settings", null)
                .andExpect(jsonPath("$.choices[?(@.delivery == 'OFF')]").isEmpty());
        refer(WALK);
        assertThat(sent()).as("no mail now").isEmpty();
        assertThat(count("MATCH (n:Notification {kind: 'REFERRAL_ARRIVED'})-[:FOR]->(:Account {username: 'pat'}) "
                + "RETURN count(n)")).as("but still in the notification centre").isEqualTo(2);
        // Other kinds still come.
        browsers.request("quinn", HttpMethod.POST, "/api/introductions", """
                {"to": "o-pat", "context": "Both of us run things for older men"}""").andExpect(status().isCreated());
        assertThat(to(sent())).containsExactly("pat@example.org");
    }

    @Test
    void aChangedExpiredOrMisusedLinkIsRefusedAndChangesNothing() throws Exception {
        var pat = TestAccounts.accountId(neo4j, "pat");
        var good = tokens.sign(Tokens.Purpose.UNSUBSCRIBE, pat, List.of("REFERRAL_ARRIVED"));
        var tampered = good.substring(0, 10) + (good.charAt(10) == 'A' ? 'B' : 'A') + good.substring(11);
        unsubscribe(tampered).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.token").value("This link has been changed, or is not a link Hedgerow made."));
        unsubscribe("nonsense").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.token").exists());

        var longAgo = new Tokens(properties, Clock.fixed(clock.instant().minus(Duration.ofDays(31)),
                ZoneOffset.UTC), neo4j);
        unsubscribe(longAgo.sign(Tokens.Purpose.UNSUBSCRIBE, pat, List.of("REFERRAL_ARRIVED")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.token").value(startsWith("This link has expired")));
        unsubscribe(tokens.sign(Tokens.Purpose.STILL_RIGHT, pat, List.of(WALK))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.token").value("This link is for something else."));
        unsubscribe(tokens.sign(Tokens.Purpose.UNSUBSCRIBE, pat, List.of("HOROSCOPE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.token").value(containsString("HOROSCOPE")));
        assertThat(count("MATCH (p:NotificationPreference) RETURN count(p)")).as("nothing changed").isZero();
    }

    private ResultActions unsubscribe(String token) throws Exception {
        return mvc.perform(post("/api/notifications/unsubscribe").param("token", token));
    }
}
