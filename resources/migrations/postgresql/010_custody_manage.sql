-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 10 on PostgreSQL 15: custody and pickup authorisations are the director's
-- (../010_custody_manage.sql says why).
INSERT INTO role_permissions (role_key, permission) VALUES ('director', 'custody.manage') ON CONFLICT DO NOTHING;
