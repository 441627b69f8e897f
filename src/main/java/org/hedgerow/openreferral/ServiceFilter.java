package org.hedgerow.openreferral;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.search.Geocoder;
import org.hedgerow.search.Postcode;
import org.hedgerow.search.SearchWords;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a list of services, read and checked, with feed ids turned into Hedgerow's own ids and codes. A
 * filter that names something the feed does not have (an organization or term id nobody published) matches nothing,
 * as a filter should; text that cannot be what the parameter means is a 400 naming the parameter.
 *
 * <p>What each means (the ORUK profile's words): {@code minimum_age} services whose minimum age is at least it (no
 * minimum counts as 0); {@code maximum_age} services with a maximum age at or below it (no maximum is no match);
 * {@code start_time} services starting at or after it; {@code end_time} ending at or before it; {@code day} meeting
 * on that day; {@code postcode} with {@code proximity} (metres, default {@value #DEFAULT_PROXIMITY}) held within that
 * distance of the postcode's centre, placed by the same geocoder as the app's own search.
 */
record ServiceFilter(boolean matchesNothing, @Nullable String words, @Nullable String group, @Nullable String category,
                     @Nullable String need, @Nullable String taxonomy, @Nullable ZonedDateTime modifiedAfter,
                     @Nullable Double latitude, @Nullable Double longitude, @Nullable Double radius,
                     @Nullable Double minimumAge, @Nullable Double maximumAge, @Nullable String day,
                     @Nullable LocalTime startTime, @Nullable LocalTime endTime) {

    static final int DEFAULT_PROXIMITY = 5_000;
    static final int MOST_PROXIMITY = 50_000;
    private static final int LONGEST_SEARCH = 200;

    static final String CATEGORIES = "category";
    static final String NEEDS = "need";

    static ServiceFilter none() {
        return new ServiceFilter(false, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** Whether any filter is given at all (then the count may come from the store's own counts). */
    boolean isEmpty() {
        return equals(none());
    }

    static ServiceFilter from(ServiceQuery query, FeedIndex index, Geocoder geocoder) {
        var errors = new LinkedHashMap<String, String>();
        boolean nothing = false;

        String words = null;
        if (present(query.search())) {
            if (query.search().length() > LONGEST_SEARCH) {
                errors.put("search", "at most " + LONGEST_SEARCH + " characters");
            }
            else {
                words = SearchWords.luceneQuery(query.search()).orElse(null);
                nothing |= words == null; // nothing but punctuation: no word can match it
            }
        }
        String group = null;
        if (present(query.organizationId())) {
            var id = feedId(query.organizationId(), "organization_id", errors);
            if (id.isPresent()) {
                group = index.group(id.get()).orElse(null);
                nothing |= group == null;
            }
        }
        String category = null;
        String need = null;
        if (present(query.taxonomyTermId())) {
            var id = feedId(query.taxonomyTermId(), "taxonomy_term_id", errors);
            if (id.isPresent()) {
                var term = index.term(id.get());
                nothing |= term.isEmpty();
                if (term.isPresent() && term.get().vocabulary() == PublicIds.CATEGORY) {
                    category = term.get().code();
                }
                else if (term.isPresent()) {
                    need = term.get().code();
                }
            }
        }
        String taxonomy = null;
        if (present(query.taxonomyId())) {
            var id = feedId(query.taxonomyId(), "taxonomy_id", errors);
            if (id.isPresent()) {
                taxonomy = Taxonomies.vocabularyOf(id.get()).orElse(null);
                nothing |= taxonomy == null;
            }
        }
        var modifiedAfter = present(query.modifiedAfter()) ? dateTime(query.modifiedAfter(), errors) : null;
        Geocoder.Location near = null;
        double radius = DEFAULT_PROXIMITY;
        if (present(query.proximity())) {
            var metres = number(query.proximity(), "proximity", errors);
            if (metres != null && (metres <= 0 || metres > MOST_PROXIMITY)) {
                errors.put("proximity", "metres from the postcode: more than 0, at most " + MOST_PROXIMITY);
            }
            else if (metres != null) {
                radius = metres;
            }
            if (!present(query.postcode())) {
                errors.put("proximity", "needs a postcode to measure from");
            }
        }
        if (present(query.postcode())) {
            var postcode = Postcode.parse(query.postcode());
            if (postcode.isEmpty()) {
                errors.put("postcode", "'" + shorten(query.postcode()) + "' is not a UK postcode or postcode district, "
                        + "such as DE56 1AB or DE56");
            }
            else {
                near = geocoder.locate(postcode.get()).orElse(null);
                if (near == null) {
                    errors.put("postcode", "We do not know where " + postcode.get() + " is; try a nearby town's "
                            + "postcode district");
                }
            }
        }
        var minimumAge = present(query.minimumAge()) ? age(query.minimumAge(), "minimum_age", errors) : null;
        var maximumAge = present(query.maximumAge()) ? age(query.maximumAge(), "maximum_age", errors) : null;
        var day = present(query.day()) ? day(query.day(), errors) : null;
        var startTime = present(query.startTime()) ? time(query.startTime(), "start_time", errors) : null;
        var endTime = present(query.endTime()) ? time(query.endTime(), "end_time", errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new ServiceFilter(nothing, words, group, category, need, taxonomy, modifiedAfter,
                near == null ? null : near.latitude(), near == null ? null : near.longitude(),
                near == null ? null : radius, minimumAge, maximumAge, day, startTime, endTime);
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static Optional<String> feedId(String text, String name, Map<String, String> errors) {
        var uuid = PublicIds.parse(text);
        if (uuid.isEmpty()) {
            errors.put(name, "'" + shorten(text) + "' is not an id of this feed (a UUID)");
        }
        return uuid.map(Object::toString);
    }

    /** An ISO date-time with an offset, a local one (taken as UTC) or a date (its start, UTC). */
    private static @Nullable ZonedDateTime dateTime(String text, Map<String, String> errors) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(ZoneOffset.UTC);
        }
        catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value).atZone(ZoneOffset.UTC);
            }
            catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC);
                }
                catch (DateTimeParseException notADate) {
                    errors.put("modified_after", "'" + shorten(text) + "' is not a date-time such as "
                            + "2026-11-01T09:00:00Z, nor a date such as 2026-11-01");
                    return null;
                }
            }
        }
    }

    private static @Nullable Double number(String text, String name, Map<String, String> errors) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        }
        catch (NumberFormatException notANumber) {
            // named below
        }
        errors.put(name, "'" + shorten(text) + "' is not a number");
        return null;
    }

    private static @Nullable Double age(String text, String name, Map<String, String> errors) {
        var age = number(text, name, errors);
        if (age != null && (age < 0 || age > 120)) {
            errors.put(name, "an age in years, from 0 to 120");
            return null;
        }
        return age;
    }

    private static final Map<String, DayOfWeek> SHORT_DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    /** A day as iCalendar writes it ({@code MO}) or by name ({@code Monday}), any case. */
    private static @Nullable String day(String text, Map<String, String> errors) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (SHORT_DAYS.containsKey(value)) {
            return SHORT_DAYS.get(value).name();
        }
        try {
            return DayOfWeek.valueOf(value).name();
        }
        catch (IllegalArgumentException notADay) {
            errors.put("day", "'" + shorten(text) + "' is not a day: MO, TU, WE, TH, FR, SA, SU (or Monday … Sunday)");
            return null;
        }
    }

    private static @Nullable LocalTime time(String text, String name, Map<String, String> errors) {
        try {
            return LocalTime.parse(text.strip());
        }
        catch (DateTimeParseException notATime) {
            errors.put(name, "'" + shorten(text) + "' is not a time of day such as 09:30 or 09:30:00");
            return null;
        }
    }

    private static String shorten(String text) {
        String value = text.strip();
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
