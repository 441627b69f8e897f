package org.hedgerow.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode ("DE56 1AB") or just its district, the outward part ("DE56"), as people type them: any
 * case, with or without the space.
 *
 * @param district the outward code, e.g. {@code DE56}
 * @param inward   the inward code, e.g. {@code 1AB}; null when only a district was given
 */
public record Postcode(String district, String inward) {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern FULL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
    private static final int LONGEST = 7;

    /** Reads a postcode or postcode district; empty when the text is neither. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty() || compact.length() > LONGEST) {
            return Optional.empty();
        }
        if (DISTRICT.matcher(compact).matches()) {
            return Optional.of(new Postcode(compact, null));
        }
        var full = FULL.matcher(compact);
        return full.matches() ? Optional.of(new Postcode(full.group(1), full.group(2))) : Optional.empty();
    }

    public boolean isFull() {
        return inward != null;
    }

    /** As it is written: "DE56 1AB", or "DE56" for a district. */
    @Override
    public String toString() {
        return isFull() ? district + " " + inward : district;
    }
}
