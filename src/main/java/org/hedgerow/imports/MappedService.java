package org.hedgerow.imports;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hedgerow.activities.Cost;
import org.hedgerow.activities.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * One feed service as Hedgerow would list it: its organization as a group, its location as a venue (or the
 * locality's "no fixed venue" when it has none), itself as an activity, and the taxonomy terms it carries (turned
 * into categories and needs only when the import is planned or applied, so a mapping completed in between counts).
 */
record MappedService(String externalId, String name, Organization organization, Location location,
                     ActivityFields activity, List<FeedTerm> terms, List<String> warnings) {

    record Organization(String externalId, GroupFields fields) {
    }

    record Location(String externalId, VenueFields fields) {
    }

    /** A taxonomy term as the feed names it. */
    record FeedTerm(String taxonomy, String id, String name) {

        String key() {
            return taxonomy + "|" + id;
        }
    }

    /** The fields of a listing the import owns and compares, each as text so both sides compare alike. */
    interface Fields {
        Map<String, @Nullable String> values();
    }

    record GroupFields(String name, @Nullable String description, @Nullable String website) implements Fields {
        @Override
        public Map<String, @Nullable String> values() {
            var values = new LinkedHashMap<String, @Nullable String>();
            values.put("name", name);
            values.put("description", description);
            values.put("website", website);
            return values;
        }
    }

    record VenueFields(String name, @Nullable String address, @Nullable String postcode, double latitude,
                       double longitude) implements Fields {
        @Override
        public Map<String, @Nullable String> values() {
            var values = new LinkedHashMap<String, @Nullable String>();
            values.put("name", name);
            values.put("address", address);
            values.put("postcode", postcode);
            // to about a metre: a feed that writes more digits is not a move
            values.put("location", "%.5f,%.5f".formatted(latitude, longitude));
            return values;
        }
    }

    record ActivityFields(String name, @Nullable String description, @Nullable List<DayOfWeek> days,
                          @Nullable Frequency frequency, @Nullable Integer weekOfMonth, @Nullable LocalTime startTime,
                          @Nullable LocalTime endTime, @Nullable Cost cost, @Nullable String costNote,
                          @Nullable Integer minimumAge, @Nullable Integer maximumAge, @Nullable String contact,
                          @Nullable List<String> categories, @Nullable List<String> needs) implements Fields {

        ActivityFields {
            days = days == null ? List.of() : days.stream().distinct().sorted().toList();
            frequency = frequency == null ? Frequency.WEEKLY : frequency;
            cost = cost == null ? Cost.FREE : cost;
            categories = categories == null ? List.of() : categories.stream().distinct().sorted().toList();
            needs = needs == null ? List.of() : needs.stream().distinct().sorted().toList();
        }

        ActivityFields withTerms(List<String> categoryCodes, List<String> needCodes) {
            return new ActivityFields(name, description, days, frequency, weekOfMonth, startTime, endTime, cost,
                    costNote, minimumAge, maximumAge, contact, categoryCodes, needCodes);
        }

        @Override
        public Map<String, @Nullable String> values() {
            var values = new LinkedHashMap<String, @Nullable String>();
            values.put("name", name);
            values.put("description", description);
            values.put("days", String.join(",", Objects.requireNonNull(days).stream().map(DayOfWeek::name).toList()));
            values.put("frequency", Objects.requireNonNull(frequency).name());
            values.put("weekOfMonth", weekOfMonth == null ? null : weekOfMonth.toString());
            values.put("startTime", startTime == null ? null : startTime.toString());
            values.put("endTime", endTime == null ? null : endTime.toString());
            values.put("cost", Objects.requireNonNull(cost).name());
            values.put("costNote", costNote);
            values.put("minimumAge", minimumAge == null ? null : minimumAge.toString());
            values.put("maximumAge", maximumAge == null ? null : maximumAge.toString());
            values.put("contact", contact);
            values.put("categories", String.join(",", Objects.requireNonNull(categories)));
            values.put("needs", String.join(",", Objects.requireNonNull(needs)));
            return values;
        }
    }
}
