-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 2: attendance — children checked in and out, planned absences, staff clocked in and out,
-- and corrections. Sized for a multi-site operator: ~50 million attendance rows over ten years. The
-- hot questions each have their own index:
--   who is here now (per room)      → partial indexes over open rows only (a few hundred rows, whatever the history)
--   the day's sheet (per day, room) → attendance_day_room
--   a security code at pickup       → attendance_day_code (also makes codes unique per day)
--   a child's history               → attendance_child_day
-- Licensing records are never deleted; a correction keeps the old value, who, when and why.

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    family_id INTEGER NOT NULL REFERENCES families(id),
    room_id INTEGER REFERENCES rooms(id),
    day TEXT NOT NULL,                       -- the centre's calendar day of the check-in, "yyyy-MM-dd"
    security_code TEXT NOT NULL,
    checked_in_at TEXT NOT NULL,             -- UTC ISO-8601
    brought_by_person_id INTEGER REFERENCES people(id),
    brought_by_staff_id INTEGER REFERENCES staff(id),  -- a group arriving with staff (bus run)
    checkin_desk_staff_id INTEGER REFERENCES staff(id),
    checked_out_at TEXT,                     -- NULL while the child is here
    collected_by_person_id INTEGER REFERENCES people(id),
    collected_by_staff_id INTEGER REFERENCES staff(id), -- a group leaving with staff (field trip)
    checkout_desk_staff_id INTEGER REFERENCES staff(id),
    override_reason TEXT NOT NULL DEFAULT '',           -- a director released the child outside the pickup list
    override_by_staff_id INTEGER REFERENCES staff(id),
    late_minutes INTEGER NOT NULL DEFAULT 0 CHECK (late_minutes >= 0),
    group_label TEXT NOT NULL DEFAULT '',
    CHECK (brought_by_person_id IS NOT NULL OR brought_by_staff_id IS NOT NULL)
);
-- One open attendance per child: a double check-in is refused by the file itself.
CREATE UNIQUE INDEX attendance_open_child ON attendance(child_id) WHERE checked_out_at IS NULL;
CREATE INDEX attendance_open_room ON attendance(room_id) WHERE checked_out_at IS NULL;
CREATE UNIQUE INDEX attendance_day_code ON attendance(day, security_code);
CREATE INDEX attendance_day_room ON attendance(day, room_id);
CREATE INDEX attendance_child_day ON attendance(child_id, day);

CREATE TRIGGER attendance_no_delete BEFORE DELETE ON attendance
BEGIN
    SELECT RAISE(ABORT, 'attendance records are never deleted; correct them instead');
END;

-- A changed time keeps its old value: one row per correction, newest last.
CREATE TABLE attendance_corrections (
    id INTEGER PRIMARY KEY,
    attendance_id INTEGER NOT NULL REFERENCES attendance(id),
    field TEXT NOT NULL CHECK (field IN ('checked_in_at', 'checked_out_at')),
    old_value TEXT,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    corrected_by_staff_id INTEGER REFERENCES staff(id),
    corrected_at TEXT NOT NULL
);
CREATE INDEX attendance_corrections_attendance ON attendance_corrections(attendance_id);
CREATE TRIGGER attendance_corrections_no_update BEFORE UPDATE ON attendance_corrections
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;
CREATE TRIGGER attendance_corrections_no_delete BEFORE DELETE ON attendance_corrections
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;

-- Attendance with the names the desk and the sheets show. SQLite flattens the view into each query, so
-- the indexes above still serve it.
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
       coalesce(os.first_name || ' ' || os.last_name, '') AS checkout_desk_name
FROM attendance a
JOIN children c ON c.id = a.child_id
LEFT JOIN rooms r ON r.id = a.room_id
LEFT JOIN people bp ON bp.id = a.brought_by_person_id
LEFT JOIN staff bs ON bs.id = a.brought_by_staff_id
LEFT JOIN staff ds ON ds.id = a.checkin_desk_staff_id
LEFT JOIN people cp ON cp.id = a.collected_by_person_id
LEFT JOIN staff cs ON cs.id = a.collected_by_staff_id
LEFT JOIN staff os ON os.id = a.checkout_desk_staff_id;

-- "Sick today", "on holiday": recorded instead of a check-in.
CREATE TABLE absences (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    day TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by_staff_id INTEGER REFERENCES staff(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (child_id, day)
);

-- Staff clocked in at the desk, per room; ratios count them.
CREATE TABLE staff_shifts (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    room_id INTEGER REFERENCES rooms(id),
    day TEXT NOT NULL,
    clocked_in_at TEXT NOT NULL,
    clocked_out_at TEXT,
    recorded_by_staff_id INTEGER REFERENCES staff(id)
);
CREATE UNIQUE INDEX staff_shifts_open ON staff_shifts(staff_id) WHERE clocked_out_at IS NULL;
CREATE INDEX staff_shifts_day ON staff_shifts(day, room_id);
