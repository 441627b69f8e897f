package org.hedgerow.noticeboard;

/** What a post is: something on offer (spare places), something asked for (a venue), or news. */
public enum PostKind {
    OFFER, ASK, NEWS
}
