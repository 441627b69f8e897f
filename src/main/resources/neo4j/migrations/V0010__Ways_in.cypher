// A way in for every activity listed before there were ways in: a drop-in when it has no limit on numbers,
// else book ahead (the same default a new activity gets when it does not say; see activities.WayIn).
MATCH (a:Activity) WHERE a.wayIn IS NULL
SET a.wayIn = CASE WHEN a.capacity IS NULL THEN 'DROP_IN' ELSE 'BOOK_AHEAD' END;
