// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/Incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kindred {

class FieldProblemLabels;
class FieldProblems;

class ConflictBar;
class CentreService;
class FamilyService;
class IncidentService;

// Logs or edits one incident, keyboard first: Tab through the form, Ctrl+Return saves (and submits
// for sign-off). Core validates; an error puts the cursor on the field it names.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentDialog(IncidentService& incidents, FamilyService& families, CentreService& centre,
                   QWidget* parent = nullptr);

    // A new incident about these children (from the board or a child's record); the cursor starts
    // on what happened.
    void startForChildren(const QList<qint64>& childIds);
    void setIncident(const Incident& incident);
    Incident incident() const;
    qint64 savedIncidentId() const { return m_incident.id; }

    void save();

private:
    void addChild(qint64 childId, const QString& name, bool checked);
    void searchChildren();
    void updateInjuryFields();
    void showError(const Error& error);
    void showProblems(const FieldProblems& problems);

    IncidentService& m_incidents;
    FamilyService& m_families;
    CentreService& m_centre;
    Incident m_incident;
    QComboBox* m_kindComboBox;
    QLineEdit* m_childSearchLineEdit;
    QListWidget* m_childrenListWidget;
    QDateTimeEdit* m_occurredDateTimeEdit;
    QLineEdit* m_locationLineEdit;
    QPlainTextEdit* m_descriptionTextEdit;
    QPlainTextEdit* m_actionTextEdit;
    QLineEdit* m_bodyAreaLineEdit;
    QListWidget* m_staffListWidget;
    QLineEdit* m_witnessesLineEdit;
    QLineEdit* m_parentNameLineEdit;
    QCheckBox* m_parentToldCheckBox;
    QDateTimeEdit* m_parentAtDateTimeEdit;
    QComboBox* m_parentHowComboBox;
    QCheckBox* m_followUpCheckBox;
    QLineEdit* m_followUpLineEdit;
    QCheckBox* m_reportableCheckBox;
    QLabel* m_errorLabel; // what belongs to no field
    FieldProblemLabels* m_problems; // each problem under its field
    ConflictBar* m_conflictBar;
    QPushButton* m_saveButton;
    // Why saving is off: a read the form needs (staff, the children's names) failed. Empty when all read.
    QString m_readError;
};

} // namespace Kindred
