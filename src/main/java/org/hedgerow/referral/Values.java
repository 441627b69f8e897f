package org.hedgerow.referral;

import java.time.Instant;
import java.util.List;

import org.neo4j.driver.Value;

/** Reading values statements return, where a missing property is null rather than an error. */
final class Values {

    private Values() {
    }

    static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    static Integer integer(Value value) {
        return value == null || value.isNull() ? null : value.asInt();
    }

    static Instant instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    static List<String> texts(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    static <E extends Enum<E>> E named(Class<E> type, Value value) {
        return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
    }
}
