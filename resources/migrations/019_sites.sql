-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 19 (issue 16, point 8): several centres on one server. A chain's centres are its sites; a
-- single centre is one site. Each station serves one site (set per computer, centre/StationSite) and its desk,
-- board and roll call show that site only.
--
-- What belongs to a site: its rooms; each child's enrolment (a family may have children at two sites); each
-- attendance record, staff shift, ticket and incident (where it happened, kept as it was even when the child
-- later moves). Families and their adults belong to no site.
--
-- Every row already on file belongs to site 1, named after the centre. Sites are never deleted (archived
-- instead), so a site_id never points at nothing. SQLite cannot add a column with REFERENCES and a
-- default other than NULL while foreign keys are on: here core checks the site of what it writes
-- (SiteService::requireActive); the server's schema has the foreign keys.

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    archived_at TEXT
);
CREATE UNIQUE INDEX sites_active_name ON sites(name COLLATE NOCASE) WHERE archived_at IS NULL;
CREATE TRIGGER sites_no_delete BEFORE DELETE ON sites
BEGIN
    SELECT RAISE(ABORT, 'sites are never deleted; archive them instead');
END;

INSERT INTO sites (id, name)
VALUES (1, coalesce((SELECT trim(value) FROM settings WHERE key = 'centre/name' AND length(trim(value)) > 0),
                    'Main site'));

ALTER TABLE rooms ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE children ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attendance ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE staff_shifts ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tickets ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1;

-- Two sites may each have their "Owls".
DROP INDEX rooms_active_name;
CREATE UNIQUE INDEX rooms_active_name ON rooms(site_id, name COLLATE NOCASE) WHERE archived_at IS NULL;

-- The desk, board and roll call of one site: who is here now, who is on shift now.
CREATE INDEX attendance_open_site ON attendance(site_id) WHERE checked_out_at IS NULL;
CREATE INDEX staff_shifts_open_site ON staff_shifts(site_id) WHERE clocked_out_at IS NULL;
CREATE INDEX children_site ON children(site_id) WHERE archived_at IS NULL;

-- The desk's view, with the site at the end (readers name what they leave out).
DROP VIEW attendance_named;
CREATE VIEW attendance_named AS
SELECT a.id, a.child_id, a.family_id, a.room_id, a.day, a.security_code, a.checked_in_at,
       a.brought_by_person_id, a.brought_by_staff_id, a.checkin_desk_staff_id, a.checked_out_at,
       a.collected_by_person_id, a.collected_by_staff_id, a.checkout_desk_staff_id, a.override_reason,
       a.override_by_staff_id, a.late_minutes, a.group_label,
       (SELECT count(*) FROM attendance_corrections k WHERE k.attendance_id = a.id) AS corrections,
       c.first_name || ' ' || c.last_name AS child_name,
       coalesce(r.name, '') AS room_name,
       coalesce(bp.first_name || ' ' || bp.last_name, bs.first_name || ' ' || bs.last_name, '') AS brought_by_name,
       coalesce(ds.first_name || ' ' || ds.last_name, '') AS checkin_desk_name,
       coalesce(cp.first_name || ' ' || cp.last_name, cs.first_name || ' ' || cs.last_name, '') AS collected_by_name,
       coalesce(os.first_name || ' ' || os.last_name, '') AS checkout_desk_name,
       a.checkin_station, a.checkout_station, a.voided_at, a.site_id
FROM attendance a
JOIN children c ON c.id = a.child_id
LEFT JOIN rooms r ON r.id = a.room_id
LEFT JOIN people bp ON bp.id = a.brought_by_person_id
LEFT JOIN staff bs ON bs.id = a.brought_by_staff_id
LEFT JOIN staff ds ON ds.id = a.checkin_desk_staff_id
LEFT JOIN people cp ON cp.id = a.collected_by_person_id
LEFT JOIN staff cs ON cs.id = a.collected_by_staff_id
LEFT JOIN staff os ON os.id = a.checkout_desk_staff_id;

-- Seeing and reporting on every site, not only this computer's: the built-in director and administrator
-- (a centre's own roles get it from an administrator). Their digests are sealed again by SitesMigration.
INSERT OR IGNORE INTO role_permissions (role_key, permission)
SELECT key, 'sites.viewall' FROM roles WHERE key IN ('director', 'administrator');
