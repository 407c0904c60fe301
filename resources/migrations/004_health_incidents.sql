-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 4: incidents, children's health records, and emergency drills.
-- Incidents, amendments, medication doses and drill records are licensing records: never deleted;
-- a signed-off incident changes only through an amendment row (who, when, why, old and new value).

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL
        CHECK (kind IN ('injury', 'illness', 'behaviour', 'medication', 'property', 'near_miss', 'other')),
    occurred_at TEXT NOT NULL,
    location TEXT NOT NULL CHECK (length(trim(location)) > 0),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    action_taken TEXT NOT NULL DEFAULT '',
    body_area TEXT NOT NULL DEFAULT '',
    parent_notified_name TEXT NOT NULL DEFAULT '',
    parent_notified_at TEXT,
    parent_notified_how TEXT NOT NULL DEFAULT '',
    parent_notified_by_staff_id INTEGER REFERENCES staff(id),
    follow_up_needed INTEGER NOT NULL DEFAULT 0,
    follow_up TEXT NOT NULL DEFAULT '',
    reportable INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed_off')),
    reported_by_staff_id INTEGER REFERENCES staff(id),
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    signed_off_by_staff_id INTEGER REFERENCES staff(id),
    signed_off_at TEXT,
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    acknowledged_how TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incidents_occurred ON incidents(occurred_at);
CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
BEGIN
    SELECT RAISE(ABORT, 'incidents are licensing records and are never deleted');
END;
CREATE TRIGGER incidents_signed_off_stays BEFORE UPDATE OF status ON incidents
    WHEN OLD.status = 'signed_off' AND NEW.status <> 'signed_off'
BEGIN
    SELECT RAISE(ABORT, 'a signed-off incident stays signed off');
END;

CREATE TABLE incident_children (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    PRIMARY KEY (incident_id, child_id)
) WITHOUT ROWID;
CREATE INDEX incident_children_child ON incident_children(child_id);

CREATE TABLE incident_staff (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (incident_id, staff_id)
) WITHOUT ROWID;

CREATE TABLE incident_witnesses (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (incident_id, position)
);

-- The only way a signed-off incident changes. Append-only.
CREATE TABLE incident_amendments (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    staff_id INTEGER REFERENCES staff(id),
    at_utc TEXT NOT NULL
);
CREATE INDEX incident_amendments_incident ON incident_amendments(incident_id);
CREATE TRIGGER incident_amendments_no_update BEFORE UPDATE ON incident_amendments
BEGIN
    SELECT RAISE(ABORT, 'incident amendments are append-only');
END;
CREATE TRIGGER incident_amendments_no_delete BEFORE DELETE ON incident_amendments
BEGIN
    SELECT RAISE(ABORT, 'incident amendments are append-only');
END;

-- Health record. Allergies, medical notes and emergency contacts are in schema 1.
CREATE TABLE medical_conditions (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    care_plan TEXT NOT NULL DEFAULT '',
    archived_at TEXT
);
CREATE INDEX medical_conditions_child ON medical_conditions(child_id);

CREATE TABLE medications (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    dose TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL DEFAULT '',
    consent_on_file INTEGER NOT NULL DEFAULT 0,
    expires_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    archived_at TEXT
);
CREATE INDEX medications_child ON medications(child_id);

CREATE TABLE dietary_needs (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    need TEXT NOT NULL CHECK (length(trim(need)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    archived_at TEXT
);
CREATE INDEX dietary_needs_child ON dietary_needs(child_id);

CREATE TABLE child_doctors (
    child_id INTEGER PRIMARY KEY REFERENCES children(id),
    name TEXT NOT NULL DEFAULT '',
    practice TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);

-- The centre's immunisation schedule: editable, seeded with the Australian National Immunisation
-- Program for the first five years.
CREATE TABLE immunisation_schedule (
    id INTEGER PRIMARY KEY,
    vaccine TEXT NOT NULL CHECK (length(trim(vaccine)) > 0),
    dose_number INTEGER NOT NULL CHECK (dose_number > 0),
    due_age_months INTEGER NOT NULL CHECK (due_age_months >= 0),
    UNIQUE (vaccine, dose_number)
);
INSERT INTO immunisation_schedule (vaccine, dose_number, due_age_months) VALUES
    ('Hepatitis B', 1, 0),
    ('DTPa-hepB-IPV-Hib', 1, 2),
    ('Pneumococcal', 1, 2),
    ('Rotavirus', 1, 2),
    ('DTPa-hepB-IPV-Hib', 2, 4),
    ('Pneumococcal', 2, 4),
    ('Rotavirus', 2, 4),
    ('DTPa-hepB-IPV-Hib', 3, 6),
    ('Meningococcal ACWY', 1, 12),
    ('MMR', 1, 12),
    ('Pneumococcal', 3, 12),
    ('Meningococcal B', 1, 12),
    ('Hib', 4, 18),
    ('MMRV', 2, 18),
    ('DTPa', 4, 18),
    ('DTPa-IPV', 5, 48);

CREATE TABLE immunisations (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    vaccine TEXT NOT NULL CHECK (length(trim(vaccine)) > 0),
    dose_number INTEGER NOT NULL CHECK (dose_number > 0),
    given_on TEXT NOT NULL,
    recorded_by_staff_id INTEGER REFERENCES staff(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (child_id, vaccine, dose_number)
);

-- Every dose given at the centre. Append-only; consent was checked when it was written.
CREATE TABLE medication_log (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    medication_id INTEGER NOT NULL REFERENCES medications(id),
    dose TEXT NOT NULL CHECK (length(trim(dose)) > 0),
    given_at TEXT NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    consent_checked INTEGER NOT NULL CHECK (consent_checked = 1),
    notes TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX medication_log_child ON medication_log(child_id, given_at);
CREATE TRIGGER medication_log_no_update BEFORE UPDATE ON medication_log
BEGIN
    SELECT RAISE(ABORT, 'the medication log is append-only');
END;
CREATE TRIGGER medication_log_no_delete BEFORE DELETE ON medication_log
BEGIN
    SELECT RAISE(ABORT, 'the medication log is append-only');
END;

-- Emergency drills, evacuations and lockdowns: who was on the premises and when each was accounted for.
CREATE TABLE drills (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('drill', 'evacuation', 'lockdown')),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    started_by_staff_id INTEGER REFERENCES staff(id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX drills_started ON drills(started_at);
CREATE TRIGGER drills_no_delete BEFORE DELETE ON drills
BEGIN
    SELECT RAISE(ABORT, 'drill records are kept');
END;

CREATE TABLE drill_entries (
    id INTEGER PRIMARY KEY,
    drill_id INTEGER NOT NULL REFERENCES drills(id),
    person_kind TEXT NOT NULL CHECK (person_kind IN ('child', 'staff')),
    person_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    room_name TEXT NOT NULL DEFAULT '',
    accounted_at TEXT,
    UNIQUE (drill_id, person_kind, person_id)
);
