package org.hedgerow.graphdb;

import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar hedgerow.jar --hedgerow.restore=<backup.dump>}: restores a backup into the embedded store named
 * by the usual settings ({@code hedgerow.neo4j.embedded.data-dir}, from application.yml, the environment or the
 * command line) and exits, without starting the app. It is a separate run on purpose: a restore left in a service's
 * settings must not roll the store back at every restart.
 */
public final class RestoreCommand {

    private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);
    static final String OPTION = "--hedgerow.restore=";

    private RestoreCommand() {
    }

    /** Runs the restore if the command line asks for one; returns whether it did. */
    public static boolean runIfAsked(String[] args) {
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith(OPTION))) {
            return false;
        }
        new SpringApplicationBuilder(Restore.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("hedgerow.neo4j.embedded.early-start=false") // the store must stay closed
                .run(args).close();
        return true;
    }

    /** The restore run's only configuration; not a {@code @Configuration}, so the app's own scan leaves it out. */
    @EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
    static class Restore {

        @Bean
        ApplicationRunner restoreBackup(Environment environment, EmbeddedNeo4jProperties store) {
            return args -> {
                if (NoExternalNeo4jCondition.externalNeo4jConfigured(environment)) {
                    throw new IllegalStateException("An external Neo4j is configured (spring.neo4j.uri / NEO4J_URI "
                            + environment.getProperty("spring.neo4j.uri") + "): restore it with that server's own "
                            + "tools (neo4j-admin database load), as the README's Backups section shows.");
                }
                Path dump = Path.of(environment.getRequiredProperty("hedgerow.restore"));
                long started = System.nanoTime();
                StoreRestore.restore(dump, store.dataDir());
                log.info("Restored {} into {} in {} ms. Start Hedgerow as usual to serve it.", dump.toAbsolutePath(),
                        store.dataDir().toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
            };
        }
    }
}
