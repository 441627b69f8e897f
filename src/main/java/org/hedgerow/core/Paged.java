package org.hedgerow.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items      this page's items
 * @param page       0-based page number
 * @param size       page size asked for
 * @param totalItems how many items there are in all
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
