/**
 * What is on: each group's activities, their timetable, cost, access, spaces left and the categories and
 * needs they serve. Owns the activity listing, including taking and giving back a space.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
@org.jspecify.annotations.NullMarked
package org.hedgerow.activities;
