-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 6 on PostgreSQL 15: one PIN signs in (../006_pin_lookup.sql says why and how; 001 the
-- choices).
--
-- The key: SQLite draws randomblob(32). PostgreSQL 15 has no random-bytes function without the pgcrypto
-- extension; gen_random_uuid() (built in since 13) draws from the same strong generator as pgcrypto
-- (pg_strong_random, OpenSSL), so two of them give 32 bytes of which 244 bits are random (each UUID
-- fixes 6 version and variant bits): more than enough for a BLAKE2b key.

CREATE TABLE pin_lookup_key (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    key BYTEA NOT NULL CHECK (octet_length(key) = 32)
);
INSERT INTO pin_lookup_key (id, key)
VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

ALTER TABLE staff_credentials ADD COLUMN pin_digest TEXT;
CREATE UNIQUE INDEX staff_credentials_pin_digest ON staff_credentials (pin_digest);

-- Wrong PINs that matched no account, for the whole desk (SignInService::delaySecondsAfter).
CREATE TABLE desk_pin_attempts (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    failed_attempts BIGINT NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT                        -- UTC ISO-8601; PIN sign-in refused until then
);
INSERT INTO desk_pin_attempts (id, failed_attempts) VALUES (1, 0);
