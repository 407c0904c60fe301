// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DashboardPage.h"

#include "base/Clock.h"
#include "incidents/Incident.h"
#include "print/ReportRequest.h"
#include "reports/DashboardData.h"
#include "widgets/SiteChooser.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Kindred {
namespace {

using Sets = QList<QPair<QString, QList<qreal>>>;

// One bar chart with categories along the bottom, one bar set per series, a legend when there are
// several. A chart with nothing to show says why under its title (`whenEmpty`), so that an empty chart is
// never mistaken for a broken one; `failed` (a read that failed) is shown the same way instead.
// Named categories (incident kinds) lie along the left with bars to the right (`Orientation::Across`), so that no
// name is cut short; numbers, days and months stand along the bottom. `categoryTitle` names what the categories
// are when they alone do not say ("26 Oct – 24 Nov" under day numbers).
enum class Orientation { Upright, Across };

// A screen reader names the chart by its title and reads its figures as the description (a picture says nothing
// to it): "Opened: Jul 3, Aug 5, …; Resolved: …", or why the chart is empty.
void describeChart(QChart* chart, const QString& title, const QStringList& categories, const Sets& sets,
                   const QString& note)
{
    const QList<QGraphicsView*> views = chart->scene() ? chart->scene()->views() : QList<QGraphicsView*> {};
    if (views.isEmpty()) {
        return;
    }
    QStringList figures;
    const QLocale locale;
    for (const auto& [name, values] : sets) {
        QStringList bars;
        for (qsizetype i = 0; i < values.size(); ++i) {
            bars << DashboardPage::tr("%1 %2", "one bar of a chart: its label and its value")
                        .arg(categories.value(i), locale.toString(values.at(i), 'f', 0));
        }
        figures << DashboardPage::tr("%1: %2", "a chart's series: its name and its bars")
                       .arg(name, bars.join(QStringLiteral(", ")));
    }
    views.constFirst()->setAccessibleName(title);
    views.constFirst()->setAccessibleDescription(note.isEmpty() ? figures.join(QStringLiteral("; ")) : note);
}

void setBars(QChart* chart, const QString& title, const QStringList& categories, const Sets& sets,
             const QString& whenEmpty, const QString& failed = {}, const QString& valueFormat = QStringLiteral("%d"),
             Orientation orientation = Orientation::Upright, const QString& categoryTitle = {})
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    bool empty = true;
    for (const auto& set : sets) {
        empty = empty && std::all_of(set.second.cbegin(), set.second.cend(), [](qreal v) { return v == 0; });
    }
    const QString note = !failed.isEmpty() ? failed : empty ? whenEmpty : QString();
    chart->setTitle(note.isEmpty()
                        ? title.toHtmlEscaped()
                        : QStringLiteral("<b>%1</b><br/>%2").arg(title.toHtmlEscaped(), note.toHtmlEscaped()));
    QAbstractBarSeries* series = orientation == Orientation::Across
        ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
        : new QBarSeries;
    qreal top = 1;
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        for (qreal v : values) {
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(categoryTitle);
    if (categories.size() > 8) { // a dozen hours or thirty days: a size smaller, so that each number fits its bar
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        x->setLabelsFont(small);
    }
    // Whole-number ticks: counts of children and tickets are never fractions.
    auto* y = new QValueAxis;
    const int ceiling = int(std::ceil(top));
    // At most about six marks up the side: more crowd a small chart until Qt Charts cuts them to "…".
    const int step = ceiling <= 5 ? 1 : ceiling <= 10 ? 2 : int(std::ceil(ceiling / 25.0)) * 5;
    const int last = ((ceiling + step) / step) * step;
    y->setRange(0, last);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(valueFormat);
    chart->addAxis(x, orientation == Orientation::Across ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, orientation == Orientation::Across ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
    describeChart(chart, title, categories, sets, note);
}

QList<qreal> reals(const QList<int>& values)
{
    return QList<qreal>(values.cbegin(), values.cend());
}

} // namespace

DashboardPage::DashboardPage(Database& database, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_siteChooser(new SiteChooser(database, session, this))
    , m_summaryLabel(new QLabel(this))
{
    m_summaryLabel->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(m_siteChooser);
    top->addWidget(refreshButton);
    connect(m_siteChooser, &SiteChooser::siteChosen, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    for (const char* name : {"attendancePerDayChartView", "presentByHourChartView", "ticketsChartView",
                             "resolutionChartView", "incidentsChartView"}) {
        addChart(QString::fromLatin1(name));
    }
    // On a short screen (a scaled one) the charts keep their size and the page scrolls.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget(scroll);
    m_grid = new QGridLayout(charts);
    m_grid->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(charts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layCharts(3);
}

int DashboardPage::columnsFor(int width)
{
    return std::clamp(width / MinimumChartWidth, 1, 3);
}

// Three charts across a wide page, two or one on a narrow or scaled screen (1366×768 at scale 1.5 is 910 points
// wide), where three would be squeezed until Qt Charts cuts their labels to "…". The thirty days take two places.
void DashboardPage::layCharts(int columns)
{
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (QChartView* view : std::as_const(m_views)) {
        m_grid->removeWidget(view);
    }
    const int wide = std::min(2, columns);
    m_grid->addWidget(m_views.at(0), 0, 0, 1, wide);
    int cell = wide;
    for (int i = 1; i < m_views.size(); ++i, ++cell) {
        m_grid->addWidget(m_views.at(i), cell / columns, cell % columns);
    }
    for (int c = 0; c < 3; ++c) {
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layCharts(columnsFor(event->size().width()));
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
    m_siteChooser->reload(); // a site added or archived meanwhile
    refresh();
    QWidget::showEvent(event);
}

void DashboardPage::refresh()
{
    fillAttendancePerDay(m_views.at(0)->chart());
    fillPresentByHour(m_views.at(1)->chart());
    if (site() == ReportRequest::AllSites) {
        fillTicketsPerSite(m_views.at(2)->chart(), m_views.at(3)->chart());
    } else {
        fillTickets(m_views.at(2)->chart(), m_views.at(3)->chart());
    }
    fillIncidents(m_views.at(4)->chart());
}

qint64 DashboardPage::site() const
{
    return m_siteChooser->chosenSite();
}

void DashboardPage::fillTicketsPerSite(QChart* counts, QChart* times)
{
    const QDate today = Clock::currentDate();
    auto sites = DashboardData(m_database, m_session, site()).ticketsPerSite(today.addMonths(-5), today);
    QStringList categories;
    Sets opened;
    Sets hours;
    if (sites) {
        for (const auto& [place, months] : sites.value()) {
            QList<qreal> siteOpened;
            QList<qreal> siteHours;
            for (const auto& m : months) {
                siteOpened << m.opened;
                siteHours << m.medianHoursToResolve.value_or(0.0);
            }
            opened << qMakePair(place.name, siteOpened);
            hours << qMakePair(place.name, siteHours);
        }
        for (const auto& m : sites->isEmpty() ? QList<DashboardData::TicketMonth> {} : sites->first().months) {
            categories << QLocale().toString(m.month, QStringLiteral("MMM"));
        }
    }
    const QString failed = sites ? QString() : sites.errorString();
    setBars(counts, tr("Tickets opened per month, by site"), categories, opened, tr("No tickets in these six months."),
            failed);
    setBars(times, tr("Hours to resolve (median) by site"), categories, hours, tr("None resolved yet."), failed,
            QStringLiteral("%.0f"));
}

void DashboardPage::fillIncidents(QChart* chart)
{
    const QDate today = Clock::currentDate();
    auto kinds = DashboardData(m_database, m_session, site()).incidentsByKind(today.addDays(-89), today);
    QStringList categories;
    QList<qreal> counts;
    if (kinds) {
        for (const auto& [key, count] : kinds.value()) {
            categories << incidentKindName(incidentKindFromKey(key));
            counts << count;
        }
    }
    setBars(chart, tr("Incidents by kind (last 90 days)"), categories, {{tr("Incidents"), counts}},
            tr("No incidents in these 90 days."), kinds ? QString() : kinds.errorString(), QStringLiteral("%d"),
            Orientation::Across);
}

void DashboardPage::fillTickets(QChart* counts, QChart* times)
{
    const QDate today = Clock::currentDate();
    auto months = DashboardData(m_database, m_session, site()).ticketsPerMonth(today.addMonths(-5), today);
    QStringList categories;
    QList<qreal> opened;
    QList<qreal> resolved;
    QList<qreal> hours;
    if (months) {
        for (const auto& m : months.value()) {
            categories << QLocale().toString(m.month, QStringLiteral("MMM"));
            opened << m.opened;
            resolved << m.resolved;
            hours << m.medianHoursToResolve.value_or(0.0);
        }
    }
    const QString failed = months ? QString() : months.errorString();
    setBars(counts, tr("Tickets opened and resolved per month"), categories,
            {{tr("Opened"), opened}, {tr("Resolved"), resolved}}, tr("No tickets in these six months."), failed);
    setBars(times, tr("Hours to resolve (median, by month opened)"), categories, {{tr("Hours"), hours}},
            tr("None resolved yet."), failed, QStringLiteral("%.0f"));
}

void DashboardPage::fillAttendancePerDay(QChart* chart)
{
    const QDate today = Clock::currentDate();
    auto days = DashboardData(m_database, m_session, site()).attendancePerDay(today.addDays(-29), today);
    QStringList categories;
    QList<int> values;
    const QLocale locale;
    // The day of the month under each bar (thirty "24 Nov" would not fit and be cut to nothing), the span under them.
    if (days) {
        for (const auto& [day, children] : days.value()) {
            categories << locale.toString(day.day());
            values << children;
        }
    }
    const QString span = tr("%1 – %2").arg(locale.toString(today.addDays(-29), QStringLiteral("d MMM")),
                                           locale.toString(today, QStringLiteral("d MMM")));
    setBars(chart, tr("Children attending per day (last 30 days)"), categories, {{tr("Children"), reals(values)}},
            tr("No check-ins in these 30 days."), days ? QString() : days.errorString(), QStringLiteral("%d"),
            Orientation::Upright, span);
}

void DashboardPage::fillPresentByHour(QChart* chart)
{
    auto hours = DashboardData(m_database, m_session, site()).presentByHour(Clock::currentDate());
    QStringList categories;
    QList<int> values;
    if (hours) {
        for (const auto& [hour, children] : hours.value()) {
            categories << QLocale().toString(hour);
            values << children;
        }
    }
    setBars(chart, tr("Children present at each hour today"), categories, {{tr("Present"), reals(values)}},
            tr("Nobody checked in yet today."), hours ? QString() : hours.errorString());
    // The figure the desk and the board show, not the last hour mark (a child in at 08:02 is not counted at 08:00).
    const auto here = DashboardData(m_database, m_session, site()).presentNow();
    const QString today = QLocale().toString(Clock::currentDate(), QLocale::LongFormat);
    const QString hereText = site() == ReportRequest::AllSites
        ? tr("Today, %1: %n child(ren) here now, at every site together.", nullptr, here ? here.value() : 0)
        : tr("Today, %1: %n child(ren) here now.", nullptr, here ? here.value() : 0);
    m_summaryLabel->setText(here ? hereText.arg(today) : tr("Today, %1: %2").arg(today, here.errorString()));
}

} // namespace Kindred
