/**
 * Primary care around the network: GP practices, the Primary Care Networks (PCNs) they belong to and the
 * localities each PCN covers, and the link workers (social prescribers) who work for a PCN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Primary care")
package org.hedgerow.primarycare;
