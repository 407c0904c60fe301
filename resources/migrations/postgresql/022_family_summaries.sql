-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 22 on the server: each family's line in the desk's search list, kept ready (see the SQLite
-- migration for why). A family's new version is set by families_version before the row is written (schema 15),
-- so the line is written again after any update that changed the version.

CREATE VIEW family_summary_source AS
SELECT f.id AS family_id,
       (SELECT group_concat(first_name || ' ' || last_name, ', ') FROM
           (SELECT first_name, last_name FROM children
            WHERE family_id = f.id AND archived_at IS NULL ORDER BY date_of_birth, id) AS child_names) AS child_names,
       (SELECT group_concat(first_name || ' ' || last_name, ', ') FROM
           (SELECT first_name, last_name FROM people
            WHERE family_id = f.id AND archived_at IS NULL AND is_guardian = 1 ORDER BY id) AS guardian_names)
           AS guardian_names,
       CASE WHEN (SELECT count(*) FROM allergies a JOIN children c ON c.id = a.child_id
                  WHERE c.family_id = f.id AND c.archived_at IS NULL AND a.severity = 'life_threatening') > 0
            THEN 1 ELSE 0 END AS life_threatening
FROM families f;

CREATE TABLE family_summaries (
    family_id BIGINT PRIMARY KEY REFERENCES families(id) ON DELETE CASCADE,
    child_names TEXT,
    guardian_names TEXT,
    life_threatening INTEGER NOT NULL
);
INSERT INTO family_summaries (family_id, child_names, guardian_names, life_threatening)
SELECT family_id, child_names, guardian_names, life_threatening FROM family_summary_source;

CREATE FUNCTION kindred_write_family_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO family_summaries (family_id, child_names, guardian_names, life_threatening)
    SELECT family_id, child_names, guardian_names, life_threatening FROM family_summary_source
    WHERE family_id = NEW.id
    ON CONFLICT (family_id) DO UPDATE SET child_names = EXCLUDED.child_names,
        guardian_names = EXCLUDED.guardian_names, life_threatening = EXCLUDED.life_threatening;
    RETURN NULL;
END
$$;
CREATE TRIGGER families_insert_summary AFTER INSERT ON families
    FOR EACH ROW EXECUTE FUNCTION kindred_write_family_summary();
CREATE TRIGGER families_version_summary AFTER UPDATE ON families
    FOR EACH ROW WHEN (NEW.version <> OLD.version) EXECUTE FUNCTION kindred_write_family_summary();
