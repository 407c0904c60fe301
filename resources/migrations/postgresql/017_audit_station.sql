-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 17 on PostgreSQL 15: the station of each audit entry (../017_audit_station.sql says why).
-- Which database role may write what (the stations' role may insert into the trail but not rewrite it) is
-- not a migration: ServerGrants applies it after every upgrade, to the tables as they then are.

ALTER TABLE audit_log ADD COLUMN station TEXT;

DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW
    WHEN (NOT (NEW.details = '{"redacted":true}' AND NEW.id = OLD.id AND NEW.at_utc = OLD.at_utc
               AND NEW.actor_staff_id IS NOT DISTINCT FROM OLD.actor_staff_id AND NEW.action = OLD.action
               AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
               AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
               AND NEW.station IS NOT DISTINCT FROM OLD.station))
    EXECUTE FUNCTION kindred_refuse('the audit log is append-only');
