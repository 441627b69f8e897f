package org.hedgerow.search;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hedgerow.activities.WayIn;
import org.hedgerow.core.InvalidRequestException;
import org.hedgerow.core.PageRequest;

/**
 * A checked search: every parameter read, in range and known to the graph.
 *
 * @param words       the full-text query made from q's plain words ({@link SearchWords}); null for no text filter
 * @param categories  any of these category codes; null for any category
 * @param needs       any of these need codes; null for any need
 * @param locality    within this locality or any locality within it, at any depth; null for anywhere
 * @param near        within a radius of this point; null for anywhere
 * @param days        meets on any of these days; null for any day
 * @param startsAfter starts at or after this time of day; null for any time
 * @param endsBefore  ends at or before this time of day; null for any time
 * @param age         for a person of this age: activities whose age range (if any) contains it; null for any age
 * @param waysIn      joined in any of these ways (WayIn names); null for any way in
 */
record SearchCriteria(String words, List<String> categories, List<String> needs, String locality, Near near,
                      List<String> days, LocalTime startsAfter, LocalTime endsBefore, boolean free,
                      boolean hasSpaces, Integer age, List<String> waysIn, Sort sort, PageRequest page) {

    static final int OLDEST = 120;

    static final int LONGEST_Q = 200;
    static final int MOST_CODES = 20;
    static final int LARGEST_PAGE = 100;
    static final int DEEPEST_RESULT = 10_000;
    static final double DEFAULT_RADIUS_KM = 5;
    static final double LARGEST_RADIUS_KM = 50;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,64}");
    /** Decimal degrees as any client prints a double ("-0.25383050696160225", "1.0E-4"); never NaN or hex. */
    private static final Pattern DEGREES = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{0,20})?|\\.\\d{1,20})([eE][+-]?\\d{1,2})?");
    private static final Pattern KILOMETRES = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    enum Sort {
        RELEVANCE, DISTANCE, NAME
    }

    /**
     * Where a search measures from, and how far it reaches.
     *
     * @param postcode the postcode it was given as ("DE56 1AB"); null when given as lat and lon
     * @param place    what the geocoder calls that place; null when given as lat and lon
     */
    record Near(double latitude, double longitude, String postcode, String place, double radiusKm) {

        double radiusMetres() {
            return radiusKm * 1000;
        }
    }

    boolean hasWords() {
        return words != null;
    }

    /** Reads and checks every parameter, naming each bad one; places a postcode with the geocoder. */
    static SearchCriteria from(SearchParameters parameters, Geocoder geocoder, KnownCodes codes) {
        var errors = new LinkedHashMap<String, String>();

        String q = parameters.q();
        String words = null;
        if (q != null && q.length() > LONGEST_Q) {
            errors.put("q", "must be at most " + LONGEST_Q + " characters");
        }
        else {
            words = SearchWords.luceneQuery(q).orElse(null);
        }

        var categories = codes("category", parameters.category(), errors);
        var needs = codes("need", parameters.need(), errors);
        var localities = codes("locality", parameters.locality() == null ? null : List.of(parameters.locality()), errors);
        if (localities != null && localities.size() > 1) {
            errors.putIfAbsent("locality", "give one locality code");
        }
        String locality = localities == null ? null : localities.getFirst();

        var near = near(parameters, geocoder, errors);
        var days = days(parameters.day(), errors);
        var startsAfter = time("startsAfter", parameters.startsAfter(), errors);
        var endsBefore = time("endsBefore", parameters.endsBefore(), errors);
        boolean free = yesOrNo("free", parameters.free(), errors);
        boolean hasSpaces = yesOrNo("hasSpaces", parameters.hasSpaces(), errors);
        Integer age = wholeNumber("age", parameters.age(), "must be a whole number of years from 0 to " + OLDEST,
                errors);
        if (age != null && age > OLDEST) {
            errors.put("age", "must be a whole number of years from 0 to " + OLDEST);
            age = null;
        }
        var waysIn = waysIn(parameters.wayIn(), errors);
        var sort = sort(parameters.sort(), words != null, near != null, q, errors);
        var page = page(parameters.page(), parameters.size(), errors);

        checkKnown(codes, categories, needs, locality, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new SearchCriteria(words, categories, needs, locality, near, days, startsAfter, endsBefore, free,
                hasSpaces, age, waysIn, sort, page);
    }

    /** {@code field} is both the parameter and the kind of code: category, need or locality. */
    private static List<String> codes(String field, List<String> raw, Map<String, String> errors) {
        var values = values(raw);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > MOST_CODES) {
            errors.put(field, "give at most " + MOST_CODES + " " + field + " codes");
            return null;
        }
        var codes = new ArrayList<String>();
        for (String value : values) {
            String code = value.toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                errors.put(field, "'" + shorten(value) + "' is not a " + field + " code (letters, digits, - and _)");
                return null;
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private static void checkKnown(KnownCodes codes, List<String> categories, List<String> needs, String locality,
                                   Map<String, String> errors) {
        var unknown = codes.unknown(categories, needs, locality == null ? null : List.of(locality));
        if (unknown.none()) {
            return;
        }
        var vocabulary = unknown.categories().isEmpty() && unknown.needs().isEmpty() ? null : codes.vocabulary();
        if (!unknown.categories().isEmpty()) {
            errors.put("category", "no category has the code " + String.join(", ", unknown.categories())
                    + "; the categories are " + String.join(", ", vocabulary.categories()));
        }
        if (!unknown.needs().isEmpty()) {
            errors.put("need", "no need has the code " + String.join(", ", unknown.needs())
                    + "; the needs are " + String.join(", ", vocabulary.needs()));
        }
        if (!unknown.localities().isEmpty()) {
            errors.put("locality", "no locality has the code " + unknown.localities().getFirst());
        }
    }

    private static Near near(SearchParameters parameters, Geocoder geocoder, Map<String, String> errors) {
        boolean hasLat = present(parameters.lat());
        boolean hasLon = present(parameters.lon());
        boolean hasPostcode = present(parameters.postcode());
        Double lat = hasLat ? degrees("lat", parameters.lat(), 90, errors) : null;
        Double lon = hasLon ? degrees("lon", parameters.lon(), 180, errors) : null;
        if (hasLat && !hasLon) {
            errors.put("lon", "give lon with lat");
        }
        if (hasLon && !hasLat) {
            errors.put("lat", "give lat with lon");
        }
        Double radiusKm = radius(parameters.radiusKm(), errors);
        if (hasPostcode && (hasLat || hasLon)) {
            errors.put("postcode", "give either a postcode or lat and lon, not both");
            return null;
        }
        if (hasPostcode) {
            var postcode = Postcode.parse(parameters.postcode());
            if (postcode.isEmpty()) {
                errors.put("postcode", "'" + shorten(parameters.postcode().strip())
                        + "' is not a UK postcode or postcode district, such as DE56 1AB or DE56");
                return null;
            }
            var location = geocoder.locate(postcode.get());
            if (location.isEmpty()) {
                errors.put("postcode", "We do not know where " + postcode.get()
                        + " is; try a nearby town's postcode district or lat/lon");
                return null;
            }
            return radiusKm == null ? null : new Near(location.get().latitude(), location.get().longitude(),
                    postcode.get().toString(), location.get().name(), radiusKm);
        }
        if (hasLat || hasLon) {
            return lat == null || lon == null || radiusKm == null ? null : new Near(lat, lon, null, null, radiusKm);
        }
        if (present(parameters.radiusKm())) {
            errors.putIfAbsent("radiusKm", "needs lat and lon, or a postcode, to measure from");
        }
        return null;
    }

    private static Double degrees(String field, String raw, double limit, Map<String, String> errors) {
        String value = raw.strip();
        if (!DEGREES.matcher(value).matches()) {
            errors.put(field, "must be a number of degrees, such as " + (limit == 90 ? "53.024" : "-1.483"));
            return null;
        }
        double degrees = Double.parseDouble(value);
        if (Math.abs(degrees) > limit) {
            errors.put(field, "must be between -" + (int) limit + " and " + (int) limit);
            return null;
        }
        return degrees;
    }

    private static Double radius(String raw, Map<String, String> errors) {
        if (!present(raw)) {
            return DEFAULT_RADIUS_KM;
        }
        String value = raw.strip();
        if (!KILOMETRES.matcher(value).matches()) {
            errors.put("radiusKm", "must be a number of kilometres, such as 5 or 2.5");
            return null;
        }
        double km = Double.parseDouble(value);
        if (km <= 0 || km > LARGEST_RADIUS_KM) {
            errors.put("radiusKm", "must be more than 0 and at most " + (int) LARGEST_RADIUS_KM);
            return null;
        }
        return km;
    }

    private static List<String> days(List<String> raw, Map<String, String> errors) {
        var values = values(raw);
        if (values.isEmpty()) {
            return null;
        }
        var days = new ArrayList<String>();
        for (String value : values) {
            try {
                String day = DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT)).name();
                if (!days.contains(day)) {
                    days.add(day);
                }
            }
            catch (IllegalArgumentException notADay) {
                errors.put("day", "'" + shorten(value) + "' is not a day; use MONDAY to SUNDAY");
                return null;
            }
        }
        return List.copyOf(days);
    }

    private static List<String> waysIn(List<String> raw, Map<String, String> errors) {
        var values = values(raw);
        if (values.isEmpty()) {
            return null;
        }
        var waysIn = new ArrayList<String>();
        for (String value : values) {
            try {
                String wayIn = WayIn.valueOf(value.toUpperCase(Locale.ROOT)).name();
                if (!waysIn.contains(wayIn)) {
                    waysIn.add(wayIn);
                }
            }
            catch (IllegalArgumentException notAWayIn) {
                errors.put("wayIn", "'" + shorten(value) + "' is not a way in; the ways in are "
                        + Arrays.stream(WayIn.values()).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }
        return List.copyOf(waysIn);
    }

    private static LocalTime time(String field, String raw, Map<String, String> errors) {
        if (!present(raw)) {
            return null;
        }
        var time = TIME.matcher(raw.strip());
        if (time.matches()) {
            int hours = Integer.parseInt(time.group(1));
            int minutes = Integer.parseInt(time.group(2));
            if (hours < 24 && minutes < 60) {
                return LocalTime.of(hours, minutes);
            }
        }
        errors.put(field, "must be a time of day as HH:mm, such as 09:30");
        return null;
    }

    private static boolean yesOrNo(String field, String raw, Map<String, String> errors) {
        if (!present(raw)) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.put(field, "must be true or false");
                yield false;
            }
        };
    }

    private static Sort sort(String raw, boolean hasWords, boolean hasPoint, String q, Map<String, String> errors) {
        if (!present(raw)) {
            return hasWords ? Sort.RELEVANCE : hasPoint ? Sort.DISTANCE : Sort.NAME;
        }
        Sort sort;
        try {
            sort = Sort.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException notASort) {
            errors.put("sort", "must be relevance, distance or name");
            return Sort.NAME;
        }
        if (sort == Sort.RELEVANCE && !hasWords && !errors.containsKey("q")) {
            errors.put("sort", present(q) ? "relevance needs words to search for in q" : "relevance needs q");
        }
        if (sort == Sort.DISTANCE && !hasPoint && !errors.containsKey("lat") && !errors.containsKey("lon")
                && !errors.containsKey("postcode") && !errors.containsKey("radiusKm")) {
            errors.put("sort", "distance needs lat and lon, or a postcode, to measure from");
        }
        return sort;
    }

    private static PageRequest page(String rawPage, String rawSize, Map<String, String> errors) {
        Integer page = wholeNumber("page", rawPage, "must be a whole number from 0", errors);
        Integer size = wholeNumber("size", rawSize, "must be a whole number from 1 to " + LARGEST_PAGE, errors);
        if (size != null && (size < 1 || size > LARGEST_PAGE)) {
            errors.put("size", "must be a whole number from 1 to " + LARGEST_PAGE);
            size = null;
        }
        var request = new PageRequest(page, size);
        if (request.skip() + request.sizeOrDefault() > DEEPEST_RESULT) {
            errors.put("page", "a search shows at most its first " + DEEPEST_RESULT
                    + " results; narrow the search instead of paging further");
        }
        return request;
    }

    private static Integer wholeNumber(String field, String raw, String message, Map<String, String> errors) {
        if (!present(raw)) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(raw.strip()).matches()) {
            errors.put(field, message);
            return null;
        }
        return Integer.parseInt(raw.strip());
    }

    /** The values of a repeatable parameter: repeated, or separated by commas; blanks dropped. */
    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        var values = new ArrayList<String>();
        for (String each : raw) {
            if (each == null) {
                continue;
            }
            for (String value : each.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    private static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }

    /** Echoes at most a little of what was sent back in a message. */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
