-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kindred schema 3: parents' complaint and feedback tickets, owned until fully solved.
-- Instants are UTC ISO-8601 text; the timeline (ticket_events) is append-only.

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id),
    raised_by_person_id INTEGER REFERENCES people(id),
    channel TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'email', 'note')),
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'concern', 'question', 'suggestion', 'compliment')),
    category TEXT NOT NULL CHECK (category IN ('care', 'safety', 'health', 'food', 'communication', 'billing',
                                               'facilities', 'staff', 'other')),
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    parent_words TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'in_progress', 'waiting_for_parent', 'resolved',
                                           'closed', 'reopened')),
    owner_staff_id INTEGER NOT NULL REFERENCES staff(id),
    created_by_staff_id INTEGER REFERENCES staff(id),
    created_at TEXT NOT NULL,
    acknowledged_at TEXT,
    resolved_at TEXT,
    closed_at TEXT,
    due_acknowledge_at TEXT NOT NULL,
    due_resolve_at TEXT NOT NULL,
    resolution_summary TEXT NOT NULL DEFAULT '',
    followup_satisfied INTEGER CHECK (followup_satisfied IN (0, 1)),
    followup_rating INTEGER CHECK (followup_rating BETWEEN 1 AND 5),
    followup_words TEXT NOT NULL DEFAULT '',
    no_followup_reason TEXT NOT NULL DEFAULT '',
    first_contact_resolution INTEGER NOT NULL DEFAULT 0 CHECK (first_contact_resolution IN (0, 1)),
    -- The incidents table comes with schema 4; the link is checked by TicketService when it exists.
    incident_id INTEGER
);
CREATE INDEX tickets_family ON tickets(family_id, created_at);
CREATE INDEX tickets_owner ON tickets(owner_staff_id, status);
CREATE INDEX tickets_status ON tickets(status, created_at);
CREATE INDEX tickets_created ON tickets(created_at);

CREATE TABLE ticket_children (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    PRIMARY KEY (ticket_id, child_id)
) WITHOUT ROWID;

CREATE TABLE ticket_collaborators (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (ticket_id, staff_id)
) WITHOUT ROWID;
CREATE INDEX ticket_collaborators_staff ON ticket_collaborators(staff_id);

-- The timeline: every status change, assignment, collaborator change, follow-up and note, with its
-- author and instant. Notes are internal (staff only) or shared with the parent.
CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    at_utc TEXT NOT NULL,
    author_staff_id INTEGER REFERENCES staff(id),
    kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'assigned', 'collaborator_added',
                                       'collaborator_removed', 'note', 'follow_up', 'incident_linked')),
    shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'the ticket timeline is append-only');
END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'the ticket timeline is append-only');
END;

-- Full-text search over each ticket's subject, the parent's words and its notes, folded (lower case,
-- accents removed) by TicketService; rowid is the ticket id.
CREATE VIRTUAL TABLE ticket_search USING fts5(body);
