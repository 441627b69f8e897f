// Personal data kept only as long as needed. A subject access request or an erasure finds a person by their
// pseudonymous reference; a new referral is checked against references whose consent was withdrawn (kept only as a
// digest); the retention job walks participants by id (the existing participant_id constraint), so needs no index.
CREATE RANGE INDEX participant_reference IF NOT EXISTS FOR (n:Participant) ON (n.reference);
CREATE RANGE INDEX participant_reference_hash IF NOT EXISTS FOR (n:Participant) ON (n.referenceHash);
// A subject access export lists every audit line about the person's participant records and referrals.
CREATE RANGE INDEX audit_event_subject IF NOT EXISTS FOR (n:AuditEvent) ON (n.subjectId);
