// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Kindred {

class ConflictBar;
class IncidentService;

// Asks for one amendment to a signed-off incident: which field, its new value, and why.
class AmendIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    AmendIncidentDialog(IncidentService& incidents, const Incident& incident, QWidget* parent = nullptr);

    void amend();

private:
    void showCurrentValue();

    IncidentService& m_incidents;
    Incident m_incident;
    QComboBox* m_fieldComboBox;
    QLabel* m_oldValueLabel;
    QLineEdit* m_newValueLineEdit;
    QLineEdit* m_reasonLineEdit;
    QLabel* m_errorLabel;
    ConflictBar* m_conflictBar;
};

} // namespace Kindred
