// The key that signs links in mails when the site sets none: one per graph, shared by every instance.
CREATE CONSTRAINT mail_signing_key IF NOT EXISTS FOR (k:MailSigningKey) REQUIRE k.name IS UNIQUE;
