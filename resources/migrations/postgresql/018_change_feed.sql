-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 18 on PostgreSQL 15 (issue 16, point 4): live stations. Every statement that changes a table a
-- desk shows sends a notification on the channel kindred_changes, with the topic as its payload, from the server
-- itself: a write by the desk, the command line or another version of Kindred notifies alike, and only once it is
-- committed (PostgreSQL delivers notifications at COMMIT, and folds identical ones of one transaction into one).
-- Stations LISTEN on the channel (store/ChangeFeed through QSqlDriver::subscribeToNotification) and read again what
-- shows the topic. A statement that changed no row notifies too (statement-level triggers fire regardless): it
-- costs a station one needless read, never a missed one. The topics, and which tables they cover, are
-- ChangeFeed::Topic's; a new table a desk shows gets its trigger in its own migration.
-- Statement-level, so a bulk load (the demo's years of history, a migration) notifies once per statement, not per
-- row; ServerMigration's copy runs with triggers held off and notifies nothing.

CREATE FUNCTION kindred_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kindred_changes', TG_ARGV[0]);
    RETURN NULL;
END
$$;

-- attendance: who is here and who is expected: the desk, the boards, the roll call.
CREATE TRIGGER attendance_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON attendance
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('attendance');
CREATE TRIGGER attendance_corrections_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON attendance_corrections
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('attendance');
CREATE TRIGGER attendance_voids_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON attendance_voids
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('attendance');
CREATE TRIGGER absences_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON absences
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('attendance');
CREATE TRIGGER child_bookings_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON child_bookings
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('attendance');
CREATE TRIGGER staff_shifts_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_shifts
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('attendance');

-- families: the family record the desk shows.
CREATE TRIGGER families_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON families
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');
CREATE TRIGGER people_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');
CREATE TRIGGER children_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON children
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');
CREATE TRIGGER pickup_authorisations_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pickup_authorisations
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');
CREATE TRIGGER pickup_restrictions_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pickup_restrictions
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');
CREATE TRIGGER emergency_contacts_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON emergency_contacts
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');
CREATE TRIGGER photos_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON photos
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('families');

-- health: what the desk and the roll call show of a child's health.
CREATE TRIGGER allergies_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON allergies
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER medical_conditions_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON medical_conditions
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER medications_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON medications
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER dietary_needs_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dietary_needs
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER child_doctors_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON child_doctors
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER immunisation_schedule_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON immunisation_schedule
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER immunisations_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON immunisations
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');
CREATE TRIGGER medication_log_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON medication_log
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('health');

-- tickets: the ticket list.
CREATE TRIGGER tickets_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tickets
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('tickets');
CREATE TRIGGER ticket_children_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ticket_children
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('tickets');
CREATE TRIGGER ticket_collaborators_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ticket_collaborators
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('tickets');
CREATE TRIGGER ticket_events_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('tickets');

-- incidents: incidents, and the drills the roll call records.
CREATE TRIGGER incidents_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');
CREATE TRIGGER incident_children_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_children
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');
CREATE TRIGGER incident_staff_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_staff
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');
CREATE TRIGGER incident_witnesses_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_witnesses
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');
CREATE TRIGGER incident_amendments_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_amendments
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');
CREATE TRIGGER drills_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON drills
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');
CREATE TRIGGER drill_entries_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON drill_entries
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('incidents');

-- centre: the centre's settings, rooms and staff.
CREATE TRIGGER settings_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('centre');
CREATE TRIGGER rooms_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rooms
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('centre');
CREATE TRIGGER staff_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('centre');

-- security: who may do what.
CREATE TRIGGER roles_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON roles
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('security');
CREATE TRIGGER role_permissions_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_permissions
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('security');
CREATE TRIGGER staff_credentials_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_credentials
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('security');
CREATE TRIGGER security_version_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON security_version
    FOR EACH STATEMENT EXECUTE FUNCTION kindred_notify_change('security');
