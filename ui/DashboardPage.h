// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Kindred {

class Database;

// The director's dashboard: children attending per day over the last 30 days and children present
// at each hour today, drawn with Qt Charts from DashboardData. Refreshed when shown.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database& database, QWidget* parent = nullptr);

    void refresh();
    // The charts, for tests and screenshots: one per figure.
    QList<QChartView*> chartViews() const { return m_views; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QChartView* addChart(const QString& objectName);
    void fillAttendancePerDay(QChart* chart);
    void fillPresentByHour(QChart* chart);

    Database& m_database;
    QList<QChartView*> m_views;
    QLabel* m_summaryLabel;
};

} // namespace Kindred
