// Feed imports (issue 18): each imported listing remembers its source feed and external id, once.
CREATE CONSTRAINT imported_listing_key IF NOT EXISTS FOR (l:ImportedListing) REQUIRE l.key IS UNIQUE;
CREATE CONSTRAINT feed_import_id IF NOT EXISTS FOR (i:FeedImport) REQUIRE i.id IS UNIQUE;
CREATE INDEX import_record_position IF NOT EXISTS FOR (r:ImportRecord) ON (r.importId, r.seq);
CREATE CONSTRAINT term_mapping_key IF NOT EXISTS FOR (t:TermMapping) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT allowed_feed_host IF NOT EXISTS FOR (h:AllowedFeedHost) REQUIRE h.host IS UNIQUE;
CREATE CONSTRAINT listing_claim_id IF NOT EXISTS FOR (c:ListingClaim) REQUIRE c.id IS UNIQUE;
CREATE INDEX import_record_import IF NOT EXISTS FOR (r:ImportRecord) ON (r.importId);
