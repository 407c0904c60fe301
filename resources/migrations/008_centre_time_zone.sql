-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 8: every file has its centre's time zone.
--
-- Days and hours (sign-in sheets, ratios, attendance) are the centre's. A file without a saved zone took
-- the zone of whichever computer read it, so the same week's report differed between an Auckland desk
-- and a Los Angeles laptop. The zone cannot be known in SQL: MigrationRunner runs
-- CentreTimeZoneMigration after this script, in the same transaction, which saves this computer's zone
-- when none is saved. On a file that already held records it also audits that choice and sets
-- centre/timeZoneToConfirm, so that administrators see a banner until they confirm or change it.
INSERT OR IGNORE INTO settings (key, value) VALUES ('centre/timeZoneToConfirm', '');
