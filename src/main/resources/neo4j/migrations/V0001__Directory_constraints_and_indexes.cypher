// Every node kind of the directory and primary care is found by its id (or code).
CREATE CONSTRAINT locality_id IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_code IF NOT EXISTS FOR (n:Locality) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT venue_id IF NOT EXISTS FOR (n:Venue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organiser_id IF NOT EXISTS FOR (n:Organiser) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT category_code IF NOT EXISTS FOR (n:Category) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT need_code IF NOT EXISTS FOR (n:Need) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT practice_ods_code IF NOT EXISTS FOR (n:Practice) REQUIRE n.odsCode IS UNIQUE;
CREATE CONSTRAINT pcn_id IF NOT EXISTS FOR (n:Pcn) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pcn_ods_code IF NOT EXISTS FOR (n:Pcn) REQUIRE n.odsCode IS UNIQUE;
CREATE CONSTRAINT link_worker_id IF NOT EXISTS FOR (n:LinkWorker) REQUIRE n.id IS UNIQUE;

// Search: free text over what activities and groups say about themselves.
CREATE FULLTEXT INDEX activity_text IF NOT EXISTS FOR (n:Activity) ON EACH [n.name, n.description];
CREATE FULLTEXT INDEX group_text IF NOT EXISTS FOR (n:Group) ON EACH [n.name, n.description];

// Search near a place, and localities by their centre.
CREATE POINT INDEX venue_location IF NOT EXISTS FOR (n:Venue) ON (n.location);
CREATE POINT INDEX locality_centre IF NOT EXISTS FOR (n:Locality) ON (n.centre);

// Lookups: listings by status and freshness (stale listings), venues by postcode, localities by kind.
CREATE RANGE INDEX activity_status IF NOT EXISTS FOR (n:Activity) ON (n.status);
CREATE RANGE INDEX activity_updated_at IF NOT EXISTS FOR (n:Activity) ON (n.updatedAt);
CREATE RANGE INDEX group_status IF NOT EXISTS FOR (n:Group) ON (n.status);
CREATE RANGE INDEX venue_postcode IF NOT EXISTS FOR (n:Venue) ON (n.postcode);
CREATE RANGE INDEX locality_kind IF NOT EXISTS FOR (n:Locality) ON (n.kind);
