// The noticeboard: posts and replies found by id; boards listed newest first, open posts by default.
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reply_id IF NOT EXISTS FOR (n:Reply) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX post_created_at IF NOT EXISTS FOR (n:Post) ON (n.createdAt);
CREATE RANGE INDEX post_status_created_at IF NOT EXISTS FOR (n:Post) ON (n.status, n.createdAt);
