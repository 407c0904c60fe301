-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 6: one PIN signs in (PINs unique per centre, found without trying every hash).
--
-- Beside each Argon2id PIN hash sits a keyed BLAKE2b digest of the PIN (libsodium crypto_generichash,
-- hex). The digest is only an index: sign-in looks the account up by it, then checks that account's
-- Argon2id hash, which stays the proof. The key is random, one per data file (SQLite's randomblob,
-- drawn from its generator seeded by the operating system), so digests cannot be compared across
-- files or looked up in precomputed tables. It lives in the same file, so whoever copies the file can
-- try every PIN against the digests quickly: the file itself must stay protected (as it must for the
-- children's records it holds).
--
-- PINs set before this version have no digest (the PIN is unknown here). Such a person signs in by
-- name with their PIN once; Kindred then fills in the digest (SignInService). Nobody is locked out.

CREATE TABLE pin_lookup_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL CHECK (length(key) = 32)
);
INSERT INTO pin_lookup_key (id, key) VALUES (1, randomblob(32));

ALTER TABLE staff_credentials ADD COLUMN pin_digest TEXT;
CREATE UNIQUE INDEX staff_credentials_pin_digest ON staff_credentials (pin_digest);

-- Wrong PINs that matched no account, for the whole desk (the same growing wait as an account's:
-- SignInService::delaySecondsAfter), kept here so that restarting Kindred does not reset it.
CREATE TABLE desk_pin_attempts (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT                        -- UTC ISO-8601; PIN sign-in refused until then
);
INSERT INTO desk_pin_attempts (id, failed_attempts) VALUES (1, 0);
