package org.hedgerow.accounts;

/**
 * An account's session stamp was renewed (its password set, its role or enabled changed), here or, where sessions
 * are shared, on another instance: its older sessions are over. Published after the change commits, for whatever
 * holds on to a sign-in without making requests (a live socket), which should let it go now rather than at its
 * session's timeout.
 *
 * @param accountId the account whose sign-ins were renewed
 */
public record SignInsRenewed(String accountId) {
}
