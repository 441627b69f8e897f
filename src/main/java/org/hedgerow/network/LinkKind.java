package org.hedgerow.network;

/** The kinds of link the network graph can show; by default all. */
enum LinkKind {
    WITHIN, RUNS, MEETS_AT, KNOWS, PARTNERS, REFERRED
}
