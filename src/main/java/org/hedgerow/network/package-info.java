/**
 * The network seen whole, for facilitators and for anyone curious: how big it is, and (later) its gaps,
 * flows and health. Only aggregates leave this module; no participant is identifiable in any of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network map")
package org.hedgerow.network;
