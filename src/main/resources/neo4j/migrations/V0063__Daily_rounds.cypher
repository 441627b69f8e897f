// One daily round of reminders and digests a day, whichever instance's clock strikes first (issue 22's several
// instances each schedule it): the day's node is merged under this constraint, so a second instance finds it.
CREATE CONSTRAINT daily_round_day IF NOT EXISTS FOR (r:DailyRound) REQUIRE r.day IS UNIQUE;
