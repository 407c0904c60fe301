// SPDX-License-Identifier: GPL-3.0-or-later
// The README's pictures: the main window on the demo centre as a receptionist sees it, and the family
// editor's tabs. With KINDRED_SCREENSHOT_DIR set they are written there (main-window.png, editor.png,
// editor-2.png…); otherwise the same steps run and only the pictures are checked. They used to come from
// hidden `kindred --screenshot` options that skipped the sign-in (issue 13, point 9): the executable now
// has no such option, and this program signs the receptionist in like a desk would.
#include "DeskSignIn.h"
#include "MockClock.h"
#include "TestCentre.h"
#include "base/Translations.h"
#include "demo/DemoCentreBuilder.h"
#include "desk/DashboardPage.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "families/FamiliesPage.h"
#include "families/FamilyEditorDialog.h"
#include "families/FamilyListModel.h"
#include "families/FamilyService.h"
#include "incidents/IncidentsSection.h"
#include "incidents/RollCallWindow.h"
#include "security/SignInService.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"
#include "shell/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace Kindred;

class TestReadmeScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // As the application does at start: "1 child", "45 families" from the English file.
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    }
    void mainWindowAndEditor();
};

namespace {

QString target(const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(name);
}

} // namespace

void TestReadmeScreenshots::mainWindowAndEditor()
{
    // A Tuesday at twenty to ten, so that the pictures are the same each time: the staff in their rooms,
    // most children here, one or two late or still to come, four weeks of history behind the dashboard.
    const QTimeZone zone("Australia/Melbourne");
    MockClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 40), zone), zone);
    TestCentre centre;
    DemoBuildOptions demo; // the README's centre, with its drawn avatars
    demo.centre.photos = !target(QStringLiteral("main-window.png")).isEmpty();
    demo.centre.timeZone = QStringLiteral("Australia/Melbourne");
    const auto built = DemoCentreBuilder::build(centre.database(), demo, &clock);
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    AppStartup startup;
    StartupOptions options;
    options.databasePath = centre.path();
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The receptionist signs in with the demo's published PIN, as at the desk.
    QVERIFY(signInAtTheLock(window, QStringLiteral("2222")));
    QCOMPARE(startup.session().actor().role, StaffRole::Receptionist);

    // A family found, its children's cards with their alerts (one with a life-threatening allergy).
    auto* desk = window->findChild<FrontDeskPage*>();
    QVERIFY(desk);
    Session reader(SystemActorKind::ReportJob);
    const auto listed = FamilyService(centre.database(), reader).list(0, 500);
    QVERIFY(listed.ok());
    const QList<FamilySummary>& families = listed.value();
    auto chosen = std::find_if(families.cbegin(), families.cend(),
                               [](const FamilySummary& f) { return f.hasLifeThreateningAllergy; });
    if (chosen == families.cend()) {
        chosen = families.cbegin();
    }
    QVERIFY(chosen != families.cend());
    if (auto* search = desk->findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"))) {
        search->setText(chosen->householdName);
    }
    desk->openFamily(chosen->id);
    QApplication::processEvents();
    const QImage main = window->grab().toImage();
    QVERIFY(!main.isNull());
    if (const QString path = target(QStringLiteral("main-window.png")); !path.isEmpty()) {
        QVERIFY(main.save(path));
    }

    // The family editor, one picture per tab.
    FamiliesPage* page = window->familiesPage();
    const qint64 id = page->model()->familyId(0);
    FamilyEditorDialog* dialog = page->openEditor(id);
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>();
    const int count = tabs ? tabs->count() : 1;
    for (int i = 0; i < count; ++i) {
        if (tabs) {
            tabs->setCurrentIndex(i);
        }
        QApplication::processEvents();
        const QImage picture = dialog->grab().toImage();
        QVERIFY(!picture.isNull());
        const QString name = i == 0 ? QStringLiteral("editor.png") : QStringLiteral("editor-%1.png").arg(i + 1);
        if (const QString path = target(name); !path.isEmpty()) {
            QVERIFY(picture.save(path));
        }
    }
    dialog->reject();

    // The who's-here board and the emergency roll call, as the receptionist has them.
    window->showSection(window->roomBoardPage());
    QApplication::processEvents();
    const QImage board = window->grab().toImage();
    QVERIFY(!board.isNull());
    if (const QString path = target(QStringLiteral("board.png")); !path.isEmpty()) {
        QVERIFY(board.save(path));
    }
    RollCallWindow* rollCall = window->incidentsSection()->showRollCall();
    QVERIFY(rollCall);
    rollCall->resize(1280, 800);
    QApplication::processEvents();
    const QImage roll = rollCall->grab().toImage();
    QVERIFY(!roll.isNull());
    if (const QString path = target(QStringLiteral("roll-call.png")); !path.isEmpty()) {
        QVERIFY(roll.save(path));
    }
    rollCall->close();

    // The director's dashboard over the same morning.
    DashboardPage dashboard(centre.database(), centre.session());
    dashboard.resize(1280, 800);
    dashboard.show();
    QApplication::processEvents();
    const QImage figures = dashboard.grab().toImage();
    QVERIFY(!figures.isNull());
    if (const QString path = target(QStringLiteral("dashboard.png")); !path.isEmpty()) {
        QVERIFY(figures.save(path));
    }
}

QTEST_MAIN(TestReadmeScreenshots)
#include "TestReadmeScreenshots.moc"
