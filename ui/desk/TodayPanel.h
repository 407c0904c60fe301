// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/ExpectedToday.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace Kindred {

class Services;

// Today at a glance (issue 15, point 3), shown by the front desk while no family is open: today's figures
// (expected, here, gone home, absent, late, still to arrive) and, as tiles with photo, name, room and
// booked arrival, the children late and those expected in the next half hour. A tile clicked asks for
// the child's family. Refreshed when shown, after every check-in, check-out or family saved, and each
// minute while shown. The counting is core's (ExpectedToday).
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPanel(Services& services, QWidget* parent = nullptr);

    // Reads the figures again now (if shown; otherwise when next shown).
    void refresh();
    const TodayFigures& figures() const { return m_figures; }

signals:
    void familyRequested(qint64 familyId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFigures();
    QWidget* addFigure(const char* objectName);

    Services& m_services;
    TodayFigures m_figures;
    QLabel* m_titleLabel;
    QLabel* m_errorLabel;
    QList<QLabel*> m_figureLabels; // the numbers
    QList<QLabel*> m_captionLabels;
    QLabel* m_tilesLabel;
    QListWidget* m_tilesListWidget;
    QTimer* m_timer;
    bool m_stale = true;
};

} // namespace Kindred
