// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "tickets/Ticket.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace Kindred {

class ConflictBar;
class FieldProblemLabels;
class FieldProblems;
class CentreService;
class TicketService;

// One ticket: its facts, the timeline, notes (internal or shared with the parent), owner and
// collaborators, the next steps of the workflow with the input each needs (a resolution summary, the
// parent's follow-up or why there is none, a reason to reopen), and the link to an incident.
class TicketDetailDialog : public QDialog
{
    Q_OBJECT

public:
    TicketDetailDialog(TicketService& tickets, CentreService& centre, qint64 ticketId, QWidget* parent = nullptr);

    qint64 ticketId() const { return m_ticketId; }

public slots:
    void reload();
    void addNote();
    void assign();
    void addCollaborator();
    void removeCollaborator();
    // The step buttons: a step without inputs is taken at once; one with inputs shows them first.
    void chooseStep(TicketStatus to);
    void linkIncident();

private:
    enum class Closing { Satisfied, NotSatisfied, NoFollowUp };
    void applyTransition(TicketStatus to, Closing closing = Closing::Satisfied);
    void showStepInputs(TicketStatus to);
    // Reloads after a change, or says why it was refused: at the other desk's change, or at its field.
    bool report(const Error& error, bool ok);
    void showProblems(const FieldProblems& problems);

    TicketService& m_tickets;
    qint64 m_ticketId;
    Ticket m_ticket;
    QLabel* m_headerLabel;
    QLabel* m_factsLabel;
    QTreeWidget* m_timelineTreeWidget;
    QLabel* m_readErrorLabel;
    ConflictBar* m_conflictBar;
    QString m_staffReadError; // the staff could not be read: nobody to assign or share with
    QPlainTextEdit* m_noteTextEdit;
    QCheckBox* m_sharedCheckBox;
    QPushButton* m_addNoteButton;
    QComboBox* m_ownerComboBox;
    QPushButton* m_assignButton;
    QComboBox* m_collaboratorComboBox;
    QPushButton* m_addCollaboratorButton;
    QPushButton* m_removeCollaboratorButton;
    QList<QPair<TicketStatus, QPushButton*>> m_stepButtons; // one per status a step may lead to
    QStackedWidget* m_stepStackedWidget;
    QLineEdit* m_summaryLineEdit;
    QPushButton* m_resolveButton;
    QComboBox* m_ratingComboBox; // starts empty: no rating chosen
    QLineEdit* m_followUpWordsLineEdit;
    QPushButton* m_closeSatisfiedButton;
    QPushButton* m_notSatisfiedButton;
    QLineEdit* m_noFollowUpLineEdit;
    QPushButton* m_closeNoFollowUpButton;
    QLineEdit* m_reasonLineEdit;
    QPushButton* m_reopenButton;
    QSpinBox* m_incidentSpinBox;
    QPushButton* m_linkIncidentButton;
    FieldProblemLabels* m_problems; // each refusal under its field
    QLabel* m_problemLabel; // a refusal about no field
};

} // namespace Kindred
