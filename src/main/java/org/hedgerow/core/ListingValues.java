package org.hedgerow.core;

import java.util.function.Function;

import org.hedgerow.core.Paged;
import org.hedgerow.core.PageRequest;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The directory's own readings of statement values: listing status, versions, pages. */
public final class ListingValues {

    private ListingValues() {
    }

    public static ListingStatus status(Value value) {
        return value == null || value.isNull() ? ListingStatus.ACTIVE : ListingStatus.valueOf(value.asString());
    }

    public static long version(Value value) {
        return value == null || value.isNull() ? 0 : value.asLong();
    }

    /** A page from a statement returning {@code total} and {@code items}. */
    @SuppressWarnings("unchecked")
    public static <T> Paged<T> page(Neo4jClient.RunnableSpec query, PageRequest page, Function<Value, T> item) {
        return query.bind(page.skip()).to("skip").bind(page.sizeOrDefault()).to("size")
                .fetchAs(Paged.class)
                .mappedBy((types, record) -> new Paged<>(record.get("items").asList(item::apply), page.pageOrFirst(),
                        page.sizeOrDefault(), record.get("total").asLong()))
                .one().orElseThrow();
    }
}
