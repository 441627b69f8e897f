package org.hedgerow.core;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a statement returns into the typed record that holds it: one mapping for every store.
 *
 * <p>A statement returns a map (or a row) whose keys are the components of the record; this converts it
 * with Jackson, which also turns strings into enums, Neo4j date-times into {@code Instant}s and nested maps
 * into nested records. The driver's own {@code Value.as(Class)} does the same for plain records but
 * coerces neither enums nor {@code Instant}s, which every view here uses. A key the record does not have
 * is an error (a typo in a statement fails its first test); a key it has but the statement leaves out is
 * {@code null}, so defaults belong in the record's compact constructor or the statement's
 * {@code coalesce}. Points are not converted: return their coordinates.
 */
public final class Rows {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Rows() {
    }

    /** The value (a map) as a {@code type}; {@code null} for a missing or null value. */
    public static <T> T as(Value value, Class<T> type) {
        return value == null || value.isNull() ? null : MAPPER.convertValue(value.asObject(), type);
    }

    /** The whole row (its columns as the record's components) as a {@code type}. */
    public static <T> T as(Record row, Class<T> type) {
        return MAPPER.convertValue(row.asMap(), type);
    }

    /** A list value as a list of {@code type}; empty for a missing or null value. */
    public static <T> List<T> list(Value value, Class<T> type) {
        return value == null || value.isNull() ? List.of() : value.asList(item -> as(item, type));
    }

    /** Plain Java values (as a statement's parameters or a map already read) as a {@code type}. */
    public static <T> T as(Map<String, ?> values, Class<T> type) {
        return MAPPER.convertValue(values, type);
    }

    /** Runs the query and maps each whole row as a {@code type}. */
    public static <T> Neo4jClient.RecordFetchSpec<T> fetch(Neo4jClient.RunnableSpec query, Class<T> type) {
        return query.fetchAs(type).mappedBy((types, row) -> as(row, type));
    }

    /** Runs the query and maps its column {@code key} of each row as a {@code type}. */
    public static <T> Neo4jClient.RecordFetchSpec<T> fetch(Neo4jClient.RunnableSpec query, String key, Class<T> type) {
        return query.fetchAs(type).mappedBy((types, row) -> as(row.get(key), type));
    }

    /**
     * A page from a statement returning {@code total} and {@code items}, binding {@code $skip} and
     * {@code $size} from the page asked for.
     */
    @SuppressWarnings("unchecked")
    public static <T> Paged<T> page(Neo4jClient.RunnableSpec query, PageRequest page, Class<T> type) {
        return query.bind(page.skip()).to("skip").bind(page.sizeOrDefault()).to("size")
                .fetchAs(Paged.class)
                .mappedBy((types, row) -> new Paged<>(list(row.get("items"), type), page.pageOrFirst(),
                        page.sizeOrDefault(), row.get("total").asLong()))
                .one().orElseThrow();
    }
}
