package org.hedgerow.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hedgerow.core.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choices, per kind (at once unless they chose otherwise), and the address their mails go to. */
@Component
class Preferences {

    private static final String READ = """
            OPTIONAL MATCH (b:Mailbox {accountId: $accountId})
            RETURN b.address AS email,
                   COLLECT { MATCH (p:NotificationPreference {accountId: $accountId})
                             RETURN p {.kind, .delivery} } AS choices
            """;

    private static final String CHOOSE = """
            UNWIND $choices AS choice
            MERGE (p:NotificationPreference {accountId: $accountId, kind: choice.kind})
            SET p.delivery = choice.delivery, p.changedAt = datetime()
            """;

    private static final String SET_ADDRESS = """
            MERGE (b:Mailbox {accountId: $accountId})
            SET b.address = $address, b.changedAt = datetime()
            """;

    private static final String REMOVE_ADDRESS = """
            MATCH (b:Mailbox {accountId: $accountId}) DELETE b
            """;

    private static final String ACCOUNT_EXISTS = "RETURN EXISTS { (:Account {id: $accountId}) }";

    record Stored(@Nullable String email, List<Choice> choices) {
    }

    private final Neo4jClient neo4j;
    private final NotificationsProperties properties;

    Preferences(Neo4jClient neo4j, NotificationsProperties properties) {
        this.neo4j = neo4j;
        this.properties = properties;
    }

    NotificationSettings of(String accountId) {
        var stored = Rows.fetch(neo4j.query(READ).bind(accountId).to("accountId"), Stored.class).one().orElseThrow();
        Map<NotificationKind, Delivery> chosen = stored.choices().stream()
                .collect(Collectors.toMap(Choice::kind, Choice::delivery));
        var choices = Arrays.stream(NotificationKind.values())
                .map(kind -> new Choice(kind, chosen.getOrDefault(kind, Delivery.AT_ONCE))).toList();
        return new NotificationSettings(stored.email(), choices, properties.digestHour());
    }

    @Transactional
    NotificationSettings change(String accountId, NotificationSettings settings) {
        var email = settings.email();
        if (email == null || email.isBlank()) {
            neo4j.query(REMOVE_ADDRESS).bind(accountId).to("accountId").run();
        } else {
            neo4j.query(SET_ADDRESS).bind(accountId).to("accountId").bind(email.strip()).to("address").run();
        }
        choose(accountId, settings.choices());
        return of(accountId);
    }

    /** Sets these choices only; false if there is no such account. */
    @Transactional
    boolean choose(String accountId, List<Choice> choices) {
        if (!neo4j.query(ACCOUNT_EXISTS).bind(accountId).to("accountId").fetchAs(Boolean.class).one().orElse(false)) {
            return false;
        }
        var rows = choices.stream().map(choice -> Map.of("kind", choice.kind().name(),
                "delivery", choice.delivery().name())).toList();
        neo4j.query(CHOOSE).bind(accountId).to("accountId").bind(rows).to("choices").run();
        return true;
    }
}
