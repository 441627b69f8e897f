/**
 * What every feature shares: problem-details errors (RFC 9457) and pages of results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hedgerow.core;
