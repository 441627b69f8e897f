/**
 * The audit trail: an append-only record of every sign-in (and failed attempt), every read and change of
 * referral or participant data, and every account change: who, what, when and from where. Features
 * record through {@link org.hedgerow.audit.AuditTrail}; admins list it. Nothing can edit or delete it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
@org.jspecify.annotations.NullMarked
package org.hedgerow.audit;
