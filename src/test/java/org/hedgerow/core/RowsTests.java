package org.hedgerow.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowsTests {

    enum Kind { WALK, TALK }

    record Ref(String id, String name) {
    }

    record Row(String id, Integer capacity, long version, Kind kind, Instant at, LocalTime start,
               List<DayOfWeek> days, Ref group, List<Ref> needs) {
    }

    @Test
    void aMapBecomesItsRecordWithEnumsInstantsAndNestedRecords() {
        var at = ZonedDateTime.of(2026, 12, 4, 10, 30, 0, 0, ZoneOffset.UTC);
        var row = new HashMap<String, Object>();
        row.put("id", "a1");
        row.put("capacity", null);
        row.put("version", 3L);
        row.put("kind", "TALK");
        row.put("at", at);
        row.put("start", LocalTime.of(10, 0));
        row.put("days", List.of("MONDAY", "FRIDAY"));
        row.put("group", Map.of("id", "g1", "name", "Belper Walkers"));
        row.put("needs", List.of(Map.of("id", "loneliness", "name", "Loneliness")));

        var mapped = Rows.as(Values.value(row), Row.class);

        assertThat(mapped).isEqualTo(new Row("a1", null, 3, Kind.TALK, at.toInstant(), LocalTime.of(10, 0),
                List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new Ref("g1", "Belper Walkers"),
                List.of(new Ref("loneliness", "Loneliness"))));
    }

    @Test
    void aKeyLeftOutIsNullAndANullValueIsNoRecord() {
        assertThat(Rows.as(Values.value(Map.of("id", "a1")), Ref.class)).isEqualTo(new Ref("a1", null));
        assertThat(Rows.as(Values.NULL, Ref.class)).isNull();
        assertThat(Rows.list(Values.NULL, Ref.class)).isEmpty();
    }

    @Test
    void aKeyTheRecordDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> Rows.as(Values.value(Map.of("id", "a1", "nmae", "typo")), Ref.class))
                .hasMessageContaining("nmae");
    }
}
