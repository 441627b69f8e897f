package org.hedgerow;

import org.hedgerow.graphdb.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Each top-level package is a module. {@code core} (errors, pages, rows) and {@code graphdb} (the DBMS and its
 * schema) are what every feature stands on, so a test of one module ({@code @ApplicationModuleTest}) starts
 * them too.
 */
@SpringBootApplication
@Modulithic(systemName = "Hedgerow", sharedModules = {"core", "graphdb"})
public class HedgerowApplication {

    static void main(String[] args) {
        if (RestoreCommand.runIfAsked(args)) {
            return; // --hedgerow.restore=<backup>: restored the store, and that is all this run does
        }
        SpringApplication.run(HedgerowApplication.class, args);
    }
}
