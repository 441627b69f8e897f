// Imports are listed newest first and resumed oldest first, both ordered by when they started. The index also
// gives a store that has never imported a feed the property key, so those queries plan without a warning at
// every start ("startedAt does not exist").
CREATE INDEX feed_import_started IF NOT EXISTS FOR (i:FeedImport) ON (i.startedAt);
