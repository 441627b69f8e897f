// One change (cancelled, or moved in place or time) per activity and date; its id is the activity's id and the date.
CREATE CONSTRAINT session_change_id IF NOT EXISTS FOR (n:SessionChange) REQUIRE n.id IS UNIQUE;
