-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 7 on PostgreSQL 15: the audit trail's head, and the one rewrite the append-only tables
-- allow (../007_audit_anchor.sql says why; 001 the choices).
--
-- SQLite's `WHEN NOT (…)` becomes the trigger's WHEN where it has no subquery, and the function body
-- where it has one (a trigger's WHEN cannot hold a subquery here). As in SQLite, a condition that is
-- NULL lets the row through (IF NOT NULL does not raise). `a IS b` is IS NOT DISTINCT FROM.

CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    entries BIGINT NOT NULL,
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, entries, last_id, last_hash)
SELECT 1, count(*), coalesce(max(id), 0), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0')
FROM audit_log;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION kindred_refuse('the audit trail head is kept');
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_refuse('the audit trail head is kept');

DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW
    WHEN (NOT (NEW.details = '{"redacted":true}' AND NEW.id = OLD.id AND NEW.at_utc = OLD.at_utc
               AND NEW.actor_staff_id IS NOT DISTINCT FROM OLD.actor_staff_id AND NEW.action = OLD.action
               AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
               AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash))
    EXECUTE FUNCTION kindred_refuse('the audit log is append-only');

CREATE FUNCTION kindred_ticket_events_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id AND NEW.at_utc = OLD.at_utc
            AND NEW.author_staff_id IS NOT DISTINCT FROM OLD.author_staff_id AND NEW.kind = OLD.kind
            AND NEW.shared = OLD.shared
            AND EXISTS (SELECT 1 FROM tickets t JOIN families f ON f.id = t.family_id
                        WHERE t.id = OLD.ticket_id AND f.anonymised_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'the ticket timeline is append-only';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER ticket_events_no_update ON ticket_events;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION kindred_ticket_events_no_update();

CREATE FUNCTION kindred_incident_amendments_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (NEW.id = OLD.id AND NEW.incident_id = OLD.incident_id AND NEW.field = OLD.field
            AND NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id AND NEW.at_utc = OLD.at_utc
            AND EXISTS (SELECT 1 FROM incident_children ic JOIN children c ON c.id = ic.child_id
                        JOIN families f ON f.id = c.family_id
                        WHERE ic.incident_id = OLD.incident_id AND f.anonymised_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'incident amendments are append-only';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER incident_amendments_no_update ON incident_amendments;
CREATE TRIGGER incident_amendments_no_update BEFORE UPDATE ON incident_amendments
    FOR EACH ROW EXECUTE FUNCTION kindred_incident_amendments_no_update();

CREATE FUNCTION kindred_medication_log_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (NEW.id = OLD.id AND NEW.child_id = OLD.child_id AND NEW.medication_id = OLD.medication_id
            AND NEW.dose = OLD.dose AND NEW.given_at = OLD.given_at AND NEW.staff_id = OLD.staff_id
            AND NEW.consent_checked = OLD.consent_checked AND NEW.recorded_at = OLD.recorded_at
            AND EXISTS (SELECT 1 FROM children c JOIN families f ON f.id = c.family_id
                        WHERE c.id = OLD.child_id AND f.anonymised_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'the medication log is append-only';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER medication_log_no_update ON medication_log;
CREATE TRIGGER medication_log_no_update BEFORE UPDATE ON medication_log
    FOR EACH ROW EXECUTE FUNCTION kindred_medication_log_no_update();

CREATE FUNCTION kindred_attendance_corrections_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT (NEW.id = OLD.id AND NEW.attendance_id = OLD.attendance_id AND NEW.field = OLD.field
            AND NEW.old_value IS NOT DISTINCT FROM OLD.old_value AND NEW.new_value = OLD.new_value
            AND NEW.corrected_by_staff_id IS NOT DISTINCT FROM OLD.corrected_by_staff_id
            AND NEW.corrected_at = OLD.corrected_at
            AND EXISTS (SELECT 1 FROM attendance a JOIN families f ON f.id = a.family_id
                        WHERE a.id = OLD.attendance_id AND f.anonymised_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'corrections are append-only';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER attendance_corrections_no_update ON attendance_corrections;
CREATE TRIGGER attendance_corrections_no_update BEFORE UPDATE ON attendance_corrections
    FOR EACH ROW EXECUTE FUNCTION kindred_attendance_corrections_no_update();
