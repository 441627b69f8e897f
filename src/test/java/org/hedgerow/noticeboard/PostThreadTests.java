package org.hedgerow.noticeboard;

import org.hedgerow.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A post with its replies, and replying. */
class PostThreadTests extends NoticeboardTest {

    String post;

    @BeforeEach
    void putUpAPost() throws Exception {
        post = published("pat", newPost("OFFER", "Spare places on Tuesday walks", "GROUP", TestAccounts.OWN_GROUP, "walking"));
        events.clear();
    }

    @Test
    void aPostIsReadWithItsRepliesOldestFirst() throws Exception {
        reply("lee", post, "I have two people who would love this").andExpect(status().isCreated());
        reply("quinn", post, "Our choir could walk with you").andExpect(status().isCreated());
        reply("pat", post, "Both welcome").andExpect(status().isCreated());

        read("fran", "/api/posts/" + post).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(post))
                .andExpect(jsonPath("$.title").value("Spare places on Tuesday walks"))
                .andExpect(jsonPath("$.replyCount").value(3))
                .andExpect(jsonPath("$.replies.length()").value(3))
                .andExpect(jsonPath("$.replies[0].text").value("I have two people who would love this"))
                .andExpect(jsonPath("$.replies[0].author.name").value("Lee"))
                .andExpect(jsonPath("$.replies[0].author.role").value("LINK_WORKER"))
                .andExpect(jsonPath("$.replies[0].author.organiserId").value(nullValue()))
                .andExpect(jsonPath("$.replies[1].author.name").value("Quinn"))
                .andExpect(jsonPath("$.replies[1].author.organiserId").value("o-quinn"))
                .andExpect(jsonPath("$.replies[2].text").value("Both welcome"))
                .andExpect(jsonPath("$.replies[2].createdAt").exists());
    }

    @Test
    void anyoneSignedInRepliesAndTheReplyIsAnnouncedAfterCommit() throws Exception {
        var body = reply("lee", post, "  Lovely  ").andExpect(status().isCreated())
                .andExpect(jsonPath("$.text").value("Lovely"))
                .andExpect(jsonPath("$.author.name").value("Lee"))
                .andReturn().getResponse().getContentAsString();
        String replyId = com.jayway.jsonpath.JsonPath.read(body, "$.id");

        assertThat(events.ofType(PostReplied.class)).containsExactly(new PostReplied(post, replyId));
    }

    @Test
    void aClosedPostTakesNoReplies() throws Exception {
        close("pat", post, """
                {"note": "All places taken", "version": 0}""").andExpect(status().isOk());
        events.clear();

        reply("lee", post, "Too late?").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The post is closed: it takes no more replies."));

        assertThat(replies()).isZero();
        assertThat(events.ofType(PostReplied.class)).isEmpty();
    }

    @Test
    void anEmptyReplyIsRefusedNamingTheText() throws Exception {
        reply("lee", post, " ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.text").exists());

        assertThat(replies()).isZero();
    }

    @Test
    void aMissingPostIsNotFound() throws Exception {
        read("pat", "/api/posts/no-such-post").andExpect(status().isNotFound());
        reply("pat", "no-such-post", "Hello?").andExpect(status().isNotFound());

        assertThat(events.ofType(PostReplied.class)).isEmpty();
    }
}
