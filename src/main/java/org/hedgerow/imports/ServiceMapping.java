package org.hedgerow.imports;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hedgerow.activities.Cost;
import org.hedgerow.activities.Frequency;
import org.hedgerow.imports.MappedService.ActivityFields;
import org.hedgerow.imports.MappedService.FeedTerm;
import org.hedgerow.imports.MappedService.GroupFields;
import org.hedgerow.imports.MappedService.VenueFields;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Turns one ORUK 3.0 service into what Hedgerow would list, or refuses it with every reason found. A service is
 * refused for what the ORUK schema forbids (a required field missing, a wrong type, an e-mail or web address that is
 * not one, an id seen earlier in the same feed) or for what Hedgerow cannot list (not active, no organization).
 * What it can list with a guess (a schedule it cannot express, a location without usable coordinates, no cost
 * given) becomes a warning on the record instead.
 */
final class ServiceMapping {

    /** Words in a cost option that mean a reduced price, or none at all. */
    private static final Pattern REDUCED =
            Pattern.compile("reduced|concession|discount|pay what you can|donation|subsidi");
    private static final Pattern FREE = Pattern.compile("\\bfree\\b|no charge|no cost");
    /** Option labels that say only the kind of cost, which the listing's cost already says. */
    private static final Set<String> PLAIN = Set.of("free", "fee", "reduced cost", "reduced");

    /** The locality an import lists things in; its centre stands in for locations without usable coordinates. */
    record Place(String code, String name, @Nullable Double latitude, @Nullable Double longitude) {
    }

    sealed interface Result permits Accepted, Rejected {
        String externalId();
    }

    record Accepted(MappedService service) implements Result {
        @Override
        public String externalId() {
            return service.externalId();
        }
    }

