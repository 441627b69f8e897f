package org.hedgerow.noticeboard;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.hedgerow.TestAccounts;
import org.hedgerow.TestGraph;
import org.hedgerow.accounts.NewAccount;
import org.hedgerow.accounts.Role;
import org.hedgerow.core.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Closing a post when it has been met: who may, and the version and state it must be in. */
class PostClosingTests extends NoticeboardTest {

    static final String CLOSE_AT_0 = """
            {"note": "The Strutts Centre kitchen, Thursdays", "version": 0}""";

    String patsPost;
    String quinnsPost;

    @BeforeEach
    void putUpPosts() throws Exception {
        patsPost = published("pat", newPost("ASK", "Need a venue with a kitchen", "LOCALITY", "l-belper", "venues"));
        quinnsPost = published("quinn", newPost("ASK", "Need a pianist", "GROUP", TestAccounts.OTHER_GROUP, "music"));
        events.clear();
    }

    @Test
    void theAuthorClosesTheirPostWithANoteAndItIsAnnouncedAfterCommit() throws Exception {
        close("pat", patsPost, CLOSE_AT_0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedNote").value("The Strutts Centre kitchen, Thursdays"))
                .andExpect(jsonPath("$.closedAt").exists())
                .andExpect(jsonPath("$.version").value(1));

        assertThat(events.ofType(PostClosed.class)).containsExactly(new PostClosed(patsPost));
    }

    @Test
    void anotherAccountOfTheSameOrganiserMayClose() throws Exception {
        provisioning.openDemoAccounts(List.of(
                new NewAccount("pat2", "Pat (phone)", Role.PROVIDER, "o-pat", null, TestAccounts.PASSWORD)),
                TestAccounts.PASSWORD);

        close("pat2", patsPost, CLOSE_AT_0).andExpect(status().isOk());
    }

    @Test
    void aFacilitatorClosesPostsPlacedWithinTheirPlaceOnly() throws Exception {
        close("fran", quinnsPost, CLOSE_AT_0).andExpect(status().isForbidden());
        close("fran", patsPost, CLOSE_AT_0).andExpect(status().isOk());

        assertThat(postStatus(quinnsPost)).isEqualTo("OPEN");
    }

    @Test
    void anAdminClosesAnyPost() throws Exception {
        close("ada", quinnsPost, CLOSE_AT_0).andExpect(status().isOk());
    }

    @Test
    void othersMayNotCloseAPost() throws Exception {
        close("quinn", patsPost, CLOSE_AT_0).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("author")));
        close("lee", patsPost, CLOSE_AT_0).andExpect(status().isForbidden());

        assertThat(postStatus(patsPost)).isEqualTo("OPEN");
        assertThat(events.ofType(PostClosed.class)).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndNothingCloses() throws Exception {
        change("pat", patsPost, """
                {"text": "Ideally on a bus route", "version": 0}""").andExpect(status().isOk());

        close("fran", patsPost, CLOSE_AT_0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("reload")));

        assertThat(postStatus(patsPost)).isEqualTo("OPEN");
        assertThat(events.ofType(PostClosed.class)).isEmpty();
    }

    @Test
    void aClosedPostCannotBeClosedAgain() throws Exception {
        close("pat", patsPost, CLOSE_AT_0).andExpect(status().isOk());
        events.clear();

        close("ada", patsPost, """
                {"note": "again", "version": 1}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The post is closed already."));

        assertThat(closedNote(patsPost)).isEqualTo("The Strutts Centre kitchen, Thursdays");
        assertThat(events.ofType(PostClosed.class)).isEmpty();
    }

    @Test
    void aMissingPostIsNotFoundAndAMissingVersionIsNamed() throws Exception {
        close("ada", "no-such-post", CLOSE_AT_0).andExpect(status().isNotFound());
        close("pat", patsPost, """
                {"note": "%s"}""".formatted("x".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").exists())
                .andExpect(jsonPath("$.errors.note").exists());
    }

    @Autowired PostClosing closing;

    @Test
    void ofTwoClosesRacingFromOneVersionExactlyOneWins() throws Exception {
        String pat = TestAccounts.accountId(neo4j, "pat");
        String ada = TestAccounts.accountId(neo4j, "ada");
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                String post = published("pat", newPost("OFFER", "Round " + round, "LOCALITY", "l-belper", "racing"));
                var ready = new CyclicBarrier(2);
                Callable<Boolean> byPat = () -> attempt(ready, post, pat);
                Callable<Boolean> byAda = () -> attempt(ready, post, ada);
                var one = pool.submit(byPat);
                var other = pool.submit(byAda);
                assertThat(List.of(one.get(), other.get())).as("round " + round).containsExactlyInAnyOrder(true, false);
                assertThat(TestAccounts.version(neo4j, "Post", post)).isEqualTo(1);
            }
        }
        assertThat(events.ofType(PostClosed.class)).hasSize(5);
    }

    private boolean attempt(CyclicBarrier ready, String post, String accountId) throws Exception {
        ready.await();
        try {
            closing.close(post, accountId, new ClosingNote("mine", 0L));
            return true;
        }
        catch (ConflictException lost) {
            return false;
        }
    }

    private String postStatus(String postId) {
        return neo4j.query("MATCH (p:Post {id: $id}) RETURN p.status").bind(postId).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }

    private String closedNote(String postId) {
        return neo4j.query("MATCH (p:Post {id: $id}) RETURN p.closedNote").bind(postId).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }
}
