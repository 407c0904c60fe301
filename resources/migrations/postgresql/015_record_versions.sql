-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 15 on PostgreSQL 15: every shared record carries a version (../015_record_versions.sql
-- says why and which sub-rows count; 001 the choices).
--
-- SQLite bumps a record's own version in an AFTER UPDATE trigger that updates the row again when the
-- write left the version alone. Here the same trigger is BEFORE UPDATE … WHEN (NEW.version = OLD.version)
-- and sets NEW.version to OLD.version + 1: the same result in one write. A sub-row's trigger bumps its
-- record's version AFTER INSERT/UPDATE/DELETE as in SQLite (an UPDATE that moves a sub-row to another
-- record bumps both, each once); that bump sets a new version, so the record's own trigger leaves it.

ALTER TABLE families ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE staff ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE rooms ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE tickets ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE medical_conditions ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE medications ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE dietary_needs ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE child_doctors ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

CREATE FUNCTION kindred_next_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;

-- A write to the record itself that did not set a new version gets one.
CREATE TRIGGER families_version BEFORE UPDATE ON families
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER staff_version BEFORE UPDATE ON staff
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER rooms_version BEFORE UPDATE ON rooms
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER tickets_version BEFORE UPDATE ON tickets
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER incidents_version BEFORE UPDATE ON incidents
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER medical_conditions_version BEFORE UPDATE ON medical_conditions
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER medications_version BEFORE UPDATE ON medications
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER dietary_needs_version BEFORE UPDATE ON dietary_needs
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();
CREATE TRIGGER child_doctors_version BEFORE UPDATE ON child_doctors
    FOR EACH ROW WHEN (NEW.version = OLD.version) EXECUTE FUNCTION kindred_next_version();

-- The functions behind the sub-rows' triggers: which record a sub-row belongs to.
CREATE FUNCTION kindred_bump_family_by_family_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE families SET version = version + 1 WHERE id = NEW.family_id;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE families SET version = version + 1 WHERE id IN (OLD.family_id, NEW.family_id);
    ELSE
        UPDATE families SET version = version + 1 WHERE id = OLD.family_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION kindred_bump_family_by_child_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = NEW.child_id);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE families SET version = version + 1 WHERE id IN ((SELECT family_id FROM children WHERE id = OLD.child_id), (SELECT family_id FROM children WHERE id = NEW.child_id));
    ELSE
        UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = OLD.child_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION kindred_bump_ticket_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE tickets SET version = version + 1 WHERE id = NEW.ticket_id;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE tickets SET version = version + 1 WHERE id IN (OLD.ticket_id, NEW.ticket_id);
    ELSE
        UPDATE tickets SET version = version + 1 WHERE id = OLD.ticket_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION kindred_bump_incident_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE incidents SET version = version + 1 WHERE id = NEW.incident_id;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE incidents SET version = version + 1 WHERE id IN (OLD.incident_id, NEW.incident_id);
    ELSE
        UPDATE incidents SET version = version + 1 WHERE id = OLD.incident_id;
    END IF;
    RETURN NULL;
END
$$;

-- A family's adults, children and each child's details.
CREATE TRIGGER people_insert_families_version AFTER INSERT ON people
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_family_id();
CREATE TRIGGER people_update_families_version AFTER UPDATE ON people
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_family_id();
CREATE TRIGGER people_delete_families_version AFTER DELETE ON people
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_family_id();
CREATE TRIGGER children_insert_families_version AFTER INSERT ON children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_family_id();
CREATE TRIGGER children_update_families_version AFTER UPDATE ON children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_family_id();
CREATE TRIGGER children_delete_families_version AFTER DELETE ON children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_family_id();
CREATE TRIGGER allergies_insert_families_version AFTER INSERT ON allergies
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER allergies_update_families_version AFTER UPDATE ON allergies
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER allergies_delete_families_version AFTER DELETE ON allergies
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER emergency_contacts_insert_families_version AFTER INSERT ON emergency_contacts
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER emergency_contacts_update_families_version AFTER UPDATE ON emergency_contacts
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER emergency_contacts_delete_families_version AFTER DELETE ON emergency_contacts
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER pickup_authorisations_insert_families_version AFTER INSERT ON pickup_authorisations
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER pickup_authorisations_update_families_version AFTER UPDATE ON pickup_authorisations
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER pickup_authorisations_delete_families_version AFTER DELETE ON pickup_authorisations
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER pickup_restrictions_insert_families_version AFTER INSERT ON pickup_restrictions
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER pickup_restrictions_update_families_version AFTER UPDATE ON pickup_restrictions
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();
CREATE TRIGGER pickup_restrictions_delete_families_version AFTER DELETE ON pickup_restrictions
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_family_by_child_id();

-- A ticket's children, collaborators and timeline (the timeline is append-only).
CREATE TRIGGER ticket_children_insert_tickets_version AFTER INSERT ON ticket_children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_ticket_version();
CREATE TRIGGER ticket_children_delete_tickets_version AFTER DELETE ON ticket_children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_ticket_version();
CREATE TRIGGER ticket_collaborators_insert_tickets_version AFTER INSERT ON ticket_collaborators
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_ticket_version();
CREATE TRIGGER ticket_collaborators_delete_tickets_version AFTER DELETE ON ticket_collaborators
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_ticket_version();
CREATE TRIGGER ticket_events_insert_tickets_version AFTER INSERT ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_ticket_version();

-- An incident's children, staff, witnesses and amendments (amendments are append-only).
CREATE TRIGGER incident_children_insert_incidents_version AFTER INSERT ON incident_children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_children_delete_incidents_version AFTER DELETE ON incident_children
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_staff_insert_incidents_version AFTER INSERT ON incident_staff
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_staff_delete_incidents_version AFTER DELETE ON incident_staff
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_witnesses_insert_incidents_version AFTER INSERT ON incident_witnesses
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_witnesses_update_incidents_version AFTER UPDATE ON incident_witnesses
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_witnesses_delete_incidents_version AFTER DELETE ON incident_witnesses
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
CREATE TRIGGER incident_amendments_insert_incidents_version AFTER INSERT ON incident_amendments
    FOR EACH ROW EXECUTE FUNCTION kindred_bump_incident_version();
