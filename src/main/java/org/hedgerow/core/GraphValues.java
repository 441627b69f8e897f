package org.hedgerow.core;

import java.time.Instant;
import java.util.List;

import org.neo4j.driver.Value;

/** Reading the values Cypher statements return, where a missing property is null rather than an error. */
public final class GraphValues {

    private GraphValues() {
    }

    public static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    public static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }

    public static Double decimal(Value value) {
        return value == null || value.isNull() ? null : value.asDouble();
    }

    public static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    public static List<String> texts(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    public static <E extends Enum<E>> E named(Class<E> type, Value value) {
        return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
    }
}
