-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 20 on PostgreSQL 15 (issue 16, point 8): a role per site for staff who work at several
-- (../020_site_roles.sql says what a row means). Every change bumps security_version and tells the stations.

CREATE TABLE staff_site_roles (
    staff_id BIGINT NOT NULL REFERENCES staff(id),
    site_id BIGINT NOT NULL REFERENCES sites(id),
    role_key TEXT NOT NULL REFERENCES roles(key),
    PRIMARY KEY (staff_id, site_id)
);
CREATE INDEX staff_site_roles_site ON staff_site_roles(site_id);
CREATE INDEX staff_site_roles_role ON staff_site_roles(role_key);

CREATE TRIGGER security_version_site_roles_insert AFTER INSERT ON staff_site_roles
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_security_version();
CREATE TRIGGER security_version_site_roles_update AFTER UPDATE ON staff_site_roles
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_security_version();
CREATE TRIGGER security_version_site_roles_delete AFTER DELETE ON staff_site_roles
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_security_version();

CREATE TRIGGER staff_site_roles_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_site_roles
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('security');
