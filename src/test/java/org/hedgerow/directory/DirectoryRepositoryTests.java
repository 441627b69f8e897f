package org.hedgerow.directory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.neo4j.test.autoconfigure.DataNeo4jTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.types.GeographicPoint2d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataNeo4jTest
class DirectoryRepositoryTests extends GraphTest {

    @Autowired LocalityRepository localities;
    @Autowired VenueRepository venues;
    @Autowired GroupRepository groups;
    @Autowired OrganiserRepository organisers;
    @Autowired ActivityRepository activities;
    @Autowired CategoryRepository categories;
    @Autowired NeedRepository needs;
    @Autowired Neo4jClient neo4j;

    Locality derbyshire;
    Locality amberValley;
    Locality belper;

    @BeforeEach
    void places() {
        TestGraph.clear(neo4j);
        derbyshire = localities.save(new Locality("Derby and Derbyshire", "DDICS", LocalityKind.ICS,
                new GeographicPoint2d(53.0, -1.5), null));
        amberValley = localities.save(new Locality("Amber Valley", "AMBER", LocalityKind.PLACE,
                new GeographicPoint2d(53.03, -1.45), derbyshire));
        belper = localities.save(new Locality("Belper", "BELPER", LocalityKind.LOCALITY,
                new GeographicPoint2d(53.0237, -1.4818), amberValley));
    }

    @Test
    void localitiesKnowWhatTheyLieWithin() {
        var found = localities.findByCode("BELPER").orElseThrow();

        assertThat(found.getKind()).isEqualTo(LocalityKind.LOCALITY);
        assertThat(found.getCentre().getLatitude()).isEqualTo(53.0237);
        assertThat(found.getWithin().getCode()).isEqualTo("AMBER");
        assertThat(found.getWithin().getWithin().getCode()).isEqualTo("DDICS");
    }

    @Test
    void aPlaceTakesInEveryLocalityWithinIt() {
        localities.save(new Locality("Duffield", "DUFFIELD", LocalityKind.LOCALITY,
                new GeographicPoint2d(52.987, -1.488), amberValley));

        assertThat(localities.findCodesWithin("DDICS")).containsExactly("AMBER", "BELPER", "DDICS", "DUFFIELD");
        assertThat(localities.findCodesWithin("AMBER")).containsExactly("AMBER", "BELPER", "DUFFIELD");
        assertThat(localities.findCodesWithin("BELPER")).containsExactly("BELPER");
    }

    @Test
    void venuesAreFoundByPostcodeAndByDistance() {
        var strutt = venues.save(new Venue("Strutt Centre", "Derby Road, Belper", "DE56 1UU",
                new GeographicPoint2d(53.0219, -1.4815), List.of("step-free", "hearing-loop"), belper));
        var farAway = venues.save(new Venue("Glossop Hall", "High Street, Glossop", "SK13 8AB",
                new GeographicPoint2d(53.443, -1.949), List.of(), belper));

        assertThat(venues.findByPostcode("DE56 1UU")).extracting(Venue::getName).containsExactly("Strutt Centre");
        assertThat(venues.findById(strutt.getId()).orElseThrow().getAccessibility())
                .containsExactly("step-free", "hearing-loop");
        assertThat(venues.findIdsNear(53.0237, -1.4818, 2_000)).containsExactly(strutt.getId());
        assertThat(venues.findIdsNear(53.0237, -1.4818, 100_000)).containsExactly(strutt.getId(), farAway.getId());
    }

