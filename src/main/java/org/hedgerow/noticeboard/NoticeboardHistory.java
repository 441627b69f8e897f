package org.hedgerow.noticeboard;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and replies that happened before now, e.g. in a demo network's year: written through the very statements
 * the API uses (who may post, where a post is placed), dated when they happened and announced to no one. A refusal
 * throws as the API would refuse.
 */
@Component
public class NoticeboardHistory {

    private final PostPublishing publishing;
    private final PostReplies replies;

    NoticeboardHistory(PostPublishing publishing, PostReplies replies) {
        this.publishing = publishing;
        this.replies = replies;
    }

    /** Puts the post up {@code at}, as the account; returns its id. */
    @Transactional
    public String post(String accountId, NewPost post, Instant at) {
        String id = UUID.randomUUID().toString();
        publishing.publish(id, accountId, post, at);
        return id;
    }

    /** Replies to post {@code postId} {@code at}, as the account. */
    @Transactional
    public void reply(String postId, String accountId, NewReply reply, Instant at) {
        replies.reply(UUID.randomUUID().toString(), postId, accountId, reply, at);
    }
}
