// Notifications: the outbox in the graph. A Notification is one thing told to one account (in the app, and by mail
// as the person chose); a Mail is one message to send (one notification at once, or a day's digest of several),
// found by the sender through its status and when it is next due.
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE INDEX notification_account IF NOT EXISTS FOR (n:Notification) ON (n.accountId, n.createdAt);
CREATE INDEX notification_mail IF NOT EXISTS FOR (n:Notification) ON (n.mail);
CREATE INDEX notification_activity IF NOT EXISTS FOR (n:Notification) ON (n.activityId);
CREATE CONSTRAINT mail_id IF NOT EXISTS FOR (m:Mail) REQUIRE m.id IS UNIQUE;
CREATE INDEX mail_due IF NOT EXISTS FOR (m:Mail) ON (m.status, m.nextAttemptAt);
CREATE CONSTRAINT notification_preference IF NOT EXISTS FOR (p:NotificationPreference) REQUIRE (p.accountId, p.kind) IS UNIQUE;
CREATE CONSTRAINT mailbox_account IF NOT EXISTS FOR (b:Mailbox) REQUIRE b.accountId IS UNIQUE;
