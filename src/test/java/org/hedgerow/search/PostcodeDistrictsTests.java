package org.hedgerow.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeDistrictsTests {

    private final PostcodeDistricts geocoder = new PostcodeDistricts();

    @Test
    void aFullPostcodeIsReadInAnyCaseWithOrWithoutItsSpace() {
        for (String typed : List.of("DE56 1AB", "de56 1ab", "DE561AB", " de561ab ", "De56   1aB")) {
            assertThat(Postcode.parse(typed)).as(typed).contains(new Postcode("DE56", "1AB"));
        }
        assertThat(Postcode.parse("de56 1ab").orElseThrow().toString()).isEqualTo("DE56 1AB");
        assertThat(Postcode.parse("de56 1ab").orElseThrow().isFull()).isTrue();
    }

    @Test
    void aDistrictIsReadOnItsOwn() {
        assertThat(Postcode.parse("de56")).contains(new Postcode("DE56", null));
        assertThat(Postcode.parse("DE5")).contains(new Postcode("DE5", null));
        assertThat(Postcode.parse("sk13")).contains(new Postcode("SK13", null));
        assertThat(Postcode.parse("S40")).contains(new Postcode("S40", null));
        assertThat(Postcode.parse("DE56").orElseThrow().isFull()).isFalse();
        assertThat(Postcode.parse("DE56").orElseThrow().toString()).isEqualTo("DE56");
        assertThat(Postcode.parse("de 56")).contains(new Postcode("DE56", null));
    }

    @Test
    void everyShapeOfOutwardCodeIsRead() {
        assertThat(Postcode.parse("S1 2AB")).contains(new Postcode("S1", "2AB"));
        assertThat(Postcode.parse("DE1 1EZ")).contains(new Postcode("DE1", "1EZ"));
        assertThat(Postcode.parse("W1A 1AA")).contains(new Postcode("W1A", "1AA"));
        assertThat(Postcode.parse("EC1A 1BB")).contains(new Postcode("EC1A", "1BB"));
        assertThat(Postcode.parse("NG10 1LU")).contains(new Postcode("NG10", "1LU"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "DE", "DE56 1A", "DE56 1ABC", "1DE56", "DE56-1AB", "DE561AB1",
        "D€56", "DE56 1AB; DROP", "Belper", "ABC1 1AA", "not a postcode at all"})
    void anythingElseIsNotAPostcode(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
        assertThat(Postcode.parse(null)).isEmpty();
    }

    @Test
    void aDistrictIsPlacedAtItsCentre() {
        var belper = geocoder.locate(Postcode.parse("DE56").orElseThrow()).orElseThrow();
        assertThat(belper.name()).isEqualTo("Belper");
        assertThat(belper.latitude()).isEqualTo(53.024);
        assertThat(belper.longitude()).isEqualTo(-1.483);
    }

    @Test
    void aFullPostcodeIsPlacedAtItsDistrictsCentre() {
        assertThat(geocoder.locate(Postcode.parse("de56 1uu").orElseThrow()))
                .isEqualTo(geocoder.locate(Postcode.parse("DE56").orElseThrow()));
        assertThat(geocoder.locate(Postcode.parse("s401ln").orElseThrow()).orElseThrow().name()).isEqualTo("Chesterfield");
    }

    @Test
    void aDistrictOutsideTheAreaIsUnknown() {
        assertThat(geocoder.locate(Postcode.parse("ZZ9 9ZZ").orElseThrow())).isEmpty();
        assertThat(geocoder.locate(Postcode.parse("SW1A 1AA").orElseThrow())).isEmpty();
    }

    @Test
    void theDerbyshireDistrictsAndTheirNeighboursAreAllKnown() {
        var districts = geocoder.districts().keySet();
        assertThat(districts).contains("DE1", "DE3", "DE4", "DE5", "DE6", "DE7", "DE11", "DE12", "DE13", "DE14",
                "DE15", "DE21", "DE22", "DE23", "DE24", "DE45", "DE55", "DE56", "DE65", "DE72", "DE73", "DE74", "DE75",
                "S18", "S32", "S33", "S40", "S41", "S42", "S43", "S44", "S45", "SK13", "SK17", "SK22", "SK23",
                "NG10", "NG16");
    }

    @Test
    void everyCentreIsInOrNearDerbyshire() {
        geocoder.districts().forEach((district, centre) -> {
            assertThat(centre.latitude()).as(district).isBetween(52.6, 53.6);
            assertThat(centre.longitude()).as(district).isBetween(-2.1, -1.0);
            assertThat(centre.name()).as(district).isNotBlank();
        });
    }

    @Test
    void everyDemoVenuesPostcodeIsFoundWithinAFewKilometresOfTheVenue() throws Exception {
        @SuppressWarnings("unchecked")
        var demo = (Map<String, Object>) JsonMapper.builder().build()
                .readValue(new ClassPathResource("demo/derbyshire-network.json").getInputStream(), Map.class);
        @SuppressWarnings("unchecked")
        var venues = (List<Map<String, Object>>) demo.get("venues");
        assertThat(venues).isNotEmpty();
        var tooFar = new ArrayList<String>();
        for (var venue : venues) {
            var postcode = Postcode.parse((String) venue.get("postcode"));
            assertThat(postcode).as((String) venue.get("postcode")).isPresent();
            var centre = geocoder.locate(postcode.get());
            assertThat(centre).as(postcode.get().toString()).isPresent();
            double metres = SearchGraph.metres(centre.get().latitude(), centre.get().longitude(),
                    ((Number) venue.get("lat")).doubleValue(), ((Number) venue.get("lon")).doubleValue());
            if (metres > 5_000) {
                tooFar.add(venue.get("name") + " " + Math.round(metres) + " m from " + postcode.get().district());
            }
        }
        assertThat(tooFar).as("a search near a demo venue's own postcode finds it within the default 5 km").isEmpty();
    }
}
