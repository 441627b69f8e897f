package org.hedgerow.backup;

import org.hedgerow.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The backups API on an app whose graph lives in an external Neo4j (as every {@link ApiTest} does): admins are told
 * that backups are that server's job, nothing is taken, and nobody but an admin gets as far as that.
 */
class BackupApiTests extends ApiTest {

    @Test
    void onAnExternalNeo4jTheListSaysBackupsAreTheServersJob() throws Exception {
        browsers.request("ada", HttpMethod.GET, "/api/admin/backups", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(false))
                .andExpect(jsonPath("$.note").value(containsString("neo4j-admin database dump")))
                .andExpect(jsonPath("$.backups").isEmpty());
    }

    @Test
    void onAnExternalNeo4jTakingOrDeletingABackupIsRefusedClearly() throws Exception {
        browsers.request("ada", HttpMethod.POST, "/api/admin/backups", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://hedgerow.example/problems/backups-external"))
                .andExpect(jsonPath("$.detail").value(containsString("external Neo4j")));
        browsers.request("ada", HttpMethod.DELETE, "/api/admin/backups/hedgerow-2026-12-05T00-30-00.000Z.dump", null)
                .andExpect(status().isConflict());
    }

    @Test
    void onlyAnAdminMaySeeOrTakeBackups() throws Exception {
        for (String user : new String[] {"lee", "fran"}) {
            browsers.request(user, HttpMethod.GET, "/api/admin/backups", null).andExpect(status().isForbidden());
            browsers.request(user, HttpMethod.POST, "/api/admin/backups", null).andExpect(status().isForbidden());
        }
        browsers.request(null, HttpMethod.GET, "/api/admin/backups", null).andExpect(status().isUnauthorized());
    }
}
