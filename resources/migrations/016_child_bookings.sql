-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 16 (issue 15, point 2): bookings. A child is booked on some days of the week, with a usual
-- arrival and departure time, from a first day to a last day (open-ended when NULL); a child may have
-- several periods one after the other ("Mon, Wed, Fri until June, then Monday to Friday"). The desk
-- counts a child as expected on a booked day unless an absence is recorded for it
-- (attendance/BookingPolicy), and late when not here a few minutes after the booked arrival.
--
-- Bookings are part of the family record: saved with it (FamilyService::save), audited in its entry,
-- and they raise the family's version like every other sub-row of a child (schema 15's triggers).

CREATE TABLE child_bookings (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    weekdays INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127), -- bit 0 Monday … bit 6 Sunday
    arrival TEXT NOT NULL,                    -- the centre's local time, "HH:mm"
    departure TEXT NOT NULL,                  -- "HH:mm", after the arrival
    starts_on TEXT NOT NULL,                  -- the first booked day, "yyyy-MM-dd"
    ends_on TEXT,                             -- the last booked day; NULL: until further notice
    CHECK (departure > arrival),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX child_bookings_child ON child_bookings(child_id);

CREATE TRIGGER child_bookings_insert_families_version AFTER INSERT ON child_bookings
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = NEW.child_id);
END;
CREATE TRIGGER child_bookings_update_families_version AFTER UPDATE ON child_bookings
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN ((SELECT family_id FROM children WHERE id = OLD.child_id), (SELECT family_id FROM children WHERE id = NEW.child_id));
END;
CREATE TRIGGER child_bookings_delete_families_version AFTER DELETE ON child_bookings
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = OLD.child_id);
END;

-- Today's absences, for the desk's figures (the unique (child_id, day) index serves one child only).
CREATE INDEX absences_day ON absences(day);

-- Minutes after the booked arrival from which a child not yet here counts as late.
INSERT OR IGNORE INTO settings (key, value) VALUES ('attendance/lateMinutes', '15');
