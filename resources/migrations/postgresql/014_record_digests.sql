-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 14 on PostgreSQL 15: digests of the records that decide who may take a child home, and who
-- may do what (../014_record_digests.sql says why; 001 the choices). SQL has no SHA-256 here either
-- (pgcrypto is not assumed): the runner runs RecordDigest::migrate after this script, in the same
-- transaction.
--
-- row_key: SQLite declares no type, so an integer key (a child's id) stays an integer and sorts as one,
-- and a role's key stays text. A PostgreSQL column has one type: TEXT, holding the integer in decimal.
-- `ORDER BY row_key` then sorts "10" before "9": the readers (RecordDigest.cpp) must order integer keys
-- in C++ (or by unit, then length(row_key), row_key for unsigned integers), and bind the key as text.
-- code step: the record digests (RecordDigest::migrate, handed in by centre/DataFile).
CREATE TABLE record_digests (
    unit TEXT NOT NULL,
    row_key TEXT NOT NULL,
    digest TEXT NOT NULL,
    audit_id BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (unit, row_key)
);
CREATE INDEX record_digests_audit ON record_digests (audit_id);
