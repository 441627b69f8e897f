package org.hedgerow.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibration at the Derby and Derbyshire 2023 size, counted in memory the way the outcomes view counts:
 * people, services that took someone up, the share whose ONS4 wellbeing improved, the mean GP appointment change.
 */
class OutcomeCalibrationTests {

    static final CalibrationProperties DERBYSHIRE_2023 = new CalibrationProperties(true, "DDICS", 11_645, 661, 0.76, -9,
            2023);

    @Test
    @SuppressWarnings("unchecked")
    void theDerbyshire2023FiguresComeOutExactly() {
        var activities = IntStream.range(0, 700).mapToObj(i -> "act-" + i).toList();
        var chains = new OutcomeCalibration(2023).chains(DERBYSHIRE_2023, activities.subList(0, 661),
                List.of("lw-1", "lw-2", "lw-3"), List.of("One", "Two", "Three"));

        var people = new HashSet<Object>();
        var services = new HashSet<Object>();
        int answered = 0;
        int improved = 0;
        long gpChange = 0;
        long referrals = 0;
        for (var chain : chains) {
            people.add(chain.get("participant"));
            for (var step : (List<Map<String, Object>>) chain.get("steps")) {
                referrals++;
                assertThat((long) step.get("createdSecondsAgo")).isBetween(86_400L, 330L * 86_400);
                if (List.of("ACCEPTED", "ATTENDING", "COMPLETED").contains(step.get("status"))) {
                    services.add(step.get("activity"));
                }
                var o = (Map<String, Object>) step.get("outcomes");
                if (!o.isEmpty()) {
                    assertThat(step.get("status")).isEqualTo("COMPLETED");
                    answered++;
                    int start = (int) o.get("wellbeingStartSatisfied") + (int) o.get("wellbeingStartWorthwhile")
                            + (int) o.get("wellbeingStartHappy") - (int) o.get("wellbeingStartAnxious");
                    int end = (int) o.get("wellbeingEndSatisfied") + (int) o.get("wellbeingEndWorthwhile")
                            + (int) o.get("wellbeingEndHappy") - (int) o.get("wellbeingEndAnxious");
                    improved += end > start ? 1 : 0;
                    gpChange += (int) o.get("gpAppointmentsAfter") - (int) o.get("gpAppointmentsBefore");
                    assertThat((int) o.get("gpAppointmentsAfter")).isNotNegative();
                }
            }
        }
        assertThat(people).hasSize(11_645);
        assertThat(services).hasSize(661);
        assertThat(answered).isEqualTo(8_150);
        assertThat((double) improved / answered).isEqualTo(0.76);
        assertThat((double) gpChange / answered).isEqualTo(-9.0);
        assertThat(referrals).isGreaterThan(11_645);
    }

    @Test
    void theSameSeedGivesTheSameReferrals() {
        var activities = List.of("a", "b", "c");
        var target = new CalibrationProperties(true, "X", 50, 3, 0.76, -9, 1);
        assertThat(new OutcomeCalibration(1).chains(target, activities, List.of("w"), List.of("W")))
                .isEqualTo(new OutcomeCalibration(1).chains(target, activities, List.of("w"), List.of("W")));
    }
}
