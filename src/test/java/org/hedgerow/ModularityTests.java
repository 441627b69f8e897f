package org.hedgerow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    /** Every feature of the app, each a top-level package declared as a module in its package-info. */
    static final String[] MODULES = {"core", "graphdb", "places", "groups", "vocabulary", "activities", "network",
            "demo", "accounts", "audit", "noticeboard", "referral", "connections", "search", "live", "insights", "web",
            "gatherings", "notifications", "imports", "openreferral", "backup"};

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

    /**
     * The README's picture of the modules is drawn from the code: a module that gains or loses a dependency, or
     * a new module, fails here until the README shows it (the expected diagram is printed and written to
     * {@code target/module-diagram.md}).
     */
    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        var readme = Files.readString(Path.of("README.md"));
        var expected = moduleDiagram();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "module-diagram.md"), expected);

        assertThat(between(readme, "<!-- module-diagram -->\n", "<!-- /module-diagram -->")).isEqualTo(expected);
        var table = between(readme, "<!-- module-table -->\n", "<!-- /module-table -->");
        assertThat(table.lines().filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))))
                .as("README's module table").containsExactlyInAnyOrder(MODULES);
        var owners = new java.util.HashMap<String, String>();
        table.lines().filter(line -> line.startsWith("| `")).forEach(line -> {
            var cells = line.split("\\|");
            var module = cells[1].strip().replace("`", "");
            java.util.regex.Pattern.compile("`([^`]+)`").matcher(cells[3]).results()
                    .forEach(label -> owners.put(label.group(1), module));
        });
        assertThat(owners).as("README's owners of labels, against LabelOwnershipTests")
                .isEqualTo(LabelOwnershipTests.OWNERS);
    }

    /** Every module and whom it depends on, as a Mermaid flowchart; core, which every module uses, is left out. */
    private String moduleDiagram() {
        var diagram = new StringBuilder("```mermaid\nflowchart LR\n");
        var sorted = modules.stream().filter(module -> !isCore(module))
                .sorted(Comparator.comparing(ModularityTests::id)).toList();
        for (var module : sorted) {
            diagram.append("  %s[\"%s\"]\n".formatted(id(module), module.getDisplayName()));
        }
        for (var module : sorted) {
            module.getDirectDependencies(modules).uniqueModules().filter(target -> !isCore(target))
                    .map(ModularityTests::id).filter(target -> !target.equals(id(module))).distinct().sorted()
                    .forEach(target -> diagram.append("  %s --> %s\n".formatted(id(module), target)));
        }
        return diagram.append("```\n").toString();
    }

    private static String id(org.springframework.modulith.core.ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static boolean isCore(org.springframework.modulith.core.ApplicationModule module) {
        return id(module).equals("core");
    }

    private static String between(String text, String start, String end) {
        var from = text.indexOf(start);
        var to = text.indexOf(end, from + 1);
        assertThat(from).as("README has %s", start.strip()).isNotNegative();
        assertThat(to).as("README has %s", end).isPositive();
        return text.substring(from + start.length(), to);
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
