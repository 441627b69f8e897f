package org.hedgerow;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HedgerowApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("graphdb", "directory", "primarycare", "network", "demo", "accounts", "audit", "noticeboard", "referral", "connections", "search", "live", "insights", "web");
    }

    @Test
    void writesModuleDiagrams() throws Exception {
        var docs = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        assertThat(Files.readString(docs.resolve("module-accounts.puml"))).contains("Accounts and security");
    }
}
