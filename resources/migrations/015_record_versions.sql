-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 16: every shared record carries a version, so that a save made from a copy opened
-- before another desk's change is refused instead of silently undoing that change (issue 13, point 4).
--
-- An editor loads the record with its version; the save checks, inside its write transaction, that the
-- version on file is still the one it loaded. The version is bumped here, by triggers, on every write to
-- the record or to its sub-rows, whichever path makes it (an editor, an import, an anonymisation, a
-- check of a health record, the sqlite3 shell): a version kept by each writer in code would miss the
-- path nobody remembered. A family's version covers its adults, children and each child's allergies,
-- emergency contacts and pickup rules; a ticket's its children, collaborators and timeline; an
-- incident's its children, staff, witnesses and amendments. Health record rows (conditions,
-- medications, dietary needs, the doctor) are edited and saved one row at a time, so each row has its own.

ALTER TABLE families ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rooms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tickets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE medical_conditions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE medications ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dietary_needs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE child_doctors ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A write to the record itself that did not set a new version gets one.
CREATE TRIGGER families_version AFTER UPDATE ON families WHEN NEW.version = OLD.version
BEGIN
    UPDATE families SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER staff_version AFTER UPDATE ON staff WHEN NEW.version = OLD.version
BEGIN
    UPDATE staff SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER rooms_version AFTER UPDATE ON rooms WHEN NEW.version = OLD.version
BEGIN
    UPDATE rooms SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER tickets_version AFTER UPDATE ON tickets WHEN NEW.version = OLD.version
BEGIN
    UPDATE tickets SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER incidents_version AFTER UPDATE ON incidents WHEN NEW.version = OLD.version
BEGIN
    UPDATE incidents SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER medical_conditions_version AFTER UPDATE ON medical_conditions WHEN NEW.version = OLD.version
BEGIN
    UPDATE medical_conditions SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER medications_version AFTER UPDATE ON medications WHEN NEW.version = OLD.version
BEGIN
    UPDATE medications SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER dietary_needs_version AFTER UPDATE ON dietary_needs WHEN NEW.version = OLD.version
BEGIN
    UPDATE dietary_needs SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER child_doctors_version AFTER UPDATE ON child_doctors WHEN NEW.version = OLD.version
BEGIN
    UPDATE child_doctors SET version = OLD.version + 1 WHERE child_id = NEW.child_id;
END;

-- A family's adults, children and each child's details.
CREATE TRIGGER people_insert_families_version AFTER INSERT ON people
BEGIN
    UPDATE families SET version = version + 1 WHERE id = NEW.family_id;
END;
CREATE TRIGGER people_update_families_version AFTER UPDATE ON people
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN (OLD.family_id, NEW.family_id);
END;
CREATE TRIGGER people_delete_families_version AFTER DELETE ON people
BEGIN
    UPDATE families SET version = version + 1 WHERE id = OLD.family_id;
END;
CREATE TRIGGER children_insert_families_version AFTER INSERT ON children
BEGIN
    UPDATE families SET version = version + 1 WHERE id = NEW.family_id;
END;
CREATE TRIGGER children_update_families_version AFTER UPDATE ON children
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN (OLD.family_id, NEW.family_id);
END;
CREATE TRIGGER children_delete_families_version AFTER DELETE ON children
BEGIN
    UPDATE families SET version = version + 1 WHERE id = OLD.family_id;
