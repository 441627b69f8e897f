package org.hedgerow.openreferral;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hedgerow.activities.Frequency;
import org.hedgerow.activities.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * An activity as {@link ServiceStatements#SERVICE} reads it, with its group, venue (and the localities it is in),
 * categories and needs; {@link #service()} turns it into the ORUK service. Days and frequency stay text: one written
 * by hand in some other form is left out rather than failing the page.
 */
record ServiceRow(String id, @Nullable String name, @Nullable String description, @Nullable String status,
                  List<String> days, @Nullable String frequency, @Nullable Integer weekOfMonth,
                  @Nullable LocalTime startTime, @Nullable LocalTime endTime, @Nullable String cost,
                  @Nullable String costNote, @Nullable Integer minimumAge, @Nullable Integer maximumAge,
                  @Nullable Instant updatedAt, @Nullable GroupRow group, @Nullable VenueRow venue,
                  List<TermRow> categories, List<TermRow> needs) {

    record GroupRow(String id, @Nullable String name, @Nullable String description, @Nullable String website,
                    @Nullable String status) {

        Organization organization() {
            String shown = name == null ? "" : name;
            return new Organization(PublicIds.ORGANIZATION.of(id), shown,
                    description == null || description.isBlank() ? shown : description, webAddress(website), null);
        }
    }

    /**
     * @param town   the locality the venue is in
     * @param region the outermost place it is within (the ICS: "Derby and Derbyshire")
     */
    record VenueRow(String id, @Nullable String name, @Nullable String address, @Nullable String postcode,
                    @Nullable Double latitude, @Nullable Double longitude, List<String> accessibility,
                    @Nullable String town, @Nullable String region) {

        Location location() {
            String locationId = PublicIds.LOCATION.of(id);
            var addresses = address == null || address.isBlank() || postcode == null || postcode.isBlank()
                    ? List.<Location.Address>of()
                    : List.of(new Location.Address(PublicIds.ADDRESS.of(id), locationId, address,
                            town == null ? "" : town, region == null ? (town == null ? "" : town) : region, postcode,
                            "GB", "physical"));
            var access = accessibility.stream().sorted().map(code -> new Location.Accessibility(
                    PublicIds.ACCESSIBILITY.of(id + ":" + code), locationId, words(code))).toList();
            return new Location(locationId, "physical", name == null ? "" : name, latitude, longitude, addresses,
                    access);
        }
    }

    record TermRow(String code, @Nullable String name, @Nullable Boolean green) {
    }

    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ISO_INSTANT;

    Service service() {
        String serviceId = PublicIds.SERVICE.of(id);
        boolean archived = "ARCHIVED".equals(status) || group != null && "ARCHIVED".equals(group.status());
        var schedule = new Schedule(daysOfWeek(), frequencyOrWeekly(), weekOfMonth, startTime, endTime);
        var attributes = new ArrayList<Service.Attribute>();
        categories.stream().sorted(Comparator.comparing(TermRow::code)).forEach(term ->
                attributes.add(attribute(serviceId, ServiceFilter.CATEGORIES, term)));
        needs.stream().sorted(Comparator.comparing(TermRow::code)).forEach(term ->
                attributes.add(attribute(serviceId, ServiceFilter.NEEDS, term)));
        var organization = group == null ? null : group.organization();
        return new Service(serviceId, organization == null ? null : organization.id(), name == null ? "" : name,
                description, archived ? "inactive" : "active", minimumAge, maximumAge,
                updatedAt == null ? null : LAST_MODIFIED.format(updatedAt), organization,
                List.of(Timetables.of(serviceId, id, schedule)), List.of(costOption(serviceId)),
                venue == null ? List.of() : List.of(serviceAtLocation(null)), List.copyOf(attributes));
    }

    /** The activity at its venue; null when it has none. {@code service}: the service to nest, if any. */
    @Nullable ServiceAtLocation serviceAtLocation(@Nullable Service service) {
        if (venue == null) {
            return null;
        }
        var location = venue.location();
        return new ServiceAtLocation(PublicIds.SERVICE_AT_LOCATION.of(id), PublicIds.SERVICE.of(id), location.id(),
                location, service);
    }

    private Service.Attribute attribute(String serviceId, String vocabulary, TermRow row) {
        var term = Taxonomies.term(vocabulary, row.code(), row.name(), row.green());
        return new Service.Attribute(PublicIds.ATTRIBUTE.of(id + ":" + vocabulary + ":" + row.code()), serviceId,
                "service", term.id(), term);
    }

    private Service.CostOption costOption(String serviceId) {
        String optionId = PublicIds.COST_OPTION.of(id);
        String note = costNote == null || costNote.isBlank() ? null : costNote;
        return switch (cost == null ? "FREE" : cost) {
            case "REDUCED" -> new Service.CostOption(optionId, serviceId, "Reduced cost", null, note);
            case "FEE" -> new Service.CostOption(optionId, serviceId, "Fee", null, note);
            default -> new Service.CostOption(optionId, serviceId, "Free", 0, note);
        };
    }

    private List<DayOfWeek> daysOfWeek() {
        var parsed = new ArrayList<DayOfWeek>(days.size());
        for (String day : days) {
            try {
                parsed.add(DayOfWeek.valueOf(day));
            }
            catch (IllegalArgumentException notADay) {
                // a day written by hand in some other form: left out rather than failing the page
            }
        }
        return parsed;
    }

    private Frequency frequencyOrWeekly() {
        try {
            return frequency == null ? Frequency.WEEKLY : Frequency.valueOf(frequency);
        }
        catch (IllegalArgumentException unknown) {
            return Frequency.WEEKLY;
        }
    }

    /** A website the feed can give as a URI (ORUK checks the format): http or https with a host; else none. */
    static @Nullable String webAddress(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(website.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        }
        catch (java.net.URISyntaxException notAUri) {
            return null;
        }
    }

    /** An access code as words: {@code step-free} → "Step free". */
    static String words(String code) {
        String spaced = code.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
