// Introductions between organisers are found by id; open requests between a pair are found from the
// organisers' own relationships, so no further index is needed for them.
CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (n:Introduction) REQUIRE n.id IS UNIQUE;
