// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page and the dashboard, offscreen, on the hand-checked centre of ReportTestData.h.
#include "ReportTestData.h"
#include "desk/DashboardPage.h"
#include "reports/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QTest>

using namespace Kindred;

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportTestData> m_data;

    // Saves a picture of `widget` where KINDRED_SCREENSHOT_DIR says (to look at), and checks it drew.
    static void grab(QWidget& widget, const QString& name)
    {
        widget.resize(1100, 700);
        widget.show();
        QApplication::processEvents();
        const QPixmap picture = widget.grab();
        QVERIFY(!picture.isNull());
        const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            picture.save(dir + QLatin1Char('/') + name);
        }
    }

private slots:
    void initTestCase()
    {
        m_data = std::make_unique<ReportTestData>();
        QVERIFY(m_data->build());
    }
    void cleanupTestCase() { m_data.reset(); }

    void savesWhatTheFormAsks()
    {
        ReportsPage page(m_data->centre.database(), m_data->centre.centre(), m_data->centre.session());
        auto* list = page.findChild<QListWidget*>(QStringLiteral("reportListWidget"));
        auto* room = page.findChild<QComboBox*>(QStringLiteral("roomComboBox"));
        auto* from = page.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
        QVERIFY(list && room && from);
        QCOMPARE(list->count(), ReportCatalogue::reports().size());
        page.selectReport(QStringLiteral("birthdays"));
        page.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        room->setCurrentIndex(room->findText(QStringLiteral("Possums")));
        QCOMPARE(page.request().roomId, m_data->possums);
        const QString csv = m_data->centre.dirPath() + QStringLiteral("/page.csv");
        QVERIFY(page.saveCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("2026-03-31,Chloe Smith,Possums,4,no\r\n"));
        QVERIFY(page.savePdf(m_data->centre.dirPath() + QStringLiteral("/page.pdf")));

        page.selectReport(QStringLiteral("allergies")); // a list as it stands today: no period
        QVERIFY(!from->isEnabled());
        QVERIFY(room->isEnabled());
        page.selectReport(QStringLiteral("tickets")); // families, not rooms
        QVERIFY(!room->isEnabled());
        grab(page, QStringLiteral("reports-page.png"));
    }

    void dashboardCharts()
    {
        m_data->clock.set(QDateTime(QDate(2026, 3, 20), QTime(10, 0), QTimeZone("Australia/Melbourne")));
        DashboardPage page(m_data->centre.database(), m_data->centre.session());
        page.refresh();
        QCOMPARE(page.chartViews().size(), 5);
        const auto values = [&](int chart, int set) {
            const auto series = page.chartViews().at(chart)->chart()->series();
            QList<qreal> list;
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series.value(0))) { // upright or across
                for (int i = 0; i < bars->barSets().at(set)->count(); ++i) {
                    list << bars->barSets().at(set)->at(i);
                }
            }
            return list;
        };
        QCOMPARE(values(0, 0), (QList<qreal> {3, 1, 1})); // children on 2, 3 and 4 March
        QCOMPARE(values(2, 0).last(), 3.0); // tickets opened in March
        QCOMPARE(values(2, 1).last(), 3.0); // and resolved
        QCOMPARE(values(3, 0).last(), 6.0); // median hours to resolve
        QCOMPARE(values(4, 0), (QList<qreal> {1, 1, 1})); // incidents: one of each of three kinds
        grab(page, QStringLiteral("dashboard.png"));
    }
};

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
