package org.hedgerow.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hedgerow.core.NetworkZone;
import org.hedgerow.core.Rows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gap map's demand comes from tallies per month with day counts for the months a period starts or ends inside;
 * over periods that start and end anywhere (inside months, on their first or last days, within one month, a single
 * day), every cell equals the count of the referrals themselves, made from the locality in the period.
 */
class GapMapPeriodTests extends InsightsTest {

    /** Demand and declined-as-full per locality and column, counted from the referrals, as the map did before. */
    private static final String FROM_REFERRALS = """
            MATCH (:Locality {code: 'DDICS'})<-[:WITHIN*0..]-(l:Locality)
            CALL (l) {
            %s
            }
            MATCH (r)-[:%s]->(c)
            RETURN l.code + '|' + c.code AS cell, count(r) AS demand,
                   count(CASE WHEN r.status = 'DECLINED' AND r.declineReason = 'FULL' THEN 1 END) AS declinedFull
            """;

    record Cell(String cell, long demand, long declinedFull) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"P12M", "51,5", "6,6", "7,5", "36,10", "45,40", "33,9", "420,380", "31,31", "70,1"})
    void everyCellEqualsTheReferralsMadeInThePeriod(String period) throws Exception {
        var today = NetworkZone.today(Clock.systemUTC());
        var query = "";
        if (!period.equals("P12M")) {
            var days = period.split(",");
            query = "&from=" + today.minusDays(Long.parseLong(days[0])) + "&to=" + today.minusDays(Long.parseLong(days[1]));
        }
        for (var axis : List.of(GapAxis.NEED, GapAxis.CATEGORY)) {
            var answer = as("ada", "/api/insights/gaps?by=" + axis.parameter() + query)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String from = JsonPath.read(answer, "$.from");
            String to = JsonPath.read(answer, "$.to");
            var expected = new HashMap<String, List<Object>>();
            var next = axis == GapAxis.NEED ? "FOR_NEED" : "TO]->()-[:IN_CATEGORY";
            Rows.fetch(neo4j.query(FROM_REFERRALS.formatted(Places.REFERRALS_FROM_LOCALITY.indent(4), next))
                    .bind(NetworkZone.startOf(LocalDate.parse(from))).to("from")
                    .bind(NetworkZone.startOf(LocalDate.parse(to).plusDays(1))).to("to"), Cell.class)
                    .all().forEach(c -> expected.put(c.cell(), List.of(shown(c.demand()), shown(c.declinedFull()))));
            var shown = new HashMap<String, List<Object>>();
            List<Map<String, Object>> rows = JsonPath.read(answer, "$.rows");
            for (var row : rows) {
                @SuppressWarnings("unchecked")
                var cells = (List<Map<String, Object>>) row.get("cells");
                for (var cell : cells) {
                    if (!Integer.valueOf(0).equals(cell.get("demand"))) {
                        shown.put(row.get("localityCode") + "|" + cell.get("code"),
                                List.of(cell.get("demand"), cell.get("declinedFull")));
                    }
                }
            }
            assertThat(shown).as(axis + " " + from + " to " + to).isEqualTo(expected);
        }
    }

    /** As the API shows a count: 1–4 as "<5". */
    private static Object shown(long count) {
        return count >= 1 && count <= 4 ? "<5" : (Object) (int) count;
    }
}
