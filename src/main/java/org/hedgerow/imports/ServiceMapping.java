package org.hedgerow.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
 * given) becomes a warning on the record instead. Its fields are read and judged by {@link FeedFields}, its
 * timetable by {@link FeedSchedules}, its cost by {@link FeedCosts}.
 */
final class ServiceMapping {


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

    private static final Pattern UK_POSTCODE = Pattern.compile("\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*");

    private final Place place;
    private final FeedFields fields = new FeedFields();

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
        var id = fields.text(service, "id", "service", true);
        var name = fields.text(service, "name", "service", true);
        var status = fields.text(service, "status", "service", true);
        var description = fields.text(service, "description", "service", false);
        var url = fields.web(service, "url", "service");
        var email = fields.email(service, "email", "service");
        if (status != null && !status.equalsIgnoreCase("active")) {
            fields.reason("status is \"" + status + "\": only active services are listed");
        }
        if (name != null && name.strip().length() < 2) {
            fields.reason("name is shorter than 2 characters");
        }
        var organization = organization(service.get("organization"));
        var location = location(service);
        var schedule = FeedSchedules.read(service.get("schedules"), fields);
        var cost = FeedCosts.read(service.get("cost_options"), fields);
        var ages = ages(service);
        var terms = terms(service.get("attributes"));
        var externalId = id == null ? "(no id)" : id;
        var shownName = name == null ? "" : name;
        if (fields.refused() || organization == null || location == null) {
            return new Rejected(externalId, shownName, fields.reasons(), fields.warnings());
        }
        var contact = contact(email, url, service.get("contacts"));
        var activity = new ActivityFields(fields.fit(shownName.strip(), 120, "name"),
                fields.fit(plain(description), 4000, "description"),
                schedule.days, schedule.frequency, schedule.weekOfMonth, schedule.opens, schedule.closes, cost.cost(),
                cost.note(), ages[0], ages[1], contact, List.of(), List.of());
        return new Accepted(new MappedService(externalId, shownName, organization, location, activity, terms,
                fields.warnings()));
    }

    private MappedService.@Nullable Organization organization(@Nullable JsonNode organization) {
        if (organization == null || organization.isNull()) {
            fields.reason("organization is missing: every listing belongs to a group");
            return null;
        }
        if (!organization.isObject()) {
            fields.reason("organization must be an object");
            return null;
        }
        var id = fields.text(organization, "id", "organization", true);
        var name = fields.text(organization, "name", "organization", true);
        var description = fields.text(organization, "description", "organization", false);
        var website = fields.web(organization, "website", "organization");
        if (website == null) {
            website = fields.web(organization, "uri", "organization");
        }
        fields.email(organization, "email", "organization");
        if (id == null || name == null) {
            return null;
        }
        if (name.strip().length() < 2) {
            fields.reason("organization.name is shorter than 2 characters");
            return null;
        }
        return new MappedService.Organization(id,
                new GroupFields(fields.fit(name.strip(), 120, "organization.name"),
                        fields.fit(plain(description), 2000, "organization.description"), website));
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
                    fields.fit(place.name() + " (no fixed venue)", 120, "venue name"),
                    areas.isEmpty() ? place.name() : fields.fit(String.join(", ", areas), 300, "venue address"), null,
                    centre[0], centre[1]));
        }
        if (locations.size() > 1) {
            fields.warn("it is offered at " + locations.size() + " locations: listed at the first only");
        }
        var location = locations.getFirst();
        var id = fields.text(location, "id", "location", true);
        var name = fields.text(location, "name", "location", false);
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
                    fields.warn("location postcode \"" + postal.stringValue() + "\" is not a UK postcode: left out");
                }
            }
        }
        double[] point;
        var latitude = fields.number(location, "latitude", "location");
        var longitude = fields.number(location, "longitude", "location");
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
        return new MappedService.Location(id, new VenueFields(fields.fit(venueName, 120, "location.name"),
                addressParts.isEmpty() ? null : fields.fit(String.join(", ", addressParts), 300, "address"), postcode,
                point[0], point[1]));
    }

    private double @Nullable [] centre(String why) {
        if (place.latitude() == null || place.longitude() == null) {
            fields.reason(why + ", and " + place.name() + " has no centre to list it at");
            return null;
        }
        fields.warn(why + ": listed at the centre of " + place.name());
        return new double[] {place.latitude(), place.longitude()};
    }

    private @Nullable Integer[] ages(JsonNode service) {
        var youngest = age(fields.number(service, "minimum_age", "service"), "minimum_age");
        var oldest = age(fields.number(service, "maximum_age", "service"), "maximum_age");
        if (youngest != null && oldest != null && youngest > oldest) {
            fields.warn("minimum_age is above maximum_age: no age limits listed");
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
            fields.warn(field + " " + years.intValue() + " is not an age: left out");
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
            var id = fields.text(term, "id", "taxonomy_term", false);
            var name = fields.text(term, "name", "taxonomy_term", false);
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
        return parts.isEmpty() ? null : fields.fit(String.join(" · ", parts), 300, "contact");
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
