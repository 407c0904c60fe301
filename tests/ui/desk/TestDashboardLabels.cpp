// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 11: the dashboard reads well at 1366×768 and 1920×1080, at scale 1.0 and (the same program run
// by CTest as TestDashboardLabelsAtScale15, with QT_SCALE_FACTOR=1.5) at 1.5: Qt Charts cuts no title or label to
// "…" or "⋮" (the page lays its charts two or one across and scrolls rather than squeeze them).
#include "MockClock.h"
#include "TestCentre.h"
#include "base/Translations.h"
#include "centre/Session.h"
#include "demo/DemoCentreBuilder.h"
#include "desk/DashboardPage.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QTest>

using namespace Kindred;

class TestDashboardLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingIsCutShort_data();
    void nothingIsCutShort();

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_centre;
};

void TestDashboardLabels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia));
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    const QTimeZone zone("Australia/Melbourne");
    m_clock = std::make_unique<MockClock>(QDateTime(QDate(2026, 11, 24), QTime(9, 40), zone), zone);
    m_centre = std::make_unique<TestCentre>();
    DemoBuildOptions demo; // four weeks of history, today's morning, tickets and incidents
    demo.centre.photos = false;
    demo.centre.timeZone = QStringLiteral("Australia/Melbourne");
    const auto built = DemoCentreBuilder::build(m_centre->database(), demo, m_clock.get());
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
}

void TestDashboardLabels::nothingIsCutShort_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366×768") << QSize(1366, 768);
    QTest::newRow("1920×1080") << QSize(1920, 1080);
}

void TestDashboardLabels::nothingIsCutShort()
{
    QFETCH(QSize, size);
    // The page as it sits in the main window: the size less the section list, the menu and the status bar.
    const QSize page(size.width() - 200, size.height() - 80);
    Session director(SystemActorKind::ReportJob);
    DashboardPage dashboard(m_centre->database(), director);
    dashboard.resize(page / qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble());
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QApplication::processEvents();
    const QList<QChartView*> views = dashboard.findChildren<QChartView*>();
    QCOMPARE(views.size(), 5);
    // What Qt Charts drew: a title or a label it had no room for is cut to "…" (or "⋮" when turned on its side).
    for (QChartView* view : views) {
        for (QGraphicsItem* item : view->scene()->items()) {
            auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            if (!text || !text->isVisible()) {
                continue;
            }
            const QString shown = text->toPlainText();
            QVERIFY2(!shown.contains(QStringLiteral("...")) && !shown.contains(QChar(0x2026))
                         && !shown.contains(QChar(0x22ee)),
                     qPrintable(QStringLiteral("%1: \"%2\" is cut short").arg(view->objectName(), shown)));
        }
    }
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOTS"); !dir.isEmpty()) {
        dashboard.grab().save(QStringLiteral("%1/dashboard-%2x%3-scale%4.png")
                                  .arg(dir)
                                  .arg(size.width())
                                  .arg(size.height())
                                  .arg(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
    }
}

QTEST_MAIN(TestDashboardLabels)
#include "TestDashboardLabels.moc"
