package org.hedgerow.accounts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Opens accounts in bulk for the demo network. Demo accounts share one published password, so they are
 * marked as such, and every start that finds them says so loudly.
 */
@Component
public class AccountProvisioning {

    private static final Logger log = LoggerFactory.getLogger(AccountProvisioning.class);

    private final AccountStore accounts;
    private final PasswordEncoder passwords;

    AccountProvisioning(AccountStore accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Opens the given demo accounts (skipping usernames already taken); returns how many were opened. */
    public int openDemoAccounts(List<NewAccount> demoAccounts, String sharedPassword) {
        // One hash for all: the password is published anyway, and hashing ~35 times would add seconds to start-up.
        return accounts.createAll(demoAccounts, passwords.encode(sharedPassword), true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutDemoAccounts() {
        long demo = accounts.demoAccounts();
        if (demo > 0) {
            log.warn("{} DEMO ACCOUNTS are active with the published demo password (see README). "
                    + "Do not use this store for real people's data.", demo);
        }
    }
}
