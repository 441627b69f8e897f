/**
 * Who runs things: community groups and their organisers, and which organiser organises which group.
 * Anyone may read them; a group's organisers and the facilitators of its place change them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups and organisers")
@org.jspecify.annotations.NullMarked
package org.hedgerow.groups;
