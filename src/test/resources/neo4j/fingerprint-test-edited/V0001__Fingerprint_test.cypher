CREATE CONSTRAINT fingerprint_test IF NOT EXISTS FOR (n:FingerprintTest) REQUIRE n.code IS UNIQUE;
