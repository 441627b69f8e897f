package org.hedgerow.openreferral;

import java.util.List;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A page of a list, in ORUK's envelope: pages are counted from 1, {@code size} is how many items this page holds.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record Page<T>(long totalItems, long totalPages, long pageNumber, int size, boolean firstPage, boolean lastPage,
               boolean empty, List<T> contents) {

    static <T> Page<T> of(List<T> contents, long totalItems, Paging paging) {
        long totalPages = (totalItems + paging.perPage() - 1) / paging.perPage();
        return new Page<>(totalItems, totalPages, paging.page(), contents.size(), paging.page() == 1,
                paging.page() >= totalPages, contents.isEmpty(), List.copyOf(contents));
    }
}
