package org.hedgerow.core;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a longer list.
 *
 * @param items      this page's items
 * @param page       0-based page number
 * @param size       page size asked for
 * @param totalItems how many items there are in all
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems) {

    @JsonProperty
    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }
}
