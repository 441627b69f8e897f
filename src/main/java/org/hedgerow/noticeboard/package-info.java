/**
 * The noticeboard, the shared space where providers meet: organisers, facilitators and admins post
 * offers, asks and news about a group, activity, venue or locality; everyone signed in reads them,
 * filtered by place, kind and topic, and replies; a post is closed when it has been met.
 * Other features hear of it through {@link org.hedgerow.noticeboard.PostPublished},
 * {@link org.hedgerow.noticeboard.PostReplied} and {@link org.hedgerow.noticeboard.PostClosed}, published
 * after the change commits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Noticeboard")
@org.jspecify.annotations.NullMarked
package org.hedgerow.noticeboard;
