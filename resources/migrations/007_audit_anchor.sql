-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 7: the audit trail's head, and the one rewrite the append-only tables allow.
--
-- audit_head remembers how many entries Kindred wrote and the newest one's id and hash, updated in the
-- same transaction as each entry (AuditLog::append), so that removing the newest entries (which no
-- later entry links back to) is noticed by AuditLog::verifyChain. Existing files start from the chain
-- as it stands.
--
-- Anonymising a family (Anonymiser) must leave no name of it readable, also in append-only rows. Each
-- append-only table therefore allows exactly one kind of UPDATE: an audit entry's details replaced by
-- the redaction marker (its hash, links and other columns unchanged; AuditLog.h says how the chain
-- stays verifiable), and free text in the rows of a family that is already anonymised. Everything
-- else is still refused by the file itself.

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, entries, last_id, last_hash)
SELECT 1, count(*), coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0')
FROM audit_log;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit trail head is kept');
END;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN NOT (NEW.details = '{"redacted":true}' AND NEW.id = OLD.id AND NEW.at_utc = OLD.at_utc
              AND NEW.actor_staff_id IS OLD.actor_staff_id AND NEW.action = OLD.action
              AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id
              AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

DROP TRIGGER ticket_events_no_update;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
    WHEN NOT (NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id AND NEW.at_utc = OLD.at_utc
              AND NEW.author_staff_id IS OLD.author_staff_id AND NEW.kind = OLD.kind AND NEW.shared = OLD.shared
              AND EXISTS (SELECT 1 FROM tickets t JOIN families f ON f.id = t.family_id
                          WHERE t.id = OLD.ticket_id AND f.anonymised_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'the ticket timeline is append-only');
END;

DROP TRIGGER incident_amendments_no_update;
CREATE TRIGGER incident_amendments_no_update BEFORE UPDATE ON incident_amendments
    WHEN NOT (NEW.id = OLD.id AND NEW.incident_id = OLD.incident_id AND NEW.field = OLD.field
              AND NEW.staff_id IS OLD.staff_id AND NEW.at_utc = OLD.at_utc
              AND EXISTS (SELECT 1 FROM incident_children ic JOIN children c ON c.id = ic.child_id
                          JOIN families f ON f.id = c.family_id
                          WHERE ic.incident_id = OLD.incident_id AND f.anonymised_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'incident amendments are append-only');
END;

DROP TRIGGER medication_log_no_update;
CREATE TRIGGER medication_log_no_update BEFORE UPDATE ON medication_log
    WHEN NOT (NEW.id = OLD.id AND NEW.child_id = OLD.child_id AND NEW.medication_id = OLD.medication_id
              AND NEW.dose = OLD.dose AND NEW.given_at = OLD.given_at AND NEW.staff_id = OLD.staff_id
              AND NEW.consent_checked = OLD.consent_checked AND NEW.recorded_at = OLD.recorded_at
              AND EXISTS (SELECT 1 FROM children c JOIN families f ON f.id = c.family_id
                          WHERE c.id = OLD.child_id AND f.anonymised_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'the medication log is append-only');
END;

DROP TRIGGER attendance_corrections_no_update;
CREATE TRIGGER attendance_corrections_no_update BEFORE UPDATE ON attendance_corrections
    WHEN NOT (NEW.id = OLD.id AND NEW.attendance_id = OLD.attendance_id AND NEW.field = OLD.field
              AND NEW.old_value IS OLD.old_value AND NEW.new_value = OLD.new_value
              AND NEW.corrected_by_staff_id IS OLD.corrected_by_staff_id AND NEW.corrected_at = OLD.corrected_at
              AND EXISTS (SELECT 1 FROM attendance a JOIN families f ON f.id = a.family_id
                          WHERE a.id = OLD.attendance_id AND f.anonymised_at IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;
