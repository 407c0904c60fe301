-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 25 (issue 17, point 4): each adult's preferred language as a BCP 47 code.
--
-- What Kindred prints for a guardian (labels, letters, reports for parents) is in their language, which it must
-- be able to read: "ar", not "Arabic", "árabe" or "العربية". Free text cannot be mapped in SQL.
-- code step: each adult's written language becomes its code (GuardianLanguageMigration, handed in by centre/DataFile).
-- A text that names no language stays as it was (its documents come in English).
CREATE INDEX people_preferred_language ON people(preferred_language);
