/**
 * The directory published as an Open Referral UK (HSDS-UK 3.0) feed under {@code /openreferral}: activities as
 * services, groups as organizations, venues as locations (through service_at_location), timetables as schedules,
 * costs as cost options, categories and needs as the terms of two published Hedgerow taxonomies. Public and
 * read-only: it reads other modules' labels, writes nothing, and never shows a participant, a referral or a
 * person's contact details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open Referral UK feed")
@org.jspecify.annotations.NullMarked
package org.hedgerow.openreferral;
