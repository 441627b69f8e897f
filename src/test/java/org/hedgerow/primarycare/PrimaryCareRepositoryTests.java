package org.hedgerow.primarycare;

import java.util.List;

import org.hedgerow.GraphTest;
import org.hedgerow.TestGraph;
import org.hedgerow.directory.Locality;
import org.hedgerow.directory.LocalityKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.neo4j.test.autoconfigure.DataNeo4jTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.types.GeographicPoint2d;

import static org.assertj.core.api.Assertions.assertThat;

@DataNeo4jTest
class PrimaryCareRepositoryTests extends GraphTest {

    @Autowired PcnRepository pcns;
    @Autowired PracticeRepository practices;
    @Autowired LinkWorkerRepository linkWorkers;
    @Autowired Neo4jTemplate template;
    @Autowired Neo4jClient neo4j;

    Pcn belperPcn;

    @BeforeEach
    void belperPcn() {
        TestGraph.clear(neo4j);
        var amber = template.save(new Locality("Amber Valley", "AMBER", LocalityKind.PLACE,
                new GeographicPoint2d(53.03, -1.45), null));
        var belper = template.save(new Locality("Belper", "BELPER", LocalityKind.LOCALITY,
                new GeographicPoint2d(53.0237, -1.4818), amber));
        var duffield = template.save(new Locality("Duffield", "DUFFIELD", LocalityKind.LOCALITY,
                new GeographicPoint2d(52.987, -1.488), amber));
        belperPcn = pcns.save(new Pcn("Belper PCN", "U12345", List.of(belper, duffield)));
    }

    @Test
    void aPcnCoversItsLocalities() {
        var found = pcns.findByOdsCode("U12345").orElseThrow();

        assertThat(found.getCovers()).extracting(Locality::getCode).containsExactlyInAnyOrder("BELPER", "DUFFIELD");
        assertThat(pcns.findNamesCovering("DUFFIELD")).containsExactly("Belper PCN");
        assertThat(pcns.findNamesCovering("AMBER")).isEmpty();
    }

    @Test
    void practicesAreMembersOfTheirPcn() {
        practices.save(new Practice("Riverside Surgery", "C81001", belperPcn));
        practices.save(new Practice("Derwent Medical Centre", "C81002", belperPcn));

        assertThat(practices.findByPcnOdsCode("U12345")).extracting(Practice::getName)
                .containsExactlyInAnyOrder("Riverside Surgery", "Derwent Medical Centre");
    }

    @Test
    void linkWorkersWorkForAPcn() {
        linkWorkers.save(new LinkWorker("Priya", belperPcn));
        linkWorkers.save(new LinkWorker("Alex", belperPcn));

        assertThat(linkWorkers.findByPcnIdOrderByName(belperPcn.getId())).extracting(LinkWorker::getName)
                .containsExactly("Alex", "Priya");
    }
}
