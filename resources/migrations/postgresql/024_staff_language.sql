-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 24 (issue 17, point 2): each staff member's language.
--
-- The window speaks the language of the person signed in: a code of Kindred's translations ("es", "zh_CN"),
-- or empty for the centre's language (centre/language). Every account starts with the centre's.

ALTER TABLE staff ADD COLUMN language TEXT NOT NULL DEFAULT '';
