-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 14: the records that decide who may take a child home, and who may do what, are checked
-- like the audit trail.
--
-- One row per protected record (RecordDigest.h says which): a SHA-256 of its content as Kindred last wrote
-- it. Each write through Kindred recomputes it in the same transaction, and the audit entry of that
-- transaction lists it (audit_id names the entry; 0 while the transaction has not written its entry yet),
-- so that an edit of the record, or of its digest, made with the sqlite3 shell no longer matches. The
-- digests of the records already on file are computed by MigrationRunner after this script, in the same
-- transaction (SQL has no SHA-256), and audited as "records.seal" on a file that already held records.
-- code step: the record digests (RecordDigest::migrate, handed in by centre/DataFile).
CREATE TABLE record_digests (
    unit TEXT NOT NULL,
    row_key NOT NULL, -- no type: an integer key stays an integer, so that rows sort as their table's do
    digest TEXT NOT NULL,
    audit_id INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (unit, row_key)
) WITHOUT ROWID;
CREATE INDEX record_digests_audit ON record_digests (audit_id);
