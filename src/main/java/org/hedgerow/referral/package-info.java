/**
 * Referrals: a link worker refers a participant (a pseudonymous reference, the minimum needed to make
 * contact, and their consent) to an activity; the receiving group's organisers accept, decline, start and
 * complete it; providers refer people on, and the chain of {@code ONWARD_FROM} is the person's path through
 * the network. Personal data: every read and change is checked in the Cypher that does it and audited.
 * Other modules hear of referrals only through {@link org.hedgerow.referral.ReferralMade} and
 * {@link org.hedgerow.referral.ReferralStatusChanged}, which carry ids and status only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
@org.jspecify.annotations.NullMarked
package org.hedgerow.referral;