    record Rejected(String externalId, String name, List<String> reasons, List<String> warnings) implements Result {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*");
    private static final Pattern BYDAY = Pattern.compile("(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final Place place;
    private final List<String> reasons = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private ServiceMapping(Place place) {
        this.place = place;
    }

    static Result map(JsonNode service, Place place) {
        return new ServiceMapping(place).mapService(service);
    }

    private Result mapService(JsonNode service) {
        if (!service.isObject()) {
            return new Rejected("(no id)", "", List.of("is not a JSON object"), List.of());
        }
        var id = text(service, "id", "service", true);
        var name = text(service, "name", "service", true);
        var status = text(service, "status", "service", true);
        var description = text(service, "description", "service", false);
        var url = web(service, "url", "service");
        var email = email(service, "email", "service");
        if (status != null && !status.equalsIgnoreCase("active")) {
            reasons.add("status is \"" + status + "\": only active services are listed");
        }
        if (name != null && name.strip().length() < 2) {
            reasons.add("name is shorter than 2 characters");
        }
        var organization = organization(service.get("organization"));
        var location = location(service);
        var schedule = schedule(service.get("schedules"));
        var cost = cost(service.get("cost_options"));
        var ages = ages(service);
        var terms = terms(service.get("attributes"));
        var externalId = id == null ? "(no id)" : id;
        var shownName = name == null ? "" : name;
        if (!reasons.isEmpty() || organization == null || location == null) {
            return new Rejected(externalId, shownName, List.copyOf(reasons), List.copyOf(warnings));
        }
        var contact = contact(email, url, service.get("contacts"));
        var activity = new ActivityFields(fit(shownName.strip(), 120, "name"), fit(plain(description), 4000, "description"),
                schedule.days, schedule.frequency, schedule.weekOfMonth, schedule.opens, schedule.closes, cost.cost,
                cost.note, ages[0], ages[1], contact, List.of(), List.of());
        return new Accepted(new MappedService(externalId, shownName, organization, location, activity, terms,
                List.copyOf(warnings)));
    }

    private MappedService.@Nullable Organization organization(@Nullable JsonNode organization) {
        if (organization == null || organization.isNull()) {
            reasons.add("organization is missing: every listing belongs to a group");
            return null;
        }
        if (!organization.isObject()) {
            reasons.add("organization must be an object");
            return null;
        }
        var id = text(organization, "id", "organization", true);
        var name = text(organization, "name", "organization", true);
        var description = text(organization, "description", "organization", false);
        var website = web(organization, "website", "organization");
        if (website == null) {
            website = web(organization, "uri", "organization");
        }
        email(organization, "email", "organization");
        if (id == null || name == null) {
            return null;
        }
        if (name.strip().length() < 2) {
            reasons.add("organization.name is shorter than 2 characters");
            return null;
        }
        return new MappedService.Organization(id,
                new GroupFields(fit(name.strip(), 120, "organization.name"),
                        fit(plain(description), 2000, "organization.description"), website));
    }

    private MappedService.@Nullable Location location(JsonNode service) {
        var locations = new ArrayList<JsonNode>();
        var atLocations = service.get("service_at_locations");
        if (atLocations != null && atLocations.isArray()) {
            for (var at : atLocations) {
                var location = at.get("location");
                if (location != null && location.isObject()) {
                    locations.add(location);
                }
            }
        }
        if (locations.isEmpty()) {
            var centre = centre("it has no location in the feed");
            if (centre == null) {
                return null;
            }
            var areas = new ArrayList<String>();
            var serviceAreas = service.get("service_areas");
            if (serviceAreas != null && serviceAreas.isArray()) {
                for (var area : serviceAreas) {
                    var areaName = area.get("name");
                    if (areaName != null && areaName.isString() && areaName.stringValue().length() < 60) {
                        areas.add(areaName.stringValue());
                    }
                }
            }
            return new MappedService.Location("area:" + place.code(), new VenueFields(
                    fit(place.name() + " (no fixed venue)", 120, "venue name"),
                    areas.isEmpty() ? place.name() : fit(String.join(", ", areas), 300, "venue address"), null,
                    centre[0], centre[1]));
        }
        if (locations.size() > 1) {
            warnings.add("it is offered at " + locations.size() + " locations: listed at the first only");
        }
        var location = locations.getFirst();
        var id = text(location, "id", "location", true);
        var name = text(location, "name", "location", false);
        var addressParts = new ArrayList<String>();
        String postcode = null;
        var addresses = location.get("addresses");
        if (addresses != null && addresses.isArray() && !addresses.isEmpty()) {
            var address = addresses.get(0);
            for (var part : List.of("address_1", "address_2", "city")) {
                var value = address.get(part);
                if (value != null && value.isString() && !value.stringValue().isBlank()) {
                    addressParts.add(value.stringValue().strip());
                }
            }
            var postal = address.get("postal_code");
            if (postal != null && postal.isString()) {
                if (UK_POSTCODE.matcher(postal.stringValue()).matches()) {
                    postcode = postal.stringValue().strip().toUpperCase(Locale.UK);
                } else {
                    warnings.add("location postcode \"" + postal.stringValue() + "\" is not a UK postcode: left out");
                }
            }
        }
        double[] point;
        var latitude = number(location, "latitude", "location");
        var longitude = number(location, "longitude", "location");
        if (latitude != null && longitude != null && latitude >= 49 && latitude <= 61 && longitude >= -9
                && longitude <= 2.5) {
            point = new double[] {latitude, longitude};
        } else {
            point = centre(latitude == null || longitude == null ? "its location has no coordinates"
                    : "its location's coordinates (" + latitude + ", " + longitude + ") are not in the UK");
        }
        if (id == null || point == null) {
            return null;
        }
        var venueName = name != null && name.strip().length() >= 2 ? name.strip()
                : !addressParts.isEmpty() ? addressParts.getFirst() : place.name() + " venue";
        return new MappedService.Location(id, new VenueFields(fit(venueName, 120, "location.name"),
                addressParts.isEmpty() ? null : fit(String.join(", ", addressParts), 300, "address"), postcode,
                point[0], point[1]));
    }

    private double @Nullable [] centre(String why) {
        if (place.latitude() == null || place.longitude() == null) {
            reasons.add(why + ", and " + place.name() + " has no centre to list it at");
            return null;
        }
        warnings.add(why + ": listed at the centre of " + place.name());
        return new double[] {place.latitude(), place.longitude()};
    }

    /** The parts of a timetable Hedgerow keeps; null days mean "by arrangement". */
    private static final class Timetable {
        List<DayOfWeek> days = List.of();
        Frequency frequency = Frequency.WEEKLY;
        @Nullable Integer weekOfMonth;
        @Nullable LocalTime opens;
        @Nullable LocalTime closes;
    }

    private Timetable schedule(@Nullable JsonNode schedules) {
        var timetable = new Timetable();
        if (schedules == null || schedules.isNull()) {
            return timetable;
        }
        if (!schedules.isArray()) {
            reasons.add("schedules must be a list");
            return timetable;
        }
        boolean first = true;
        for (var schedule : schedules) {
            if (!first) {
                warnings.add("it has " + schedules.size() + " schedules: the first is listed, check the others");
                break;
            }
            first = false;
            var freq = text(schedule, "freq", "schedule", false);
            var byday = text(schedule, "byday", "schedule", false);
            var interval = number(schedule, "interval", "schedule");
            var description = text(schedule, "description", "schedule", false);
            var understood = freq != null && byday != null && readDays(freq.toUpperCase(Locale.ROOT), byday,
                    interval == null ? 1 : interval.intValue(), timetable);
            if (!understood) {
                warnings.add("schedule " + (freq == null ? "" : freq + " ") + (byday == null ? "" : byday + " ")
                        + "cannot be listed as weekly, fortnightly or monthly: listed as by arrangement"
                        + (description == null ? "" : " (the feed says: " + description.strip() + ")"));
                timetable.days = List.of();
                timetable.frequency = Frequency.WEEKLY;
                timetable.weekOfMonth = null;
            }
            timetable.opens = time(schedule, "opens_at");
            timetable.closes = time(schedule, "closes_at");
            if (timetable.opens == null && timetable.closes != null) {
                warnings.add("schedule has closes_at without opens_at: no times listed");
                timetable.closes = null;
            }
            if (timetable.opens != null && timetable.closes != null && !timetable.closes.isAfter(timetable.opens)) {
                warnings.add("schedule closes_at is not after opens_at: the end time is left out");
                timetable.closes = null;
            }
        }
        return timetable;
    }

    private static boolean readDays(String freq, String byday, int interval, Timetable timetable) {
        var days = new LinkedHashSet<DayOfWeek>();
        var ordinals = new LinkedHashSet<Integer>();
        for (var token : byday.toUpperCase(Locale.ROOT).split("\\s*,\\s*")) {
            var day = BYDAY.matcher(token.strip());
            if (!day.matches()) {
                return false;
            }
            days.add(DAYS.get(day.group(2)));
            ordinals.add(day.group(1) == null ? 0 : Integer.parseInt(day.group(1)));
        }
        if (days.isEmpty() || ordinals.size() != 1) {
            return false;
        }
        int ordinal = ordinals.iterator().next();
        if (freq.equals("WEEKLY") && ordinal == 0 && (interval == 1 || interval == 2)) {
            timetable.days = List.copyOf(days);
            timetable.frequency = interval == 1 ? Frequency.WEEKLY : Frequency.FORTNIGHTLY;
            return true;
        }
        if (freq.equals("MONTHLY") && interval == 1 && days.size() == 1 && (ordinal >= 1 && ordinal <= 4 || ordinal == -1)) {
            timetable.days = List.copyOf(days);
            timetable.frequency = Frequency.MONTHLY;
            timetable.weekOfMonth = ordinal;
            return true;
        }
        return false;
    }

    private @Nullable LocalTime time(JsonNode schedule, String field) {
        var value = text(schedule, field, "schedule", false);
        if (value == null) {
            return null;
        }
        try {
            // "10:00", "10:00:00" and "10:00:00Z" all appear in feeds
            var clock = value.strip().replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", "");
            return LocalTime.parse(clock.length() == 5 ? clock : clock.substring(0, Math.min(8, clock.length())));
        } catch (DateTimeParseException notATime) {
            warnings.add("schedule " + field + " \"" + value + "\" is not a time: left out");
            return null;
        }
    }

    private record Price(Cost cost, @Nullable String note) {
    }

    private Price cost(@Nullable JsonNode options) {
        if (options == null || options.isNull() || options.isArray() && options.isEmpty()) {
            warnings.add("no cost_options: listed as free, check");
            return new Price(Cost.FREE, null);
        }
        if (!options.isArray()) {
            reasons.add("cost_options must be a list");
            return new Price(Cost.FREE, null);
        }
        var notes = new ArrayList<String>();
        boolean fee = false;
        boolean reduced = false;
        for (var option : options) {
            var amount = number(option, "amount", "cost_option");
            var label = text(option, "option", "cost_option", false);
            var per = text(option, "amount_description", "cost_option", false);
            if (amount != null && amount > 0) {
                fee = true;
                notes.add("£" + BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString()
                        + (per == null ? "" : " " + per.strip()) + (label == null ? "" : " (" + label.strip() + ")"));
                continue;
            }
            // No amount: the option's words say what it costs (Hedgerow's own feed says "Fee" or "Reduced cost" and
            // puts the organiser's note in amount_description, as it has no amounts).
            var words = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
            if (REDUCED.matcher(words).find()) {
                reduced = true;
            } else if (amount == null && !words.isEmpty() && !FREE.matcher(words).find()) {
                fee = true;
            }
            if (per != null && !per.isBlank()) {
                notes.add(per.strip());
            } else if (label != null && !PLAIN.contains(words)) {
                notes.add(label.strip());
            }
        }
        var cost = fee ? Cost.FEE : reduced ? Cost.REDUCED : Cost.FREE;
        return new Price(cost, notes.isEmpty() ? null : fit(String.join("; ", notes), 200, "cost note"));
    }

    private @Nullable Integer[] ages(JsonNode service) {
        var youngest = age(number(service, "minimum_age", "service"), "minimum_age");
        var oldest = age(number(service, "maximum_age", "service"), "maximum_age");
        if (youngest != null && oldest != null && youngest > oldest) {
            warnings.add("minimum_age is above maximum_age: no age limits listed");
            return new Integer[] {null, null};
        }
        return new Integer[] {youngest, oldest};
    }

    private @Nullable Integer age(@Nullable Double years, String field) {
        // -1 is how some feeds (Bristol's) say "no limit"
        if (years == null || years < 0) {
            return null;
        }
        if (years > 120) {
            warnings.add(field + " " + years.intValue() + " is not an age: left out");
            return null;
        }
        return years.intValue();
    }

    private List<FeedTerm> terms(@Nullable JsonNode attributes) {
        var terms = new ArrayList<FeedTerm>();
        if (attributes == null || !attributes.isArray()) {
            return terms;
        }
        for (var attribute : attributes) {
            var term = attribute.get("taxonomy_term");
            if (term == null || !term.isObject()) {
                continue;
            }
            var id = text(term, "id", "taxonomy_term", false);
            var name = text(term, "name", "taxonomy_term", false);
            var taxonomy = term.get("taxonomy");
            var taxonomyName = taxonomy != null && taxonomy.isString() ? taxonomy.stringValue()
                    : taxonomy != null && taxonomy.isObject() && taxonomy.get("name") != null
                    ? taxonomy.get("name").asString() : "";
            if (id != null || name != null) {
                terms.add(new FeedTerm(taxonomyName, id != null ? id : name, name != null ? name : id));
            }
        }
        return terms;
    }

    private @Nullable String contact(@Nullable String email, @Nullable String url, @Nullable JsonNode contacts) {
        var parts = new ArrayList<String>();
        if (email != null) {
            parts.add(email);
        }
        if (contacts != null && contacts.isArray()) {
            for (var contact : contacts) {
                var phones = contact.get("phones");
                if (phones != null && phones.isArray()) {
                    for (var phone : phones) {
                        var number = phone.get("number");
                        if (number != null && number.isString() && !number.stringValue().isBlank()) {
                            parts.add(number.stringValue().strip());
                        }
                    }
                }
            }
        }
        if (parts.isEmpty() && url != null) {
            parts.add(url);
        }
        return parts.isEmpty() ? null : fit(String.join(" · ", parts), 300, "contact");
    }

    private @Nullable String text(JsonNode node, String field, String where, boolean required) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reasons.add(where + "." + field + " is missing");
            }
            return null;
        }
        if (!value.isString()) {
            reasons.add(where + "." + field + " must be text, not " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        if (required && value.stringValue().isBlank()) {
            reasons.add(where + "." + field + " is empty");
            return null;
        }
        return value.stringValue();
    }

    private @Nullable Double number(JsonNode node, String field, String where) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            reasons.add(where + "." + field + " must be a number");
            return null;
        }
        return value.doubleValue();
    }

    private @Nullable String web(JsonNode node, String field, String where) {
        var value = text(node, field, where, false);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(value.strip());
            if (uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null) {
                return value.strip().length() <= 300 ? value.strip() : null;
            }
        } catch (java.net.URISyntaxException notAUri) {
            // reported below
        }
        reasons.add(where + "." + field + " \"" + value + "\" is not a web address (http:// or https://)");
        return null;
    }

    private @Nullable String email(JsonNode node, String field, String where) {
        var value = text(node, field, where, false);
        if (value != null && !EMAIL.matcher(value.strip()).matches()) {
            reasons.add(where + "." + field + " \"" + value + "\" is not an e-mail address");
            return null;
        }
        return value == null ? null : value.strip();
    }

    /** Text cut to what Hedgerow keeps, with a warning when it had to be cut. */
    private @Nullable String fit(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        warnings.add(what + " is longer than " + max + " characters: shortened");
        return text.substring(0, max - 1) + "…";
    }

    /** Feeds carry HTML in descriptions (Bristol's do); Hedgerow keeps plain text with its paragraphs. */
    static @Nullable String plain(@Nullable String html) {
        if (html == null) {
            return null;
        }
        var text = html.replaceAll("(?i)<br\\s*/?>|</(p|h[1-6]|li|div)>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return text.strip();
    }
}
