/**
 * The public directory of the network: places (localities nested within places and the ICS), venues,
 * organisers, the groups they run and their activities, and the categories and needs activities serve.
 * Anyone may read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.hedgerow.directory;
