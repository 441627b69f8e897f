package org.hedgerow.graphdb;

import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestAccounts;
import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code hedgerow.neo4j.session-bookmarks=true}: a request's transactions leave the graph's bookmark in the
 * person's session, and a later request with that session (on any instance: the session is shared) starts its
 * transactions from it. The one bookmark manager is what Spring Data Neo4j's transaction manager and
 * {@code Neo4jClient} both begin their sessions with.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "hedgerow.neo4j.session-bookmarks=true")
class SessionBookmarksTests extends GraphTest {

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired AccountProvisioning provisioning;
    @Autowired Neo4jBookmarkManager bookmarks;

    @BeforeEach
    void accounts() {
        TestAccounts.create(neo4j, provisioning);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSignedInRequestLeavesTheGraphsBookmarkInTheSession() throws Exception {
        var session = new MockHttpSession();
        TestAccounts.signIn(mvc, "lee", TestAccounts.PASSWORD, session).andExpect(status().isOk());
        mvc.perform(get("/api/session").session(session)).andExpect(status().isOk());

        assertThat(session.getAttribute(SessionBookmarks.ATTRIBUTE)).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
                .allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
        var carried = ((List<?>) session.getAttribute(SessionBookmarks.ATTRIBUTE)).stream()
                .map(String::valueOf).map(Bookmark::from).toList();
        assertThat(bookmarks.getBookmarks()).as("what this instance has seen").containsAll(carried);
    }

    @Test
    void aRequestWhoseSessionCarriesBookmarksStartsItsTransactionsFromThem() {
        var fromTheOtherInstance = Bookmark.from("FB:from-the-other-instance");
        assertThat(bookmarks.getBookmarks()).doesNotContain(fromTheOtherInstance);

        var request = new MockHttpServletRequest();
        request.getSession(true).setAttribute(SessionBookmarks.ATTRIBUTE, List.of(fromTheOtherInstance.value()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(SessionBookmarks.ofThisRequest()).containsExactly(fromTheOtherInstance);
        assertThat(bookmarks.getBookmarks()).contains(fromTheOtherInstance);
    }

    @Test
    void aRequestWithoutASessionAddsNoBookmarks() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(SessionBookmarks.ofThisRequest()).isEmpty();
    }
}
