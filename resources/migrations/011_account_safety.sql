-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 11: accounts have no side doors (issue 13, points 5 to 7).
--
-- security_version counts every change to who may do what: the permission matrix, a staff member's role
-- or archived state, an account's role and its secrets. Triggers bump it, so that every path (Kindred,
-- an import, the sqlite3 shell) does. Each write of a desk reads it inside its write transaction
-- (SessionCheck): when it moved since the desk's session loaded the actor and the matrix, the session
-- reloads them before the write goes on, and the write is refused if they no longer allow it.

CREATE TABLE security_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO security_version (id, version) VALUES (1, 1);

CREATE TRIGGER security_version_roles_insert AFTER INSERT ON roles
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_roles_update AFTER UPDATE ON roles
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_roles_delete AFTER DELETE ON roles
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_permissions_insert AFTER INSERT ON role_permissions
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_permissions_update AFTER UPDATE ON role_permissions
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_permissions_delete AFTER DELETE ON role_permissions
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_staff_update AFTER UPDATE OF role, archived_at ON staff
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_staff_delete AFTER DELETE ON staff
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;

-- When someone other than the account holder last set the account's PIN or password (UTC ISO-8601): a
-- session signed in before then ends at its next write.
ALTER TABLE staff_credentials ADD COLUMN reset_at TEXT;

CREATE TRIGGER security_version_credentials_update
    AFTER UPDATE OF custom_role, pin_hash, password_hash, reset_at ON staff_credentials
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_credentials_delete AFTER DELETE ON staff_credentials
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;

-- Every wrong PIN or password, one row each (an INSERT inside BEGIN IMMEDIATE: two desks failing at the
-- same moment are both counted), against no user: the person who typed it is unknown. The wait counts
-- the rows of the last 15 minutes at the station (SignInService); a right PIN clears none of them. An
-- administrator vouching for the desk sets cleared_at. Administrators are shown the last day's rows at
-- their next sign-in once there are 10 or more (sign_in_failure_notices: up to when each has seen them).
CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    station TEXT NOT NULL,
    locked_until TEXT,                       -- the wait this failure started (UTC); it holds even after the
                                             -- failures before it leave the 15 minutes
    cleared_at TEXT
);
CREATE INDEX sign_in_failures_station ON sign_in_failures (station, at_utc);
CREATE INDEX sign_in_failures_at ON sign_in_failures (at_utc);

CREATE TABLE sign_in_failure_notices (
    staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
    seen_until TEXT NOT NULL
);

-- The one desk-wide counter of schema 6 that any right PIN reset.
DROP TABLE desk_pin_attempts;
