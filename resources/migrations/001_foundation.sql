-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 1: the centre, its rooms and staff, and the families it serves.
-- Instants are UTC ISO-8601 text ("2026-11-23T08:05:00.000Z"); calendar dates are "yyyy-MM-dd".
-- Records are archived (archived_at set), never deleted.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    image BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    min_age_months INTEGER NOT NULL CHECK (min_age_months >= 0),
    max_age_months INTEGER NOT NULL CHECK (max_age_months >= min_age_months),
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    children_per_staff INTEGER NOT NULL CHECK (children_per_staff > 0),
    archived_at TEXT
);
CREATE UNIQUE INDEX rooms_active_name ON rooms(name COLLATE NOCASE) WHERE archived_at IS NULL;

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    room_id INTEGER REFERENCES rooms(id),
    certifications TEXT NOT NULL DEFAULT '',
    photo_id INTEGER REFERENCES photos(id),
    archived_at TEXT
);

CREATE TABLE families (
    id INTEGER PRIMARY KEY,
    household_name TEXT NOT NULL CHECK (length(trim(household_name)) > 0),
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    cultures TEXT NOT NULL DEFAULT '',
    celebrations TEXT NOT NULL DEFAULT '',
    share_cultures INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('enquiry', 'waitlist', 'enrolled', 'withdrawn')),
    card_code TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE UNIQUE INDEX families_card_code ON families(card_code);

-- Guardians and the other adults of a household: authorised pickup people, and people a child
-- must not be released to.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    is_guardian INTEGER NOT NULL DEFAULT 0,
    mobile_phone TEXT NOT NULL DEFAULT '',
    home_phone TEXT NOT NULL DEFAULT '',
    work_phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    photo_id INTEGER REFERENCES photos(id),
    directory_consent INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
);
CREATE INDEX people_family ON people(family_id);

CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT NOT NULL,
    room_id INTEGER REFERENCES rooms(id),
    photo_id INTEGER REFERENCES photos(id),
    medical_notes TEXT NOT NULL DEFAULT '',
    photo_consent INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
);
CREATE INDEX children_family ON children(family_id);
CREATE INDEX children_room ON children(room_id) WHERE archived_at IS NULL;

CREATE TABLE allergies (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    allergen TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe', 'life_threatening')),
    reaction TEXT NOT NULL DEFAULT '',
    action_plan TEXT NOT NULL DEFAULT ''
);
CREATE INDEX allergies_child ON allergies(child_id);

CREATE TABLE emergency_contacts (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL,
    UNIQUE (child_id, position)
);

CREATE TABLE pickup_authorisations (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    valid_from TEXT,
    valid_until TEXT,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (child_id, person_id)
);

CREATE TABLE pickup_restrictions (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    court_order_ref TEXT NOT NULL DEFAULT '',
    UNIQUE (child_id, person_id)
);

-- What the front desk searches: one row per family, folded (lower case, accents removed) names,
-- phone digits and the card code, indexed by trigrams for "any part of a name".
CREATE VIRTUAL TABLE family_search USING fts5(body, tokenize = 'trigram');

-- Every word of every name, folded, for one- and two-letter prefixes (trigrams need three).
CREATE TABLE family_name_words (
    word TEXT NOT NULL,
    family_id INTEGER NOT NULL REFERENCES families(id),
    PRIMARY KEY (word, family_id)
) WITHOUT ROWID;
CREATE INDEX family_name_words_family ON family_name_words(family_id);

-- Append-only: who did what, when, to which record, and why. Each entry's hash covers the previous
-- entry's hash, so an edit made outside Kindred breaks the chain.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    actor_staff_id INTEGER,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    details TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
