package org.hedgerow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    /** Every feature of the app, each a top-level package declared as a module in its package-info. */
    static final String[] MODULES = {"core", "graphdb", "places", "groups", "vocabulary", "activities", "network",
            "demo", "accounts", "audit", "noticeboard", "referral", "connections", "search", "live", "insights", "web"};

    private final ApplicationModules modules = ApplicationModules.of(HedgerowApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder(MODULES);
    }

    @Test
    void everyTopLevelPackageIsADeclaredModule() throws IOException, ClassNotFoundException {
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/org/hedgerow"))) {
            var topLevel = packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()).toList();

            assertThat(topLevel).containsExactlyInAnyOrder(MODULES);
            for (var name : topLevel) {
                var declaration = Class.forName("org.hedgerow." + name + ".package-info");
                assertThat(declaration.isAnnotationPresent(ApplicationModule.class))
                        .as("org.hedgerow.%s declares itself a module in its package-info", name).isTrue();
            }
        }
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
