-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 9: no side doors out of the centre (issue 13).
--
-- A mistaken check-in or check-out is voided, never deleted and never "corrected" into a release:
--   * a voided check-in keeps its row with voided_at set; every reader leaves it out;
--   * a voided check-out reopens the stay: the record's check-out is cleared and what it said is kept,
--     with who voided it, when, where and why, in attendance_voids (append-only) and in the audit log.
-- The same station may void its own check-in or check-out for a few minutes (attendance/voidMinutes);
-- later only a role holding attendance.void (a director, by default), with a reason. The station that
-- recorded each event is kept on the record so that "the same station" can be checked.

ALTER TABLE attendance ADD COLUMN checkin_station TEXT NOT NULL DEFAULT '';
ALTER TABLE attendance ADD COLUMN checkout_station TEXT NOT NULL DEFAULT '';
-- voided_at: UTC ISO-8601 when a check-in was voided; NULL: the check-in stands.
ALTER TABLE attendance ADD COLUMN voided_at TEXT;

-- One open stay per child, not counting voided check-ins.
DROP INDEX attendance_open_child;
CREATE UNIQUE INDEX attendance_open_child ON attendance(child_id) WHERE checked_out_at IS NULL AND voided_at IS NULL;
DROP INDEX attendance_open_room;
CREATE INDEX attendance_open_room ON attendance(room_id) WHERE checked_out_at IS NULL AND voided_at IS NULL;

-- A void stands: a voided check-in cannot be brought back by an edit.
CREATE TRIGGER attendance_void_stands BEFORE UPDATE OF voided_at ON attendance
WHEN OLD.voided_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a voided check-in stays voided');
END;

CREATE TABLE attendance_voids (
    id INTEGER PRIMARY KEY,
    attendance_id INTEGER NOT NULL REFERENCES attendance(id),
    kind TEXT NOT NULL CHECK (kind IN ('checkin', 'checkout')),
    voided_value TEXT NOT NULL,             -- the voided event as it was recorded (JSON)
    reason TEXT NOT NULL DEFAULT '',
    station TEXT NOT NULL,
    voided_by_staff_id INTEGER REFERENCES staff(id),
    voided_at TEXT NOT NULL
);
CREATE INDEX attendance_voids_attendance ON attendance_voids(attendance_id);
CREATE TRIGGER attendance_voids_no_update BEFORE UPDATE ON attendance_voids
BEGIN
    SELECT RAISE(ABORT, 'voids are append-only');
END;
CREATE TRIGGER attendance_voids_no_delete BEFORE DELETE ON attendance_voids
BEGIN
    SELECT RAISE(ABORT, 'voids are append-only');
END;

-- The desk's view, with the new columns at the end (readers name what they leave out).
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
       a.checkin_station, a.checkout_station, a.voided_at
FROM attendance a
JOIN children c ON c.id = a.child_id
LEFT JOIN rooms r ON r.id = a.room_id
LEFT JOIN people bp ON bp.id = a.brought_by_person_id
LEFT JOIN staff bs ON bs.id = a.brought_by_staff_id
LEFT JOIN staff ds ON ds.id = a.checkin_desk_staff_id
LEFT JOIN people cp ON cp.id = a.collected_by_person_id
LEFT JOIN staff cs ON cs.id = a.collected_by_staff_id
LEFT JOIN staff os ON os.id = a.checkout_desk_staff_id;

INSERT OR IGNORE INTO settings (key, value) VALUES ('attendance/voidMinutes', '5');
-- '1': staff present are those clocked in; '0': those signed in at a desk today.
INSERT OR IGNORE INTO settings (key, value) VALUES ('attendance/usesClockIn', '1');

-- Voiding after the station's few minutes: a director's, by default.
INSERT OR IGNORE INTO role_permissions (role_key, permission)
SELECT 'director', 'attendance.void' WHERE EXISTS (SELECT 1 FROM roles WHERE key = 'director');