    @Test
    void anActivityKeepsItsScheduleCostAndWhatItServes() {
        var walking = categories.save(new Category("WALKING", "Walking", true));
        var loneliness = needs.save(new Need("LONELINESS", "Loneliness"));
        var group = groups.save(new Group("Belper Walkers", "Gentle walks", null, belper));
        var venue = venues.save(new Venue("River Gardens", "Matlock Road", "DE56 1BY",
                new GeographicPoint2d(53.03, -1.48), List.of(), belper));

        var saved = activities.save(new Activity("Tuesday river walk", "An hour by the Derwent", group, venue)
                .meets(Frequency.MONTHLY, 1, LocalTime.of(10, 0), LocalTime.of(11, 30), DayOfWeek.TUESDAY)
                .places(20, 0)
                .costs(Cost.REDUCED, "£2, pay what you can")
                .servesIn(List.of(walking), List.of(loneliness)));

        var found = activities.findById(saved.getId()).orElseThrow();
        assertThat(found.getDays()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(found.getFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(found.getWeekOfMonth()).isEqualTo(1);
        assertThat(found.getStartTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(found.getEndTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(found.isFull()).isTrue();
        assertThat(found.getCost()).isEqualTo(Cost.REDUCED);
        assertThat(found.getGroup().getName()).isEqualTo("Belper Walkers");
        assertThat(found.getVenue().getLocality().getCode()).isEqualTo("BELPER");
        assertThat(found.getCategories()).extracting(Category::code).containsExactly("WALKING");
        assertThat(found.getNeeds()).extracting(Need::code).containsExactly("LONELINESS");
        assertThat(activities.findIdsSupporting("LONELINESS")).containsExactly(saved.getId());
        assertThat(activities.findIdsSupporting("DEBT_MONEY")).isEmpty();
    }

    @Test
    void listingsNotUpdatedForSixMonthsAreStale() {
        var group = groups.save(new Group("Belper Walkers", null, null, belper));
        var fresh = activities.save(new Activity("Fresh", null, group, null));
        var old = activities.save(new Activity("Old", null, group, null));
        neo4j.query("MATCH (a:Activity {id: $id}) SET a.updatedAt = datetime() - duration({days: 200})")
                .bind(old.getId()).to("id").run();

        var sixMonthsAgo = Instant.now().minus(Duration.ofDays(183));
        assertThat(activities.findStaleIds(sixMonthsAgo)).containsExactly(old.getId()).doesNotContain(fresh.getId());
    }

    @Test
    void groupsAreListedByLocalityAndArchivedOnesLeftOut() {
        groups.save(new Group("Belper Walkers", null, null, belper));
        var archived = new Group("Old choir", null, null, belper);
        archived.archive();
        groups.save(archived);

        assertThat(groups.findByLocalityCodeAndStatus("BELPER", ListingStatus.ACTIVE))
                .extracting(Group::getName).containsExactly("Belper Walkers");
    }

    @Test
    void organisersKeepTheirRoleInEachGroupAndWhoTheyKnow() {
        var choir = groups.save(new Group("Towpath Voices", "A men's choir under the canal bridge", null, belper));
        var scott = new Organiser("Scott", "Sings bass");
        scott.organise(choir, "Choir leader", LocalDate.of(2020, 5, 1));
        scott = organisers.save(scott);
        var gene = organisers.save(new Organiser("Gene", "Walks with the refugees from the hotel"));
        neo4j.query("MATCH (a:Organiser {id: $gene}), (b:Organiser {id: $scott}) CREATE (a)-[:KNOWS]->(b)")
                .bind(gene.getId()).to("gene").bind(scott.getId()).to("scott").run();

        var found = organisers.findById(scott.getId()).orElseThrow();
        assertThat(found.getOrganises()).singleElement().satisfies(organising -> {
            assertThat(organising.getRole()).isEqualTo("Choir leader");
            assertThat(organising.getSince()).isEqualTo(LocalDate.of(2020, 5, 1));
            assertThat(organising.getGroup().getName()).isEqualTo("Towpath Voices");
        });
        assertThat(organisers.findNamesKnownBy(scott.getId())).containsExactly("Gene");
        assertThat(organisers.findNamesKnownBy(gene.getId())).containsExactly("Scott");
    }

    @Test
    void greenCategoriesAreMarked() {
        categories.saveAll(List.of(new Category("WALKING", "Walking", true),
                new Category("GARDENING", "Gardening", true), new Category("SOCIAL", "Social", false)));

        assertThat(categories.findByGreenTrueOrderByName()).extracting(Category::code)
                .containsExactly("GARDENING", "WALKING");
    }

    @Test
    void aConcurrentEditIsDetected() {
        var group = groups.save(new Group("Belper Walkers", null, null, belper));
        var first = groups.findById(group.getId()).orElseThrow();
        var second = groups.findById(group.getId()).orElseThrow();
        groups.save(first);

        assertThatThrownBy(() -> groups.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
