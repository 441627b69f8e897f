package org.hedgerow.accounts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Opens accounts in bulk for the demo network. Demo accounts share one published password, so they are
 * marked as such, and every start that finds them says so loudly.
 */
@Component
public class AccountProvisioning {

    private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

    private static final String DEMO_ACCOUNTS = """
            MATCH (a:Account {demo: true}) RETURN count(a)
            """;

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final Neo4jClient neo4j;

    AccountProvisioning(AccountStore accounts, PasswordEncoder passwords, Neo4jClient neo4j) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.neo4j = neo4j;
    }

    /** Opens the given demo accounts (skipping usernames already taken); returns how many were opened. */
    public int openDemoAccounts(List<NewAccount> demoAccounts, String sharedPassword) {
        // One hash for all: the password is published anyway, and hashing ~35 times would add seconds to start-up.
        return accounts.createAll(demoAccounts, passwords.encode(sharedPassword), true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutDemoAccounts() {
        long demo = neo4j.query(DEMO_ACCOUNTS).fetchAs(Long.class).one().orElse(0L);
        if (demo > 0) {
            log.warn("{} DEMO ACCOUNTS are active with the published demo password (see README). "
                    + "Do not use this store for real people's data.", demo);
        }
    }
}
