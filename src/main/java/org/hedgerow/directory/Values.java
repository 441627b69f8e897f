package org.hedgerow.directory;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.hedgerow.core.Paged;
import org.hedgerow.core.PageRequest;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Reading the values list statements return, where a missing property is null rather than an error. */
final class Values {

    private Values() {
    }

    static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }

    static Double decimal(Value value) {
        return value == null || value.isNull() ? null : value.asDouble();
    }

    static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    static List<String> texts(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    static ListingStatus status(Value value) {
        return value == null || value.isNull() ? ListingStatus.ACTIVE : ListingStatus.valueOf(value.asString());
    }

    static long version(Value value) {
        return value == null || value.isNull() ? 0 : value.asLong();
    }

    /** A page from a statement returning {@code total} and {@code items}. */
    @SuppressWarnings("unchecked")
    static <T> Paged<T> page(Neo4jClient.RunnableSpec query, PageRequest page, Function<Value, T> item) {
        return query.bind(page.skip()).to("skip").bind(page.sizeOrDefault()).to("size")
                .fetchAs(Paged.class)
                .mappedBy((types, record) -> new Paged<>(record.get("items").asList(item::apply), page.pageOrFirst(),
                        page.sizeOrDefault(), record.get("total").asLong()))
                .one().orElseThrow();
    }
}
