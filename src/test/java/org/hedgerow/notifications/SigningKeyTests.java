package org.hedgerow.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.hedgerow.core.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With no signing key set, links in mails are signed with a key kept in the graph: they outlive a restart. */
@SpringBootTest
class SigningKeyTests extends GraphTest {

    @Autowired Neo4jClient neo4j;

    @BeforeEach
    void emptyGraph() {
        TestGraph.clear(neo4j);
        neo4j.query("MATCH (k:MailSigningKey) DELETE k").run();
    }

    @Test
    void aLinkSignedBeforeARestartStillWorksAfterIt() {
        String link = tokens(null).sign(Tokens.Purpose.UNSUBSCRIBE, "acc-1", List.of("REFERRAL_ARRIVED"));

        var afterRestart = tokens(null).check(link, Tokens.Purpose.UNSUBSCRIBE);

        assertThat(afterRestart.accountId()).isEqualTo("acc-1");
        assertThat(afterRestart.subjects()).containsExactly("REFERRAL_ARRIVED");
        assertThat(neo4j.query("MATCH (k:MailSigningKey) RETURN count(k)").fetchAs(Long.class).one()).contains(1L);
    }

    @Test
    void aLinkSignedWithAnotherKeyIsRefused() {
        String link = tokens("a-site-key-that-is-long-enough-to-sign-links").sign(Tokens.Purpose.UNSUBSCRIBE, "acc-1",
                List.of("REFERRAL_ARRIVED"));

        assertThatThrownBy(() -> tokens(null).check(link, Tokens.Purpose.UNSUBSCRIBE))
                .isInstanceOf(InvalidRequestException.class);
    }

    private Tokens tokens(@Nullable String key) {
        var properties = new NotificationsProperties("http://localhost:8080", "Hedgerow <hedgerow@localhost>", 7,
                ZoneId.of("Europe/London"), key, Duration.ofDays(30), new NotificationsProperties.Sender(true,
                Duration.ofSeconds(2), 50, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofDays(2),
                Duration.ofMinutes(2)));
        return new Tokens(properties, Clock.systemUTC(), neo4j);
    }
}
