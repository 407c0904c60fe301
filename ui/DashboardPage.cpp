// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "Clock.h"
#include "DashboardData.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Kindred {
namespace {

// One bar chart with categories along the bottom and whole numbers up the side.
void setBars(QChart* chart, const QString& title, const QString& setName, const QStringList& categories,
             const QList<int>& values)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto* set = new QBarSet(setName);
    int top = 1;
    for (int v : values) {
        *set << v;
        top = std::max(top, v);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    auto* y = new QValueAxis;
    y->setRange(0, top + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(top + 2, 6));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

} // namespace

DashboardPage::DashboardPage(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_summaryLabel(new QLabel(this))
{
    m_summaryLabel->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(refreshButton);
    auto* grid = new QGridLayout;
    grid->addWidget(addChart(QStringLiteral("attendancePerDayChartView")), 0, 0);
    grid->addWidget(addChart(QStringLiteral("presentByHourChartView")), 0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
}

QChartView* DashboardPage::addChart(const QString& objectName)
{
    auto* view = new QChartView(new QChart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    m_views << view;
    return view;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void DashboardPage::refresh()
{
    fillAttendancePerDay(m_views.at(0)->chart());
    fillPresentByHour(m_views.at(1)->chart());
}

void DashboardPage::fillAttendancePerDay(QChart* chart)
{
    const QDate today = Clock::currentDate();
    auto days = DashboardData(m_database).attendancePerDay(today.addDays(-29), today);
    QStringList categories;
    QList<int> values;
    const QLocale locale;
    if (days) {
        for (const auto& [day, children] : days.value()) {
            categories << locale.toString(day, QStringLiteral("d MMM"));
            values << children;
        }
    }
    setBars(chart, tr("Children attending per day (last 30 days)"), tr("Children"), categories, values);
}

void DashboardPage::fillPresentByHour(QChart* chart)
{
    auto hours = DashboardData(m_database).presentByHour(Clock::currentDate());
    QStringList categories;
    QList<int> values;
    int now = 0;
    if (hours) {
        for (const auto& [hour, children] : hours.value()) {
            categories << QStringLiteral("%1:00").arg(hour);
            values << children;
            if (hour <= Clock::currentDateTime().time().hour()) {
                now = children;
            }
        }
    }
    setBars(chart, tr("Children present by hour today"), tr("Present"), categories, values);
    m_summaryLabel->setText(tr("Today, %1: %n child(ren) present at the last hour mark.", nullptr, now)
                                .arg(QLocale().toString(Clock::currentDate(), QLocale::LongFormat)));
}

} // namespace Kindred
