// Gatherings are found by id (their own pages, a KNOWS edge's gatheringId on the network map); those of a place
// from its localities' relationships, and an organiser's invitations from their groups' INVITED_TO.
CREATE CONSTRAINT gathering_id IF NOT EXISTS FOR (n:Gathering) REQUIRE n.id IS UNIQUE;
