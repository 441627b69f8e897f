// Referrals, the people they are for, and each change of status, found by id.
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (n:Referral) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT participant_id IF NOT EXISTS FOR (n:Participant) REQUIRE n.id IS UNIQUE;

// Inboxes and outboxes: by status, newest first, over a period.
CREATE RANGE INDEX referral_status IF NOT EXISTS FOR (n:Referral) ON (n.status);
CREATE RANGE INDEX referral_created_at IF NOT EXISTS FOR (n:Referral) ON (n.createdAt);
