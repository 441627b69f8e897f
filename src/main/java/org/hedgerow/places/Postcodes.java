package org.hedgerow.places;

import java.util.Locale;

/** UK postcodes as people type them ("de561ab", "DE56 1AB") and as the directory keeps them ("DE56 1AB"). */
final class Postcodes {

    static final String PATTERN = "\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*";

    private Postcodes() {
    }

    static String normalise(String postcode) {
        if (postcode == null) {
            return null;
        }
        var compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
