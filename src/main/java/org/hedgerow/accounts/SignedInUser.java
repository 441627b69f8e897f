package org.hedgerow.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a session: their account, role and whom they act as (an organiser or link worker id),
 * or which place they facilitate. Kept in the HTTP session, so it holds no password once signed in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final String actsAsId;
    private final String actsAsName;
    private final String placeCode;
    private final String placeName;
    private final String sessionStamp;
    private String passwordHash;

    SignedInUser(String accountId, String username, String displayName, Role role, boolean enabled,
                 String actsAsId, String actsAsName, String placeCode, String placeName, String passwordHash,
                 String sessionStamp) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.actsAsId = actsAsId;
        this.actsAsName = actsAsName;
        this.placeCode = placeCode;
        this.placeName = placeName;
        this.passwordHash = passwordHash;
        this.sessionStamp = sessionStamp;
    }

    /** Changes whenever the account's password, role or enabled state changes; older sessions then end. */
    String sessionStamp() {
        return sessionStamp;
    }

    /** The same person with the account's new session stamp, for the session that made the change. */
    SignedInUser withSessionStamp(String stamp) {
        return new SignedInUser(accountId, username, displayName, role, enabled, actsAsId, actsAsName, placeCode,
                placeName, null, stamp);
    }

    public String accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The organiser or link worker this account acts as; null for facilitators and admins. */
    public String actsAsId() {
        return actsAsId;
    }

    public String actsAsName() {
        return actsAsName;
    }

    /** The code of the place a facilitator looks after; null for other roles. */
    public String placeCode() {
        return placeCode;
    }

    public String placeName() {
        return placeName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
