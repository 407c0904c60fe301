-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 8 on PostgreSQL 15: every centre has its time zone (../008_centre_time_zone.sql says why).
-- The zone cannot be known in SQL: the runner runs CentreTimeZoneMigration after this script, in the same
-- transaction (its SQL must then run on the server too: see the store map).
-- code step: the centre's time zone (CentreTimeZoneMigration, handed in by centre/DataFile).
INSERT INTO settings (key, value) VALUES ('centre/timeZoneToConfirm', '') ON CONFLICT DO NOTHING;
