package org.hedgerow;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One browser session per {@link TestAccounts} person, signed in through the real endpoint the first
 * time it is used; {@code null} is somebody not signed in. Make one per test, after the accounts exist.
 */
public final class TestBrowsers {

    private final MockMvc mvc;
    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    public TestBrowsers(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The session of {@code username} ({@code null}: nobody signed in). */
    public MockHttpSession of(String username) throws Exception {
        var session = sessions.get(username);
        if (session == null) {
            session = new MockHttpSession();
            if (username != null) {
                TestAccounts.signIn(mvc, username, TestAccounts.PASSWORD, session).andExpect(status().isOk());
            }
            sessions.put(username, session);
        }
        return session;
    }

    /** A request as {@code username}, with a CSRF token and a JSON body if given. */
    public ResultActions request(String username, HttpMethod method, String path, String json) throws Exception {
        var request = MockMvcRequestBuilders.request(method, path)
                .session(of(username)).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }
}