END;
CREATE TRIGGER allergies_insert_families_version AFTER INSERT ON allergies
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = NEW.child_id);
END;
CREATE TRIGGER allergies_update_families_version AFTER UPDATE ON allergies
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN ((SELECT family_id FROM children WHERE id = OLD.child_id), (SELECT family_id FROM children WHERE id = NEW.child_id));
END;
CREATE TRIGGER allergies_delete_families_version AFTER DELETE ON allergies
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = OLD.child_id);
END;
CREATE TRIGGER emergency_contacts_insert_families_version AFTER INSERT ON emergency_contacts
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = NEW.child_id);
END;
CREATE TRIGGER emergency_contacts_update_families_version AFTER UPDATE ON emergency_contacts
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN ((SELECT family_id FROM children WHERE id = OLD.child_id), (SELECT family_id FROM children WHERE id = NEW.child_id));
END;
CREATE TRIGGER emergency_contacts_delete_families_version AFTER DELETE ON emergency_contacts
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = OLD.child_id);
END;
CREATE TRIGGER pickup_authorisations_insert_families_version AFTER INSERT ON pickup_authorisations
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = NEW.child_id);
END;
CREATE TRIGGER pickup_authorisations_update_families_version AFTER UPDATE ON pickup_authorisations
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN ((SELECT family_id FROM children WHERE id = OLD.child_id), (SELECT family_id FROM children WHERE id = NEW.child_id));
END;
CREATE TRIGGER pickup_authorisations_delete_families_version AFTER DELETE ON pickup_authorisations
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = OLD.child_id);
END;
CREATE TRIGGER pickup_restrictions_insert_families_version AFTER INSERT ON pickup_restrictions
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = NEW.child_id);
END;
CREATE TRIGGER pickup_restrictions_update_families_version AFTER UPDATE ON pickup_restrictions
BEGIN
    UPDATE families SET version = version + 1 WHERE id IN ((SELECT family_id FROM children WHERE id = OLD.child_id), (SELECT family_id FROM children WHERE id = NEW.child_id));
END;
CREATE TRIGGER pickup_restrictions_delete_families_version AFTER DELETE ON pickup_restrictions
BEGIN
    UPDATE families SET version = version + 1 WHERE id = (SELECT family_id FROM children WHERE id = OLD.child_id);
END;

-- A ticket's children, collaborators and timeline (the timeline is append-only).
CREATE TRIGGER ticket_children_insert_tickets_version AFTER INSERT ON ticket_children
BEGIN
    UPDATE tickets SET version = version + 1 WHERE id = NEW.ticket_id;
END;
CREATE TRIGGER ticket_children_delete_tickets_version AFTER DELETE ON ticket_children
BEGIN
    UPDATE tickets SET version = version + 1 WHERE id = OLD.ticket_id;
END;
CREATE TRIGGER ticket_collaborators_insert_tickets_version AFTER INSERT ON ticket_collaborators
BEGIN
    UPDATE tickets SET version = version + 1 WHERE id = NEW.ticket_id;
END;
CREATE TRIGGER ticket_collaborators_delete_tickets_version AFTER DELETE ON ticket_collaborators
BEGIN
    UPDATE tickets SET version = version + 1 WHERE id = OLD.ticket_id;
END;
CREATE TRIGGER ticket_events_insert_tickets_version AFTER INSERT ON ticket_events
BEGIN
    UPDATE tickets SET version = version + 1 WHERE id = NEW.ticket_id;
END;

-- An incident's children, staff, witnesses and amendments (amendments are append-only).
CREATE TRIGGER incident_children_insert_incidents_version AFTER INSERT ON incident_children
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = NEW.incident_id;
END;
CREATE TRIGGER incident_children_delete_incidents_version AFTER DELETE ON incident_children
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = OLD.incident_id;
END;
CREATE TRIGGER incident_staff_insert_incidents_version AFTER INSERT ON incident_staff
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = NEW.incident_id;
END;
CREATE TRIGGER incident_staff_delete_incidents_version AFTER DELETE ON incident_staff
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = OLD.incident_id;
END;
CREATE TRIGGER incident_witnesses_insert_incidents_version AFTER INSERT ON incident_witnesses
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = NEW.incident_id;
END;
CREATE TRIGGER incident_witnesses_update_incidents_version AFTER UPDATE ON incident_witnesses
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id IN (OLD.incident_id, NEW.incident_id);
END;
CREATE TRIGGER incident_witnesses_delete_incidents_version AFTER DELETE ON incident_witnesses
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = OLD.incident_id;
END;
CREATE TRIGGER incident_amendments_insert_incidents_version AFTER INSERT ON incident_amendments
BEGIN
    UPDATE incidents SET version = version + 1 WHERE id = NEW.incident_id;
END;
