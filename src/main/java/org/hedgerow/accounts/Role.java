package org.hedgerow.accounts;

/**
 * What an account is for. PROVIDER: organiser of one or more groups. LINK_WORKER: social prescriber of
 * a PCN. FACILITATOR: runs the network of a place (a locality and everything within it). ADMIN: manages
 * accounts and reads the audit trail.
 */
public enum Role {
    PROVIDER, LINK_WORKER, FACILITATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
