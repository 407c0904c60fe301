-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 20 (issue 16, point 8): staff may work at several sites, with a role per site.
--
-- A staff member with no row here works at every site with their own role (the account's custom role, else
-- their staff role): a single-site centre is unchanged. A member with rows works only at those sites, each
-- with the role of its row; sign-in at another site is refused, and a session whose row disappears ends
-- (centre/SiteRoles decides, for sign-in, SessionCheck and the account managers' count alike).
-- Every change bumps security_version, so that it applies at once at every station (schema 11), and each
-- member's rows are sealed as one unit of record_digests (audit/RecordDigest).

CREATE TABLE staff_site_roles (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    site_id INTEGER NOT NULL REFERENCES sites(id),
    role_key TEXT NOT NULL REFERENCES roles(key),
    PRIMARY KEY (staff_id, site_id)
);
CREATE INDEX staff_site_roles_site ON staff_site_roles(site_id);
CREATE INDEX staff_site_roles_role ON staff_site_roles(role_key);

CREATE TRIGGER security_version_site_roles_insert AFTER INSERT ON staff_site_roles
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_site_roles_update AFTER UPDATE ON staff_site_roles
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER security_version_site_roles_delete AFTER DELETE ON staff_site_roles
BEGIN
    UPDATE security_version SET version = version + 1 WHERE id = 1;
END;
