-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 5 on PostgreSQL 15 (../005_security.sql; 001 the choices): staff accounts, roles and permissions, privacy.
-- Secrets are kept only as Argon2id hash strings (libsodium crypto_pwhash_str: algorithm, limits and
-- salt are inside the string); never the PIN or password itself.

-- Roles: the four built in (their rows can be edited, not removed) and the centre's own.
CREATE TABLE roles (
    key TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    built_in BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE role_permissions (
    role_key TEXT NOT NULL REFERENCES roles(key),
    permission TEXT NOT NULL,
    PRIMARY KEY (role_key, permission)
);

INSERT INTO roles (key, name, built_in) VALUES
    ('receptionist', 'Receptionist', 1),
    ('staff', 'Educator', 1),
    ('director', 'Director', 1),
    ('administrator', 'Administrator', 1);

-- The built-in defaults; PermissionMatrix::defaults() says the same (a test checks they agree).
INSERT INTO role_permissions (role_key, permission) VALUES
    ('receptionist', 'families.view'), ('receptionist', 'families.edit'), ('receptionist', 'custody.view'),
    ('receptionist', 'attendance.checkinout'), ('receptionist', 'attendance.correct'),
    ('receptionist', 'tickets.manage'),
    ('staff', 'families.view'), ('staff', 'medical.view'), ('staff', 'custody.view'),
    ('staff', 'attendance.checkinout'), ('staff', 'attendance.correct'), ('staff', 'incidents.log'), ('staff', 'tickets.manage'),
    ('director', 'families.view'), ('director', 'families.edit'), ('director', 'families.archive'),
    ('director', 'medical.view'), ('director', 'custody.view'), ('director', 'attendance.checkinout'),
    ('director', 'attendance.override'), ('director', 'attendance.correct'), ('director', 'rooms.manage'), ('director', 'staff.manage'),
    ('director', 'incidents.log'), ('director', 'incidents.signoff'), ('director', 'tickets.manage'),
    ('director', 'reports.view'), ('director', 'audit.view'), ('director', 'families.export'),
    ('director', 'families.anonymise'), ('director', 'settings.manage'),
    ('administrator', 'families.view'), ('administrator', 'families.edit'), ('administrator', 'families.archive'),
    ('administrator', 'rooms.manage'), ('administrator', 'staff.manage'), ('administrator', 'accounts.manage'),
    ('administrator', 'reports.view'), ('administrator', 'audit.view'), ('administrator', 'families.anonymise'),
    ('administrator', 'settings.manage');

CREATE TABLE staff_credentials (
    staff_id BIGINT PRIMARY KEY REFERENCES staff(id),
    pin_hash TEXT,                           -- 4 to 8 digits, for the desk
    password_hash TEXT,                      -- 10 characters or more
    custom_role TEXT REFERENCES roles(key),  -- NULL: the staff member's own role (staff.role) decides
    failed_attempts BIGINT NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT,                       -- UTC ISO-8601; sign-in refused until then
    updated_at TEXT NOT NULL,
    CHECK (pin_hash IS NOT NULL OR password_hash IS NOT NULL)
);

-- When a family's personal data was replaced by placeholders (NULL: not anonymised).
ALTER TABLE families ADD COLUMN anonymised_at TEXT;

INSERT INTO settings (key, value) VALUES ('security/idleLockMinutes', '5') ON CONFLICT DO NOTHING;
INSERT INTO settings (key, value) VALUES ('privacy/retentionMonths', '36') ON CONFLICT DO NOTHING;
