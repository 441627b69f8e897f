package org.hedgerow.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hedgerow.search.SearchGraph.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/activities/search} against {@link SearchGraph}, anonymously (the search is public). */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivitySearchTests extends GraphTest {

    /** The DE56 (Belper) district centre in {@code geo/postcode-districts.csv}. */
    private static final double BELPER_LAT = 53.0240;
    private static final double BELPER_LON = -1.4830;

    @Autowired MockMvc mvc;
    @Autowired Neo4jClient neo4j;
    @Autowired Driver driver;

    @BeforeAll
    void buildTheNetwork() {
        SearchGraph.create(neo4j);
    }

    // --- words ---------------------------------------------------------------------------------------------

    @Test
    void wordsFindActivitiesByNameAndDescriptionBestMatchFirst() throws Exception {
        var result = search("q", "choir").andExpect(status().isOk())
                .andExpect(jsonPath("$.sort").value("relevance"));

        assertThat(names(result)).containsExactly(CANAL_CHOIR, COFFEE_MORNING);
        List<Double> relevance = JsonPath.read(body(result), "$.items[*].relevance");
        assertThat(relevance.get(0)).isGreaterThan(relevance.get(1));
    }

    @Test
    void aWordAlsoFindsLongerWordsItBegins() throws Exception {
        assertThat(names(search("q", "tow"))).containsExactly(TOWPATH_WALK);
    }

    @Test
    void everyWordMustMatchButLittleWordsOnlyHelp() throws Exception {
        assertThat(names(search("q", "walk canal"))).containsExactly(TOWPATH_WALK);
        assertThat(names(search("q", "a walk in the park"))).containsExactly(MANOR_PARK_WALK);
    }

    @Test
    void archivedActivitiesAndActivitiesOfArchivedGroupsAreNeverFound() throws Exception {
        assertThat(names(search("q", "walk", "sort", "name"))).containsExactly(CHEVIN_WALK, MANOR_PARK_WALK, TOWPATH_WALK);
        assertThat(names(search("size", "100"))).containsExactlyElementsOf(ALL_FINDABLE);
        assertThat(names(search("locality", "BELPER", "category", "WALKING"))).containsExactly(CHEVIN_WALK);
    }

    @Test
    void wordsCombineWithCategoriesAPlaceOrALocality() throws Exception {
        assertThat(names(search("q", "walk", "category", "NATURE"))).containsExactly(CHEVIN_WALK);
        assertThat(names(search("q", "walk", "postcode", "DE56"))).containsExactly(CHEVIN_WALK);
        assertThat(names(search("q", "walk", "locality", "EREWASH"))).containsExactly(TOWPATH_WALK);
        assertThat(names(search("q", "choir", "locality", "AMBER"))).containsExactly(COFFEE_MORNING);
        assertThat(names(search("q", "yoga", "postcode", "NG10"))).isEmpty();
    }

    @Test
    void wordsNearAPointCanBeSortedByDistance() throws Exception {
        var result = search("q", "walk", "lat", String.valueOf(BELPER_LAT), "lon", String.valueOf(BELPER_LON),
                "radiusKm", "50", "sort", "distance");

        assertThat(names(result)).containsExactly(CHEVIN_WALK, TOWPATH_WALK); // Glossop is 55 km away
        assertDistances(result, "v-chevin", "v-towpath");
    }

    // --- place ---------------------------------------------------------------------------------------------

    @Test
    void nearAPointResultsComeNearestFirstWithTheirDistances() throws Exception {
        var result = search("lat", String.valueOf(BELPER_LAT), "lon", String.valueOf(BELPER_LON))
                .andExpect(jsonPath("$.sort").value("distance"))
                .andExpect(jsonPath("$.near.radiusKm").value(5.0))
                .andExpect(jsonPath("$.near.postcode").doesNotExist());

        assertThat(names(result)).containsExactly(DIGITAL_HELP, COFFEE_MORNING, CHEVIN_WALK, CHAIR_YOGA);
        assertDistances(result, "v-library", "v-strutt", "v-chevin", "v-weston");
    }

    @Test
    void coordinatesAreReadAsAnyClientPrintsThem() throws Exception {
        assertThat(names(search("lat", "53.024000000000000001", "lon", "-1.48300000000000001", "radiusKm", "1")))
                .containsExactly(DIGITAL_HELP, COFFEE_MORNING);
        assertThat(names(search("lat", "5.3024E1", "lon", "-148.3e-2", "radiusKm", "1"))).hasSize(2);
        search("lat", "+53.024", "lon", "-.1").andExpect(status().isOk());
    }

    @Test
    void theRadiusCutsOffWhatIsFurther() throws Exception {
        var result = search("lat", String.valueOf(BELPER_LAT), "lon", String.valueOf(BELPER_LON), "radiusKm", "1");

        assertThat(names(result)).containsExactly(DIGITAL_HELP, COFFEE_MORNING); // the Chevin is 1.2 km away
        assertDistances(result, "v-library", "v-strutt");
    }

    @Test
    void aPostcodeDistrictIsSearchedFromItsCentre() throws Exception {
        var result = search("postcode", "DE56")
                .andExpect(jsonPath("$.near.postcode").value("DE56"))
                .andExpect(jsonPath("$.near.place").value("Belper"))
                .andExpect(jsonPath("$.near.latitude").value(BELPER_LAT))
                .andExpect(jsonPath("$.near.longitude").value(BELPER_LON));

        assertThat(names(result)).containsExactly(DIGITAL_HELP, COFFEE_MORNING, CHEVIN_WALK, CHAIR_YOGA);
        assertDistances(result, "v-library", "v-strutt", "v-chevin", "v-weston");
    }

    @Test
    void aFullPostcodeInAnyCaseAndSpacingIsFoundThroughItsDistrict() throws Exception {
        var result = search("postcode", " de561uu ", "radiusKm", "1")
                .andExpect(jsonPath("$.near.postcode").value("DE56 1UU"))
                .andExpect(jsonPath("$.near.place").value("Belper"));

        assertThat(names(result)).containsExactly(DIGITAL_HELP, COFFEE_MORNING);
    }

    @Test
    void anUnknownPostcodeDistrictIsABadRequestThatSaysWhatToTry() throws Exception {
        search("postcode", "ZZ9 9ZZ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.postcode")
                        .value("We do not know where ZZ9 9ZZ is; try a nearby town's postcode district or lat/lon"));
    }

    @Test
    void aMalformedPostcodeIsABadRequestThatSaysSo() throws Exception {
        search("postcode", "DE56 1A").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.postcode").value(containsString("is not a UK postcode or postcode district")));
    }

    @Test
    void aPlaceFindsActivitiesInEveryLocalityWithinItAtAnyDepth() throws Exception {
        assertThat(names(search("locality", "BELPER"))).containsExactly(CHEVIN_WALK, COFFEE_MORNING, DIGITAL_HELP);
        assertThat(names(search("locality", "AMBER"))).containsExactly(CHAIR_YOGA, CHEVIN_WALK, COFFEE_MORNING, DIGITAL_HELP);
        assertThat(names(search("locality", "ddics"))).containsExactlyElementsOf(
                ALL_FINDABLE.stream().filter(name -> !name.equals(TELEPHONE_FRIENDS)).toList());
    }

    @Test
    void aLocalityAndAPointTogetherFindWhatIsInBoth() throws Exception {
        assertThat(names(search("postcode", "DE56", "locality", "DUFFIELD"))).containsExactly(CHAIR_YOGA);
    }

    @Test
    void eachResultShowsItsListing() throws Exception {
        search("q", "digital", "postcode", "DE56").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("a-digital-help"))
                .andExpect(jsonPath("$.items[0].summary").value("Help with phones, tablets and online forms."))
                .andExpect(jsonPath("$.items[0].schedule").value("every Monday and Thursday 14:00–16:00"))
                .andExpect(jsonPath("$.items[0].days[0]").value("MONDAY"))
                .andExpect(jsonPath("$.items[0].startTime").value("14:00"))
                .andExpect(jsonPath("$.items[0].endTime").value("16:00"))
                .andExpect(jsonPath("$.items[0].cost").value("FEE"))
                .andExpect(jsonPath("$.items[0].costNote").value("£3 a session"))
                .andExpect(jsonPath("$.items[0].spacesLeft").value(2))
                .andExpect(jsonPath("$.items[0].capacity").value(8))
                .andExpect(jsonPath("$.items[0].group.id").value("g-belper"))
                .andExpect(jsonPath("$.items[0].group.name").value("Belper Friends"))
                .andExpect(jsonPath("$.items[0].venue.name").value("Belper Library"))
                .andExpect(jsonPath("$.items[0].venue.postcode").value("DE56 1BA"))
                .andExpect(jsonPath("$.items[0].venue.accessibility[1]").value("hearing-loop"))
                .andExpect(jsonPath("$.items[0].locality.code").value("BELPER"))
                .andExpect(jsonPath("$.items[0].locality.name").value("Belper"))
                .andExpect(jsonPath("$.items[0].categories[0].code").value("DIGITAL"))
                .andExpect(jsonPath("$.items[0].needs[0].code").value("DIGITAL_EXCLUSION"))
                .andExpect(jsonPath("$.items[0].distanceMetres").isNumber())
                .andExpect(jsonPath("$.items[0].relevance").isNumber())
                .andExpect(jsonPath("$.items[0].stale").value(false))
                .andExpect(jsonPath("$.items[0].updatedAt").isString());
    }

    @Test
    void anActivityWithNoVenueOrDaysIsListedByArrangement() throws Exception {
        search("q", "telephone").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value(TELEPHONE_FRIENDS))
                .andExpect(jsonPath("$.items[0].schedule").value("by arrangement"))
                .andExpect(jsonPath("$.items[0].venue").doesNotExist())
                .andExpect(jsonPath("$.items[0].locality").doesNotExist())
                .andExpect(jsonPath("$.items[0].distanceMetres").doesNotExist());
    }

    @Test
    void aListingNotUpdatedForSixMonthsIsMarkedStale() throws Exception {
        var result = search("size", "100");
        List<String> stale = JsonPath.read(body(result), "$.items[?(@.stale == true)].name");
        assertThat(stale).containsExactly(CANAL_CHOIR);
    }

    // --- what, when, cost and room ------------------------------------------------------------------------

    @Test
    void categoriesAndNeedsMatchAnyOfTheCodesGiven() throws Exception {
        assertThat(names(search("category", "WALKING"))).containsExactly(CHEVIN_WALK, MANOR_PARK_WALK, TOWPATH_WALK);
        assertThat(names(search("category", "walking", "category", "MUSIC")))
                .containsExactly(CANAL_CHOIR, CHEVIN_WALK, MANOR_PARK_WALK, TOWPATH_WALK);
        assertThat(names(search("category", "WALKING,MUSIC"))).hasSize(4);
        assertThat(names(search("need", "DIGITAL_EXCLUSION"))).containsExactly(DIGITAL_HELP);
        assertThat(names(search("need", "LONELINESS", "category", "SOCIAL"))).containsExactly(COFFEE_MORNING);
        assertThat(names(search("need", "SOCIAL_ISOLATION", "need", "DIGITAL_EXCLUSION")))
                .containsExactly(COFFEE_MORNING, DIGITAL_HELP);
    }

    @Test
    void daysMatchAnyOfTheDaysGiven() throws Exception {
        assertThat(names(search("day", "TUESDAY"))).containsExactly(CHAIR_YOGA, TOWPATH_WALK);
        assertThat(names(search("day", "tuesday", "day", "Saturday"))).containsExactly(CHAIR_YOGA, CHEVIN_WALK, TOWPATH_WALK);
        assertThat(names(search("day", "THURSDAY"))).containsExactly(CANAL_CHOIR, DIGITAL_HELP);
    }

    @Test
    void timesOfDayBoundWhenActivitiesStartAndEnd() throws Exception {
        assertThat(names(search("startsAfter", "13:00"))).containsExactly(CANAL_CHOIR, CHAIR_YOGA, DIGITAL_HELP);
        assertThat(names(search("endsBefore", "11:00"))).containsExactly(CHEVIN_WALK, MANOR_PARK_WALK);
        assertThat(names(search("startsAfter", "10:00", "endsBefore", "11:30")))
                .containsExactly(COFFEE_MORNING, MANOR_PARK_WALK, TOWPATH_WALK);
    }

    @Test
    void freeKeepsOnlyFreeActivities() throws Exception {
        assertThat(names(search("free", "true")))
                .containsExactly(CHEVIN_WALK, COFFEE_MORNING, MANOR_PARK_WALK, TELEPHONE_FRIENDS, TOWPATH_WALK);
        assertThat(names(search("free", "false", "size", "100"))).containsExactlyElementsOf(ALL_FINDABLE);
    }

    @Test
    void hasSpacesLeavesOutFullActivitiesButKeepsOnesWithNoLimit() throws Exception {
        assertThat(names(search("hasSpaces", "true", "size", "100")))
                .containsExactlyElementsOf(ALL_FINDABLE.stream().filter(name -> !name.equals(CANAL_CHOIR)).toList());
    }

    @Test
    void filtersCombine() throws Exception {
        assertThat(names(search("locality", "AMBER", "day", "SATURDAY", "free", "true"))).containsExactly(CHEVIN_WALK);
        assertThat(names(search("postcode", "DE56", "category", "WALKING", "need", "PHYSICAL_INACTIVITY",
                "hasSpaces", "true", "startsAfter", "09:00"))).containsExactly(CHEVIN_WALK);
    }

    // --- order and pages -----------------------------------------------------------------------------------

    @Test
    void pagesFollowOneAnotherAndSayWhetherThereIsMore() throws Exception {
        var first = search("size", "3").andExpect(jsonPath("$.hasMore").value(true))
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.sort").value("name"));
        var second = search("size", "3", "page", "1").andExpect(jsonPath("$.hasMore").value(true));
        var last = search("size", "3", "page", "2").andExpect(jsonPath("$.hasMore").value(false));
        var beyond = search("size", "3", "page", "3").andExpect(jsonPath("$.hasMore").value(false));

        var all = new ArrayList<String>();
        all.addAll(names(first));
        all.addAll(names(second));
        all.addAll(names(last));
        assertThat(all).containsExactlyElementsOf(ALL_FINDABLE);
        assertThat(names(beyond)).isEmpty();
        assertThat(names(search("size", "4", "page", "1"))).containsExactlyElementsOf(ALL_FINDABLE.subList(4, 8));
    }

    @Test
    void pagesOfWordsAndOfDistancesFollowOneAnother() throws Exception {
        assertThat(names(search("q", "walk", "size", "2"))).hasSize(2);
        var byRelevance = new ArrayList<String>();
        byRelevance.addAll(names(search("q", "walk", "size", "2").andExpect(jsonPath("$.hasMore").value(true))));
        byRelevance.addAll(names(search("q", "walk", "size", "2", "page", "1").andExpect(jsonPath("$.hasMore").value(false))));
        assertThat(byRelevance).containsExactlyInAnyOrder(CHEVIN_WALK, MANOR_PARK_WALK, TOWPATH_WALK);

        assertThat(names(search("postcode", "DE56", "size", "3", "page", "1"))).containsExactly(CHAIR_YOGA);
    }

    @Test
    void sortingByNameOverridesTheDefaultOrder() throws Exception {
        assertThat(names(search("postcode", "DE56", "sort", "name"))).containsExactly(CHAIR_YOGA, CHEVIN_WALK,
                COFFEE_MORNING, DIGITAL_HELP);
        assertThat(names(search("q", "choir", "sort", "NAME"))).containsExactly(CANAL_CHOIR, COFFEE_MORNING);
    }

    // --- hostile and bad input ------------------------------------------------------------------------------

    static Stream<String> hostileText() {
        return Stream.of("\"", "\"unclosed phrase", "*", "?", "~", ":", "walk AND", "OR", "NOT", "(", ")", "\\",
                "/", "[", "]", "{", "}", "^2", "!", "&&", "||", "+-", "walk~2", "name:walk", "*:*", "description:*",
                "[a TO z]", "{a TO z}", "/.*/", "wal?", "') RETURN 1 //", "' OR 1=1 --", "\" OR \"\"=\"",
                "MATCH (n) DETACH DELETE n", "$words", "}} RETURN n //", "\u0000", "\t\n\r", "%00%2F", "日本語の散歩",
                "Ünïcödé wälk", "😀 walk 🚶", "\uD83D", "e\u0301\u0301\u0301", "a".repeat(200),
                "walk ".repeat(40), "a b c d e f g h i j k l m n o p q r s t u v w x y z",
                "x".repeat(120) + "*", "-walk", "+walk", "walk^100", "null", "   ");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileText")
    void anyTextIsSearchedAsPlainWordsAndNeverFails(String text) throws Exception {
        search("q", text).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        search("q", text, "postcode", "DE56", "category", "WALKING").andExpect(status().isOk());

        assertThat(TestGraph.count(neo4j, "MATCH (a:Activity) RETURN count(a)")).isEqualTo(10);
    }

    @Test
    void searchSyntaxInTheTextIsTakenAsWords() throws Exception {
        assertThat(names(search("q", "NOT walk", "sort", "name"))).containsExactly(CHEVIN_WALK, MANOR_PARK_WALK, TOWPATH_WALK);
        assertThat(names(search("q", "\"walk\" -canal", "sort", "name"))).containsExactly(TOWPATH_WALK);
        assertThat(names(search("q", "choir:*"))).containsExactly(CANAL_CHOIR, COFFEE_MORNING);
        assertThat(names(search("q", "name:choir"))).as("'name' is a word here, not a field").isEmpty();
        assertThat(names(search("q", "***", "size", "100"))).containsExactlyElementsOf(ALL_FINDABLE);
    }

    @Test
    void textLongerThanTwoHundredCharactersIsABadRequest() throws Exception {
        search("q", "a".repeat(201)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.q").value("must be at most 200 characters"));
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of(List.of("lat", "53"), "lon"),
                Arguments.of(List.of("lon", "-1.4"), "lat"),
                Arguments.of(List.of("lat", "abc", "lon", "-1.4"), "lat"),
                Arguments.of(List.of("lat", "NaN", "lon", "-1.4"), "lat"),
                Arguments.of(List.of("lat", "95", "lon", "-1.4"), "lat"),
                Arguments.of(List.of("lat", "53", "lon", "-181"), "lon"),
                Arguments.of(List.of("lat", "53", "lon", "-1.4", "radiusKm", "51"), "radiusKm"),
                Arguments.of(List.of("postcode", "DE56", "radiusKm", "0"), "radiusKm"),
                Arguments.of(List.of("postcode", "DE56", "radiusKm", "five"), "radiusKm"),
                Arguments.of(List.of("radiusKm", "5"), "radiusKm"),
                Arguments.of(List.of("postcode", "12345"), "postcode"),
                Arguments.of(List.of("postcode", "DE56", "lat", "53", "lon", "-1.4"), "postcode"),
                Arguments.of(List.of("sort", "distance"), "sort"),
                Arguments.of(List.of("sort", "relevance"), "sort"),
                Arguments.of(List.of("sort", "relevance", "q", "!!!"), "sort"),
                Arguments.of(List.of("sort", "newest"), "sort"),
                Arguments.of(List.of("day", "FUNDAY"), "day"),
                Arguments.of(List.of("startsAfter", "25:00"), "startsAfter"),
                Arguments.of(List.of("endsBefore", "9am"), "endsBefore"),
                Arguments.of(List.of("free", "maybe"), "free"),
                Arguments.of(List.of("hasSpaces", "1"), "hasSpaces"),
                Arguments.of(List.of("size", "101"), "size"),
                Arguments.of(List.of("size", "0"), "size"),
                Arguments.of(List.of("page", "-1"), "page"),
                Arguments.of(List.of("page", "100", "size", "100"), "page"),
                Arguments.of(List.of("category", "NOPE"), "category"),
                Arguments.of(List.of("category", "walk ing"), "category"),
                Arguments.of(List.of("need", "NOPE"), "need"),
                Arguments.of(List.of("locality", "NOWHERE"), "locality"),
                Arguments.of(List.of("locality", "BELPER,AMBER"), "locality"));
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @MethodSource("badParameters")
    void aBadParameterIsABadRequestNamingIt(List<String> parameters, String field) throws Exception {
        search(parameters.toArray(String[]::new)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/invalid-request"))
                .andExpect(jsonPath("$.detail").value(startsWith("Some parameters are not valid: ")))
                .andExpect(jsonPath("$.detail").value(containsString(field)))
                .andExpect(jsonPath("$.errors." + field).isString());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() throws Exception {
        search("lat", "abc", "lon", "1", "day", "FUNDAY", "size", "0", "category", "NOPE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.lat").exists())
                .andExpect(jsonPath("$.errors.day").value("'FUNDAY' is not a day; use MONDAY to SUNDAY"))
                .andExpect(jsonPath("$.errors.size").exists())
                .andExpect(jsonPath("$.errors.category").value(startsWith("no category has the code NOPE; the categories are")));
    }

    // --- the statements ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(SearchStatements.Start.class)
    void everyStatementPlansWithItsStartAndOrder(SearchStatements.Start start) {
        for (var sort : start.sorts()) {
            var operators = operators(explain(SearchStatements.statement(start, sort)));
            var what = start + " by " + sort + ": " + operators;
            switch (start) {
                case TEXT, NEAR_TEXT, LOCALITY_TEXT -> assertThat(operators).as(what).anyMatch(op -> op.startsWith("ProcedureCall"));
                case BROWSE -> assertThat(operators).as("read in name order from the index: " + what)
                        .anyMatch(op -> op.startsWith("NodeIndexScan")).anyMatch(SearchPlans::readsOnlyThePage);
                default -> assertThat(operators).as(what).isNotEmpty();
            }
            if (sort == SearchCriteria.Sort.RELEVANCE) {
                assertThat(operators).as("best first keeps the index's order, no sort: " + what).noneMatch(
                        op -> op.startsWith("Sort") || op.startsWith("Top") || op.startsWith("PartialTop"));
            }
            if (start == SearchStatements.Start.NEAR && sort == SearchCriteria.Sort.DISTANCE) {
                assertThat(operators).as("activities read from the nearest venue outwards: " + what)
                        .anyMatch(SearchPlans::readsOnlyThePage);
            }
        }
    }

    @Test
    void anOrderAStartCannotGiveIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(
                () -> SearchStatements.statement(SearchStatements.Start.BROWSE, SearchCriteria.Sort.DISTANCE));
    }

    /** A sort on the last keys of rows already in order of the first: it stops reading at the page. */
    static final class SearchPlans {
        static boolean readsOnlyThePage(String operator) {
            return operator.startsWith("PartialTop") || operator.startsWith("PartialSort");
        }
    }

    private Plan explain(String statement) {
        var parameters = new java.util.HashMap<String, Object>();
        Stream.of("words", "categories", "needs", "locality", "days", "startsAfter", "endsBefore")
                .forEach(name -> parameters.put(name, null));
        parameters.putAll(Map.of("latitude", BELPER_LAT, "longitude", BELPER_LON, "radius", 5000.0, "free", false,
                "hasSpaces", false, "skip", 0L, "limit", 21L));
        try (var session = driver.session()) {
            return session.run("EXPLAIN " + statement, parameters).consume().plan();
        }
    }

    private static List<String> operators(Plan plan) {
        var operators = new ArrayList<String>();
        operators.add(plan.operatorType());
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private ResultActions search(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/activities/search");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    private static List<String> names(ResultActions result) throws Exception {
        result.andExpect(status().isOk());
        return JsonPath.read(body(result), "$.items[*].name");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The items' distances match the great-circle distance from the search's origin to each venue. */
    private static void assertDistances(ResultActions result, String... venueIds) throws Exception {
        String body = body(result);
        double lat = ((Number) JsonPath.read(body, "$.near.latitude")).doubleValue();
        double lon = ((Number) JsonPath.read(body, "$.near.longitude")).doubleValue();
        List<Number> metres = JsonPath.read(body, "$.items[*].distanceMetres");
        List<Number> km = JsonPath.read(body, "$.items[*].distanceKm");
        List<String> venues = JsonPath.read(body, "$.items[*].venue.id");
        assertThat(venues).containsExactly(venueIds);
        for (int i = 0; i < venueIds.length; i++) {
            double[] venue = VENUES.get(venueIds[i]);
            double expected = SearchGraph.metres(lat, lon, venue[0], venue[1]);
            assertThat(metres.get(i).doubleValue()).as(venueIds[i]).isCloseTo(expected, within(Math.max(5, expected * 0.005)));
            assertThat(km.get(i).doubleValue()).as(venueIds[i]).isCloseTo(expected / 1000, within(0.1));
        }
    }
}
