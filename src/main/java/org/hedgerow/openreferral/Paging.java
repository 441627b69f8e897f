package org.hedgerow.openreferral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hedgerow.core.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list: ORUK counts pages from 1. {@code per_page} defaults to {@value #DEFAULT_PER_PAGE} and may be
 * at most {@value #MOST_PER_PAGE}: a page of fully nested services stays quick to answer and to read.
 */
record Paging(long page, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MOST_PER_PAGE = 200;
    /** Far beyond any real list; keeps {@code SKIP} a sane number. */
    static final long LAST_PAGE_ASKED = 10_000_000;

    /** Reads {@code page} and {@code per_page} as sent; each bad one is named. */
    static Paging from(@Nullable String page, @Nullable String perPage) {
        var errors = new LinkedHashMap<String, String>();
        long pageNumber = number(page, 1, 1, LAST_PAGE_ASKED, "page", "a whole number from 1 (the first page)", errors);
        long size = number(perPage, DEFAULT_PER_PAGE, 1, MOST_PER_PAGE, "per_page",
                "a whole number from 1 to " + MOST_PER_PAGE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Paging(pageNumber, (int) size);
    }

    long skip() {
        return (page - 1) * perPage;
    }

    private static long number(@Nullable String text, long byDefault, long least, long most, String name,
                               String expected, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= least && value <= most) {
                return value;
            }
        }
        catch (NumberFormatException notANumber) {
            // named below
        }
        errors.put(name, "'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "' is not " + expected);
        return byDefault;
    }
}
