package org.hedgerow.activities;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.InvalidRequestException;

/**
 * Everything an activity says about itself, whole: what a new activity is made from, and what an existing
 * one becomes once a change is laid over it. Rules that join several fields are checked here.
 */
record ActivityDetails(String name, String description, List<DayOfWeek> days, Frequency frequency,
                       Integer weekOfMonth, LocalTime startTime, LocalTime endTime, Integer capacity,
                       Integer spacesLeft, Cost cost, String costNote, String accessibility, String whatToBring,
                       String contact, Integer minimumAge, Integer maximumAge, WayIn wayIn) {

    static ActivityDetails of(NewActivity a) {
        return new ActivityDetails(a.name(), a.description(), a.days(), a.frequency(), a.weekOfMonth(),
                a.startTime(), a.endTime(), a.capacity(), a.spacesLeft(), a.cost(), a.costNote(), a.accessibility(),
                a.whatToBring(), a.contact(), a.minimumAge(), a.maximumAge(),
                a.wayIn() != null ? a.wayIn() : WayIn.byDefault(a.capacity()));
    }

    static ActivityDetails of(ActivityView a) {
        return new ActivityDetails(a.name(), a.description(), a.days(), a.frequency(), a.weekOfMonth(),
                a.startTime(), a.endTime(), a.capacity(), a.spacesLeft(), a.cost(), a.costNote(), a.accessibility(),
                a.whatToBring(), a.contact(), a.minimumAge(), a.maximumAge(), a.wayIn());
    }

    /** This activity with the change's given fields laid over it. */
    ActivityDetails with(ActivityChanges c) {
        var newFrequency = c.frequency() == null ? frequency : c.frequency();
        return new ActivityDetails(or(c.name(), name), or(c.description(), description), or(c.days(), days),
                newFrequency,
                // A frequency changed away from monthly drops the week of the month it no longer has.
                c.weekOfMonth() != null ? c.weekOfMonth() : newFrequency == Frequency.MONTHLY ? weekOfMonth : null,
                or(c.startTime(), startTime), or(c.endTime(), endTime), or(c.capacity(), capacity),
                or(c.spacesLeft(), spacesLeft), or(c.cost(), cost), or(c.costNote(), costNote),
                or(c.accessibility(), accessibility), or(c.whatToBring(), whatToBring), or(c.contact(), contact),
                Boolean.TRUE.equals(c.clearAges()) ? c.minimumAge() : or(c.minimumAge(), minimumAge),
                Boolean.TRUE.equals(c.clearAges()) ? c.maximumAge() : or(c.maximumAge(), maximumAge),
                or(c.wayIn(), wayIn));
    }

    ActivityDetails withSpacesLeft(Integer spaces) {
        return new ActivityDetails(name, description, days, frequency, weekOfMonth, startTime, endTime, capacity,
                spaces, cost, costNote, accessibility, whatToBring, contact, minimumAge, maximumAge, wayIn);
    }

    /** The rules no single field can check; throws naming each field that breaks one. */
    ActivityDetails checked() {
        var errors = new LinkedHashMap<String, String>();
        if (frequency == Frequency.MONTHLY && (weekOfMonth == null || !List.of(1, 2, 3, 4, -1).contains(weekOfMonth))) {
            errors.put("weekOfMonth", "must be 1, 2, 3, 4 or -1 (the last week) for a monthly activity");
        }
        if (frequency != Frequency.MONTHLY && weekOfMonth != null) {
            errors.put("weekOfMonth", "is only for monthly activities");
        }
        if (frequency == Frequency.MONTHLY && days != null && days.size() > 1) {
            errors.put("days", "a monthly activity meets on one day of the week");
        }
        if (endTime != null && startTime == null) {
            errors.put("startTime", "is needed when an end time is given");
        }
        if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            errors.put("endTime", "must be after the start time");
        }
        if (spacesLeft != null && capacity == null) {
            errors.put("spacesLeft", "needs a capacity; leave both out for a drop-in with no limit");
        }
        if (spacesLeft != null && capacity != null && spacesLeft > capacity) {
            errors.put("spacesLeft", "cannot be more than the capacity (" + capacity + ")");
        }
        if (cost != null && cost != Cost.FREE && (costNote == null || costNote.isBlank())) {
            errors.put("costNote", "must say what it costs, e.g. \"£3, pay what you can\"");
        }
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            errors.put("maximumAge", "cannot be below the minimum age (" + minimumAge + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return this;
    }

    /** The activity's own properties as the graph keeps them; absent ones are removed. */
    Map<String, Object> properties() {
        var p = new HashMap<String, Object>();
        p.put("name", name);
        p.put("description", text(description));
        p.put("days", days == null ? List.of() : days.stream().distinct().sorted().map(DayOfWeek::name).toList());
        p.put("frequency", frequency == null ? Frequency.WEEKLY.name() : frequency.name());
        p.put("weekOfMonth", weekOfMonth);
        p.put("startTime", startTime);
        p.put("endTime", endTime);
        p.put("capacity", capacity);
        p.put("spacesLeft", spacesLeft);
        p.put("cost", cost == null ? Cost.FREE.name() : cost.name());
        p.put("costNote", text(costNote));
        p.put("accessibility", text(accessibility));
        p.put("whatToBring", text(whatToBring));
        p.put("contact", text(contact));
        p.put("minimumAge", minimumAge);
        p.put("maximumAge", maximumAge);
        p.put("wayIn", wayIn == null ? null : wayIn.name());
        return p;
    }

    /** A text left empty is no text: the property is taken away (an empty text in a change clears it). */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
