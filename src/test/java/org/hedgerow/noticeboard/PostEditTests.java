package org.hedgerow.noticeboard;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The author's changes to an open post. */
class PostEditTests extends NoticeboardTest {

    String post;

    @BeforeEach
    void putUpAPost() throws Exception {
        post = published("pat", newPost("OFFER", "Spare places", "GROUP", TestAccounts.OWN_GROUP, "walking"));
    }

    @Test
    void theAuthorChangesTitleTextAndTopicsAndTheVersionMovesOn() throws Exception {
        change("pat", post, """
                {"title": "Spare places on Tuesday walks", "topics": ["walking", "spare-places"], "version": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Spare places on Tuesday walks"))
                .andExpect(jsonPath("$.text").value("Details for Spare places"))
                .andExpect(jsonPath("$.topics").value(contains("walking", "spare-places")))
                .andExpect(jsonPath("$.version").value(1));

        read("lee", "/api/posts?topic=spare-places").andExpect(jsonPath("$.items[0].id").value(post));
    }

    @Test
    void onlyTheAuthorChangesAPost() throws Exception {
        String edit = """
                {"text": "Rewritten", "version": 0}""";
        change("quinn", post, edit).andExpect(status().isForbidden());
        change("fran", post, edit).andExpect(status().isForbidden());
        change("ada", post, edit).andExpect(status().isForbidden());

        assertThat(TestAccounts.version(neo4j, "Post", post)).isZero();
    }

    @Test
    void aStaleOrClosedPostIsAConflict() throws Exception {
        change("pat", post, """
                {"text": "First", "version": 0}""").andExpect(status().isOk());
        change("pat", post, """
                {"text": "Second", "version": 0}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "The post was changed by someone else since version 0; reload it and try again."));
        close("pat", post, """
                {"version": 1}""").andExpect(status().isOk());

        change("pat", post, """
                {"text": "After closing", "version": 2}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The post is closed: it can no longer be changed."));
        read("pat", "/api/posts/" + post).andExpect(jsonPath("$.text").value("First"));
    }

    @Test
    void badChangesAreEachNamed() throws Exception {
        change("pat", post, """
                {"title": "  ", "text": "", "topics": ["OK"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").exists())
                .andExpect(jsonPath("$.errors.text").exists())
                .andExpect(jsonPath("$.errors['topics[0]']").exists())
                .andExpect(jsonPath("$.errors.version").exists());
        change("pat", "no-such-post", """
                {"text": "Ghost", "version": 0}""").andExpect(status().isNotFound());
    }
}
