package org.hedgerow.accounts;

import java.util.ArrayList;

import org.hedgerow.audit.AuditKind;
import org.hedgerow.audit.AuditTrail;
import org.hedgerow.core.ForbiddenException;
import org.hedgerow.core.InvalidRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account rules: who an account acts as must fit its role, and nobody changes their own role. */
@Service
class AccountService {

    private final AccountStore accounts;
    private final SessionStamps stamps;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    AccountService(AccountStore accounts, SessionStamps stamps, PasswordEncoder passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.stamps = stamps;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    AccountView create(NewAccount account) {
        checkLink(account.role(), account.actsAs(), account.place());
        String id = accounts.create(account, passwords.encode(account.password()), false);
        audit.record(AuditKind.ACCOUNT_CREATED, "Account", id, "role " + account.role());
        return accounts.get(id);
    }

    @Transactional
    AccountView change(SignedInUser admin, String id, AccountChanges changes) {
        var current = accounts.get(id);
        if (admin.accountId().equals(id)) {
            if (changes.role() != null && changes.role() != current.role()) {
                throw new ForbiddenException("Nobody can change their own role; ask another admin.");
            }
            if (Boolean.FALSE.equals(changes.enabled())) {
                throw new ForbiddenException("You cannot disable your own account.");
            }
        }
        var role = changes.role() != null ? changes.role() : current.role();
        if (changes.place() != null && role != Role.FACILITATOR) {
            throw new InvalidRequestException("place", "only a FACILITATOR account has a place");
        }
        if (changes.actsAs() != null && role == Role.ADMIN) {
            throw new InvalidRequestException("actsAs", "an ADMIN account acts for nobody");
        }
        if (changes.actsAs() != null && role == Role.FACILITATOR) {
            throw new InvalidRequestException("actsAs", "a FACILITATOR account acts for nobody: give its place");
        }
        if (role != current.role() || changes.actsAs() != null || changes.place() != null) {
            // A new role, or a new link for the same one (another organiser, link worker or place): both relink.
            checkLink(role, changes.actsAs(), changes.place());
        }
        if (accounts.change(id, new AccountChanges(changes.displayName(), changes.enabled(),
                role != current.role() || changes.actsAs() != null || changes.place() != null ? role : null,
                changes.actsAs(), changes.place(), changes.version()))) {
            stamps.renewed(id);
        }
        var changed = new ArrayList<String>();
        if (changes.displayName() != null) {
            changed.add("displayName");
        }
        if (changes.enabled() != null) {
            changed.add("enabled=" + changes.enabled());
        }
        if (changes.role() != null) {
            changed.add("role=" + changes.role());
        }
        if (changes.actsAs() != null) {
            changed.add("actsAs=" + changes.actsAs());
        }
        if (changes.place() != null) {
            changed.add("place=" + changes.place());
        }
        audit.record(AuditKind.ACCOUNT_CHANGED, "Account", id, String.join(", ", changed));
        return accounts.get(id);
    }

    @Transactional
    void resetPassword(String id, PasswordReset reset) {
        accounts.setPassword(id, passwords.encode(reset.newPassword()));
        stamps.renewed(id);
        audit.record(AuditKind.PASSWORD_RESET, "Account", id, null);
    }

    /**
     * Changes the signed-in user's password if they know the current one. Returns the account's new
     * session stamp: the caller's session carries on, every other session of the account ends.
     */
    @Transactional(noRollbackFor = InvalidRequestException.class)
    String changeOwnPassword(SignedInUser user, PasswordChange change) {
        var stored = accounts.findForSignIn(user.getUsername()).orElseThrow();
        if (!passwords.matches(change.currentPassword(), stored.getPassword())) {
            audit.record(AuditKind.PASSWORD_CHANGE_FAILED, "Account", user.accountId(), "wrong current password");
            throw new InvalidRequestException("currentPassword", "is not your current password");
        }
        String stamp = accounts.setPassword(user.accountId(), passwords.encode(change.newPassword()));
        stamps.renewed(user.accountId());
        audit.record(AuditKind.PASSWORD_CHANGED, "Account", user.accountId(), null);
        return stamp;
    }

    /** Who an account acts as must fit its role and exist. */
    private void checkLink(Role role, String actsAs, String place) {
        switch (role) {
            case PROVIDER, LINK_WORKER -> {
                if (actsAs == null || actsAs.isBlank()) {
                    throw new InvalidRequestException("actsAs", "is needed: a " + role
                            + " account acts as " + (role == Role.PROVIDER ? "an organiser" : "a link worker")
                            + "; give its id");
                }
            }
            case FACILITATOR -> {
                if (place == null || place.isBlank()) {
                    throw new InvalidRequestException("place", "is needed: give the code of the place facilitated");
                }
            }
            case ADMIN -> {
                if (actsAs != null || place != null) {
                    throw new InvalidRequestException(actsAs != null ? "actsAs" : "place",
                            "an ADMIN account acts for nobody and has no place");
                }
            }
        }
        if (!accounts.linkTargetExists(role, actsAs, place)) {
            String field = role == Role.FACILITATOR ? "place" : "actsAs";
            throw new InvalidRequestException(field, "does not name an existing "
                    + switch (role) {
                        case PROVIDER -> "organiser";
                        case LINK_WORKER -> "link worker";
                        default -> "locality";
                    });
        }
    }
}
