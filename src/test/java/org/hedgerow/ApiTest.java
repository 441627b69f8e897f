package org.hedgerow;

import org.hedgerow.accounts.AccountProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the API tests that work on {@link TestAccounts}' network through the real endpoints: the whole
 * app with MockMvc, the events that commit collected in {@link #events}, and one {@link TestBrowsers}
 * session per person, signed in when first used. Before each test the network is created afresh and the
 * events cleared; a subclass's own {@code @BeforeEach} runs after that, to add what its tests need.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommittedEvents.class)
public abstract class ApiTest extends GraphTest {

    @Autowired protected MockMvc mvc;
    @Autowired protected Neo4jClient neo4j;
    @Autowired protected AccountProvisioning provisioning;
    @Autowired protected CommittedEvents events;

    protected TestBrowsers browsers;

    @BeforeEach
    void createTestAccounts() {
        TestAccounts.create(neo4j, provisioning);
        browsers = new TestBrowsers(mvc);
        events.clear();
    }
}
