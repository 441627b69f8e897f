/**
 * Who may do what: accounts in the graph (each acting as an organiser, a link worker, a facilitator of a
 * place, or an admin), browser sign-in with a session cookie and SPA-style CSRF, throttling of failed
 * sign-ins, account management, and the security rules every other feature runs under.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and security")
@org.jspecify.annotations.NullMarked
package org.hedgerow.accounts;
