package org.hedgerow.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The three journeys, and an axe-core scan of every page, in a real browser (Debian's Chromium
 * driven by playwright-core, {@code frontend/e2e/journeys.mjs}) against the real app on a random port,
 * with the demo network and its accounts. Screenshots of each page go to {@code target/screenshots}.
 * Without Chromium (or without the built app) the class is skipped locally, but fails when {@code CI=true}.
 */
@Tag("browser")
@ExtendWith(BrowserJourneyTests.BrowserAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "hedgerow.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTests extends GraphTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path FRONTEND = Path.of("frontend");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired Neo4jClient neo4j;
    @Autowired ApplicationContext context;

    @BeforeAll
    void demoNetwork() throws Exception {
        if (Files.isDirectory(SCREENSHOTS)) {
            try (var old = Files.newDirectoryStream(SCREENSHOTS, "FAILED-*.png")) {
                for (Path failed : old) {
                    Files.delete(failed);
                }
            }
        }
        // The shared test DBMS may hold another class's graph: start from the demo network and its accounts.
        TestGraph.clear(neo4j);
        context.getBean("demoNetwork", ApplicationRunner.class).run(new DefaultApplicationArguments());
    }

    @Test
    @Order(1)
    void aProviderMarksAnActivityFullAndALinkWorkersOpenSearchShowsItFullWithoutReload() throws Exception {
        journey("capacity");
    }

    @Test
    @Order(2)
    void aLinkWorkersReferralReachesTheProvidersInboxLiveAndTheAcceptanceComesBackLive() throws Exception {
        journey("referral");
    }

    @Test
    @Order(3)
    void afterADroppedConnectionTheInboxReconnectsAndCatchesUpWithoutReload() throws Exception {
        journey("reconnect");
    }

    @Test
    @Order(4)
    void aFacilitatorOpensTheGapMapAndTheNetworkGraphAndDownloadsACsv() throws Exception {
        journey("facilitator");
    }

    @Test
    @Order(5)
    void everyPageIsFreeOfSeriousAndCriticalAccessibilityViolations() throws Exception {
        journey("accessibility");
    }

    @Test
    @Order(6)
    void aProviderCancelsASessionAndALinkWorkerWithAReferralThereSeesItLive() throws Exception {
        journey("sessionChange");
    }

    @Test
    @Order(7)
    void aGatheringIsConvenedAnsweredLiveAndItsConnectionAppearsOnTheNetworkMap() throws Exception {
        journey("gathering");
    }

    @Test
    @Order(0)
    void onAFreshStartTheFacilitatorSeesTheTrendGapsFlowsAndBrokers() throws Exception {
        journey("freshStart");
    }

    @Test
    @Order(8)
    void aPersonsNotificationCentreCountsUpLiveWhenAnotherAccountsActionConcernsThem() throws Exception {
        journey("notificationCentre");
    }

    @Test
    @Order(9)
    void aLinkWorkerAddsAPasskeySignsInWithItAndConfirmsAPasswordSignInWithItOnceAnAdminRequiresIt() throws Exception {
        journey("passkeys");
    }

    private void journey(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var command = new ProcessBuilder("node", "e2e/journeys.mjs", name)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true);
        command.environment().put("BASE_URL", "http://localhost:" + port);
        command.environment().put("SCREENSHOTS_DIR", SCREENSHOTS.toAbsolutePath().toString());
        command.environment().put("CHROMIUM", CHROMIUM.toString());
        var process = command.start();
        var output = new StringBuffer();
        var reader = Thread.ofVirtual().start(() -> process.inputReader().lines().forEach(line -> {
            System.out.println(line);
            output.append(line).append('\n');
        }));
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("journey %s did not finish in 5 minutes:%n%s", name, output);
        }
        reader.join(5_000);
        assertThat(process.exitValue()).as("journey %s failed:%n%s", name, output).isZero();
    }

    /** Skips the class without a browser to drive, unless this is CI, where that is a failure. */
    static class BrowserAvailable implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = !Files.isExecutable(CHROMIUM)
                    ? CHROMIUM + " is missing (apt-get install -y chromium)"
                    : !Files.isDirectory(FRONTEND.resolve("node_modules/playwright-core"))
                            ? "frontend/node_modules is missing (the Maven build runs npm ci unless -Dfrontend.skip)"
                            : !Files.exists(Path.of("target", "classes", "static", "index.html"))
                                    ? "the web app is not built into target/classes/static"
                                    : null;
            if (missing == null) {
                return ConditionEvaluationResult.enabled("Chromium and the built app are here");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Browser tests cannot run on CI: " + missing);
            }
            return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing);
        }
    }
}
