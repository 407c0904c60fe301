// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page and the dashboard, offscreen, on the hand-checked centre of ReportTestData.h.
#include "ReportTestData.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
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

    // Issue 16, point 8: a centre of one site has no site to choose; of several, this computer's site, each
    // open site and "All sites", for those who may see across sites. Last: it adds a site to the centre.
    void siteChooser()
    {
        Session& session = m_data->centre.session();
        {
            ReportsPage page(m_data->centre.database(), m_data->centre.centre(), session);
            auto* site = page.findChild<QComboBox*>(QStringLiteral("siteComboBox"));
            QVERIFY(site);
            QVERIFY(site->isHidden());
            QCOMPARE(page.request().siteId, Site::First);
        }
        Site north {0, QStringLiteral("Northside"), false};
        QVERIFY(m_data->centre.services().sites().saveSite(north));
        session.setSiteId(north.id);
        Room wombats {0, QStringLiteral("Wombats"), 24, 60, 10, 4};
        QVERIFY(m_data->centre.centre().saveRoom(wombats));
        session.setSiteId(Site::First);

        ReportsPage page(m_data->centre.database(), m_data->centre.centre(), session);
        auto* site = page.findChild<QComboBox*>(QStringLiteral("siteComboBox"));
        auto* room = page.findChild<QComboBox*>(QStringLiteral("roomComboBox"));
        QVERIFY(site && room);
        QVERIFY(!site->isHidden());
        QVERIFY(site->isEnabled());
        QCOMPARE(site->count(), 4); // this computer's, the two sites, all
        QCOMPARE(page.request().siteId, Site::First);
        QVERIFY(room->findText(QStringLiteral("Joeys")) > 0);
        site->setCurrentIndex(site->findText(QStringLiteral("Northside")));
        QCOMPARE(page.request().siteId, north.id);
        QCOMPARE(room->count(), 2); // all rooms, Wombats
        QCOMPARE(room->itemText(1), QStringLiteral("Wombats"));
        site->setCurrentIndex(site->count() - 1);
        QCOMPARE(page.request().siteId, ReportRequest::AllSites);
        QCOMPARE(room->count(), 1);
        page.selectReport(QStringLiteral("attendance"));
        page.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
        const QString csv = m_data->centre.dirPath() + QStringLiteral("/all-sites.csv");
        QVERIFY(page.saveCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().contains("Site,Child ID"));
        grab(page, QStringLiteral("reports-page-sites.png"));

        // Reachable from the keyboard: Alt+S moves to the chooser.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(site->hasFocus());

        // Without ViewAllSites: this computer's site, and nothing else to choose.
        Session staff;
        StaffMember member;
        member.id = 99;
        member.role = StaffRole::Staff;
        staff.signIn(member);
        ReportsPage limited(m_data->centre.database(), m_data->centre.centre(), staff);
        auto* fixed = limited.findChild<QComboBox*>(QStringLiteral("siteComboBox"));
        QVERIFY(fixed);
        QVERIFY(!fixed->isEnabled());
        QCOMPARE(fixed->currentIndex(), 0);
        QCOMPARE(limited.request().siteId, Site::First);
    }
};

QTEST_MAIN(TestReportsPage)
#include "TestReportsPage.moc"
