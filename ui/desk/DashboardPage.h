// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace Kindred {

class Database;
class Session;
class SiteChooser;

// The director's dashboard, drawn with Qt Charts from DashboardData and refreshed when shown:
// children attending per day over the last 30 days, children present at each hour today, tickets
// opened and resolved per month and their median resolution time over the last six months,
// incidents by kind over the last 90 days. The figures are this station's site's; a reader with ViewAllSites at
// a centre of several sites chooses another site, or all sites: every site's children and incidents together,
// and the tickets of each site side by side.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Database& database, Session& session, QWidget* parent = nullptr);

    void refresh();
    // The charts, for tests and screenshots: one per figure.
    QList<QChartView*> chartViews() const { return m_views; }
    SiteChooser* siteChooser() const { return m_siteChooser; }

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // About the narrowest a chart keeps all its labels at (TestDashboardLabels).
    static constexpr int MinimumChartWidth = 400;

    QChartView* addChart(const QString& objectName);
    static int columnsFor(int width);
    void layCharts(int columns);
    void fillAttendancePerDay(QChart* chart);
    void fillPresentByHour(QChart* chart);
    void fillTickets(QChart* counts, QChart* times);
    void fillTicketsPerSite(QChart* counts, QChart* times);
    // The figures of the site chosen (this station's unless the reader chose another, or all).
    qint64 site() const;
    void fillIncidents(QChart* chart);

    Database& m_database;
    Session& m_session;
    SiteChooser* m_siteChooser;
    QList<QChartView*> m_views;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
    QLabel* m_summaryLabel;
};

} // namespace Kindred
