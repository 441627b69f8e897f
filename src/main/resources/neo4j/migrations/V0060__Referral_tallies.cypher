// The gap map's demand is read from tallies of each referrer's referrals per month and need (or category of the
// activity referred to), kept by the referral module as it writes referrals (ReferralTallies); one tally per maker,
// axis, code and month, found by its key when a referral is counted.
CREATE CONSTRAINT referral_tally_key IF NOT EXISTS FOR (n:ReferralTally) REQUIRE n.key IS UNIQUE;
