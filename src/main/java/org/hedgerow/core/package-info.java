/**
 * What every feature shares: problem-details errors (RFC 9457), the 404/403/409 of a checked write
 * ({@link org.hedgerow.core.EditOutcome}), reading statement values and pages of results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.hedgerow.core;
