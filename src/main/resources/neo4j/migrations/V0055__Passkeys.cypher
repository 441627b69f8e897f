// Passkeys (WebAuthn): (:Account)-[:PASSKEY_USER]->(:PasskeyUser {handle})-[:HOLDS]->(:Passkey {credentialId}),
// looked up by the user handle and the credential id an authenticator sends; one requirement node per role
// that must confirm sign-in with a passkey.
CREATE CONSTRAINT passkey_user_handle IF NOT EXISTS FOR (n:PasskeyUser) REQUIRE n.handle IS UNIQUE;
CREATE CONSTRAINT passkey_credential_id IF NOT EXISTS FOR (n:Passkey) REQUIRE n.credentialId IS UNIQUE;
CREATE CONSTRAINT passkey_requirement_role IF NOT EXISTS FOR (n:PasskeyRequirement) REQUIRE n.role IS UNIQUE;
