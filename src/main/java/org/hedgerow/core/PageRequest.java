package org.hedgerow.core;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a list to return: {@code ?page=0&size=20}. Bound from query parameters.
 */
public record PageRequest(@Min(0) Integer page, @Min(1) @Max(200) Integer size) {

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    public long skip() {
        return (long) pageOrFirst() * sizeOrDefault();
    }
}
