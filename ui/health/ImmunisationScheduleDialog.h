// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/Health.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kindred {

class ImmunisationService;

// The centre's immunisation schedule as an editable table (vaccine, dose number, due age in
// months). Save replaces the schedule through core, which refuses blanks and duplicates; the
// dialog then stays open with the reason in red.
class ImmunisationScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImmunisationScheduleDialog(ImmunisationService& health, QWidget* parent = nullptr);

    QList<ScheduledDose> scheduleAsTyped() const;
    void addRow(const ScheduledDose& dose = {});
    void removeCurrentRow();
    // Saves; false with the reason shown when core refuses.
    bool save();
    QString errorText() const;

private:
    ImmunisationService& m_health;
    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_saveButton;
    QLabel* m_errorLabel;
};

} // namespace Kindred
