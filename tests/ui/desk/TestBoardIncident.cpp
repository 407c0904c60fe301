// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "desk/FrontDeskPage.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentService.h"
#include "incidents/IncidentsPage.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Kindred;

// "Log incident" on the who's-here board, through the window AppStartup assembles (where the board
// is connected to the incidents section).
class TestBoardIncident : public QObject
{
    Q_OBJECT

private slots:
    void logsAnIncidentFromTheBoard();
};

namespace {

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50);
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

} // namespace

void TestBoardIncident::logsAnIncidentFromTheBoard()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    AppStartup startup;
    startup.session().actAs(SystemActorKind::Demo); // no sign-in asked: the test names its actor
    StartupOptions options;
    options.databasePath = f.centre.path();
    options.requireSignIn = false; // the test drives the window as the system actor
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Amara and Chidi are checked in at the desk; the board lists them, Amara flagged in red.
    auto* desk = window->findChild<FrontDeskPage*>();
    QVERIFY(desk);
    auto checkedIn = desk->attendance().checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY2(checkedIn.ok(), qPrintable(checkedIn.errorString()));
    window->showSection(1);
    auto* board = window->findChild<QListWidget*>(QStringLiteral("boardChildrenListWidget"));
    QVERIFY(board);
    QTRY_COMPARE(board->count(), 2);
    QListWidgetItem* amara = nullptr;
    for (int row = 0; row < board->count(); ++row) {
        if (board->item(row)->text().contains(QStringLiteral("Amara"))) {
            amara = board->item(row);
        } else {
            QVERIFY(board->item(row)->data(Qt::ForegroundRole).isNull()); // Chidi: no allergy, no flag
        }
    }
    QVERIFY(amara);
    QVERIFY2(amara->text().contains(QStringLiteral("Peanuts")), qPrintable(amara->text()));
    QCOMPARE(amara->foreground().color(), Palette::color(Palette::Alert));
    keepScreenshot(window, QStringLiteral("board-children.png"));

    // Select her and press Ctrl+I: the incident form opens for her alone.
    board->setFocus();
    board->setCurrentItem(amara);
    QCOMPARE(board->selectedItems().size(), 1);
    QTest::keyClick(board, Qt::Key_I, Qt::ControlModifier);
    QPointer<IncidentDialog> dialog;
    QTRY_VERIFY((dialog = window->findChild<IncidentDialog*>()) && dialog->isVisible());
    auto* children = dialog->findChild<QListWidget*>(QStringLiteral("childrenListWidget"));
    QCOMPARE(children->count(), 1);
    QCOMPARE(children->item(0)->text(), QStringLiteral("Amara Okafor"));
    QCOMPARE(children->item(0)->checkState(), Qt::Checked);

    dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"))->setCurrentIndex(0); // injury
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("locationLineEdit")), QStringLiteral("Sandpit"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("descriptionTextEdit")),
                     QStringLiteral("Tripped on the sandpit edge and grazed her knee."));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("actionTextEdit")),
                     QStringLiteral("Washed and iced."));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bodyAreaLineEdit")), QStringLiteral("Left knee"));
    dialog->findChild<QListWidget*>(QStringLiteral("staffListWidget"))->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("witnessesLineEdit")), QStringLiteral("Eli Staff"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("parentNameLineEdit")),
                     QStringLiteral("Ngozi Okafor"));
    dialog->findChild<QCheckBox*>(QStringLiteral("parentToldCheckBox"))->setChecked(true);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY2(!dialog || !dialog->isVisible(), qPrintable(dialog ? error->text() : QString()));

    // Stored for Amara, and only her.
    auto* incidents = window->findChild<IncidentsPage*>();
    QVERIFY(incidents);
    IncidentFilter filter;
    filter.from = clock.currentDate();
    filter.to = clock.currentDate();
    filter.childId = f.amara();
    const QList<IncidentSummary> forAmara = incidents->incidents().list(filter).value();
    QCOMPARE(forAmara.size(), 1);
    const auto saved = incidents->incidents().load(forAmara.first().id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->childIds, QList<qint64> {f.amara()});
    QCOMPARE(saved->location, QStringLiteral("Sandpit"));
    filter.childId = f.chidi();
    QVERIFY(incidents->incidents().list(filter)->isEmpty());
}

QTEST_MAIN(TestBoardIncident)
#include "TestBoardIncident.moc"
