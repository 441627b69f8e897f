package org.hedgerow.noticeboard;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.ResponseStatus;
import java.net.URI;

import jakarta.validation.Valid;
import org.hedgerow.accounts.SignedInUser;
import org.hedgerow.core.PageRequest;
import org.hedgerow.core.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The noticeboard for everyone signed in; nothing here is public. Providers, facilitators and admins post;
 * link workers read and reply (see {@link PostPublishing} for why).
 */
@RestController
@RequestMapping("/api/posts")
@PreAuthorize("isAuthenticated()")
class NoticeboardController {

    private final Noticeboard noticeboard;
    private final PostPublishing publishing;
    private final PostReplies replies;
    private final PostClosing closing;
    private final PostEdits edits;

    NoticeboardController(Noticeboard noticeboard, PostPublishing publishing, PostReplies replies,
                          PostClosing closing, PostEdits edits) {
        this.noticeboard = noticeboard;
        this.publishing = publishing;
        this.replies = replies;
        this.closing = closing;
        this.edits = edits;
    }

    @GetMapping
    Paged<PostView> list(@Valid @ParameterObject PostFilter filter, @Valid @ParameterObject PageRequest page) {
        return noticeboard.page(filter, page);
    }

    @GetMapping("/{id}")
    PostThread get(@PathVariable String id) {
        return noticeboard.thread(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVIDER', 'FACILITATOR', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PostView> publish(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewPost post) {
        var published = publishing.publish(user.accountId(), post);
        return ResponseEntity.created(URI.create("/api/posts/" + published.id())).body(published);
    }

    @PostMapping("/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReplyView> reply(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                                    @Valid @RequestBody NewReply reply) {
        return ResponseEntity.status(HttpStatus.CREATED).body(replies.reply(id, user.accountId(), reply));
    }

    @PostMapping("/{id}/close")
    PostView close(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                   @Valid @RequestBody ClosingNote note) {
        return closing.close(id, user.accountId(), note);
    }

    @PatchMapping("/{id}")
    PostView change(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
                    @Valid @RequestBody PostChanges changes) {
        return edits.change(id, user.accountId(), changes);
    }
}
