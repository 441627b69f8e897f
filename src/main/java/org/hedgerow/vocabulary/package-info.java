/**
 * The words the network shares: the categories of activity and the needs activities serve, each with a
 * code. Anyone may read them; admins change them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vocabulary")
@org.jspecify.annotations.NullMarked
package org.hedgerow.vocabulary;
