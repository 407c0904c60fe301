-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 17 (issue 16, point 6): every audit entry names the station it came from. On a centre server
-- several computers write one trail; "who" (actor_staff_id) is not enough to tell the front desk from the
-- office PC. The station is Station::current(), "frontdesk#3f2a…": the computer's host name and that
-- running Kindred's own instance, as attendance rows already keep it.
--
-- Entries written before schema 17 have no station (NULL). The station is part of an entry's hash when it
-- has one (AuditHash::of: a NULL station hashes as before), so the older entries still verify and a
-- station changed afterwards breaks the chain at that entry. The one update the trail allows (a redaction)
-- must leave it as it was.

ALTER TABLE audit_log ADD COLUMN station TEXT;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN NOT (NEW.details = '{"redacted":true}' AND NEW.id = OLD.id AND NEW.at_utc = OLD.at_utc
              AND NEW.actor_staff_id IS OLD.actor_staff_id AND NEW.action = OLD.action
              AND NEW.entity = OLD.entity AND NEW.entity_id IS OLD.entity_id
              AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash AND NEW.station IS OLD.station)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
