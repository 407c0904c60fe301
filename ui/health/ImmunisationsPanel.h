// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/ImmunisationSchedule.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Kindred {

class ImmunisationService;

// The child's immunisations against the centre's schedule: each scheduled dose with its due date
// and status (given green, overdue red, due amber), a form to record a dose given, and the way to
// the schedule editor.
class ImmunisationsPanel : public QWidget
{
    Q_OBJECT

public:
    ImmunisationsPanel(ImmunisationService& health, qint64 childId, QWidget* parent = nullptr);

    void refresh();
    const QList<DoseDue>& doses() const { return m_doses; }
    bool recordGiven();
    void editSchedule();

    static QColor statusColour(DoseStatus status);

signals:
    void message(const QString& text, bool good);

private:
    ImmunisationService& m_health;
    qint64 m_childId;
    QList<DoseDue> m_doses;
    QLabel* m_summaryLabel;
    QTableWidget* m_tableWidget;
    QComboBox* m_doseComboBox;
    QDateEdit* m_givenOnDateEdit;
    QPushButton* m_recordButton;
    QPushButton* m_scheduleButton;
};

} // namespace Kindred
