// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 1 — "Light / Dark / Follow the system in Settings", "icons recoloured for the palette in use",
// "the front desk and Settings share one monitor icon". The real window on the demo centre: the scheme stored for
// this computer is the one shown, Settings switches it at once, and every section has an icon of its own.
// With KINDRED_SCREENSHOT_DIR set, the desk and the board are written there at 1366×768 in both schemes.
#include "DeskSignIn.h"
#include "TestCentre.h"
#include "demo/DemoCentreGenerator.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "families/FamilyService.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"
#include "shell/SignInDialog.h"
#include "widgets/Palette.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Kindred;

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void storedSchemeIsShown_data();
    void storedSchemeIsShown();
};

namespace {

QString target(const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(name);
}

ColorScheme schemeOf(const QString& key)
{
    if (key == QLatin1String("contrast")) {
        return ColorScheme::HighContrast;
    }
    return key == QLatin1String("dark") ? ColorScheme::Dark : ColorScheme::Light;
}

QString comboText(const QString& key)
{
    if (key == QLatin1String("contrast")) {
        return QStringLiteral("High contrast");
    }
    return key == QLatin1String("dark") ? QStringLiteral("Dark") : QStringLiteral("Light");
}

QImage iconImage(const QListWidget* list, int row)
{
    return list->item(row)->icon().pixmap(QSize(24, 24)).toImage();
}

} // namespace

void TestTheme::storedSchemeIsShown_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("other");
    QTest::newRow("light") << QStringLiteral("light") << QStringLiteral("dark");
    QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("light");
    QTest::newRow("high contrast") << QStringLiteral("contrast") << QStringLiteral("dark");
    QTest::newRow("light to high contrast") << QStringLiteral("light") << QStringLiteral("contrast");
}

void TestTheme::storedSchemeIsShown()
{
    QFETCH(QString, stored);
    QFETCH(QString, other);
    QSettings().setValue(QStringLiteral("display/colorScheme"), stored);
    const ColorScheme scheme = schemeOf(stored);

    TestCentre centre;
    DemoCentreOptions demo;
    demo.photos = !target(QStringLiteral("x.png")).isEmpty();
    QVERIFY(DemoCentreGenerator(centre.database()).generate(demo).ok());
    AppStartup startup;
    StartupOptions options;
    options.databasePath = centre.path();
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(Palette::scheme(), scheme);
    QCOMPARE(window->palette().color(QPalette::Window), Palette::color(Palette::Window, scheme));
    QVERIFY(!QApplication::windowIcon().isNull());

    // The director signs in (every section shows), with the demo's published PIN.
    QVERIFY(signInAtTheLock(window, QStringLiteral("1111")));

    // The whole window fits the smallest screen supported, 1366×768 with a desktop panel (every section built,
    // the director seeing them all): no page's minimum, hidden or shown, makes it wider or taller.
    QApplication::processEvents();
    const QSize least = window->minimumSize().expandedTo(window->minimumSizeHint());
    QVERIFY2(least.width() <= 1366 && least.height() <= 768 - 48,
             qPrintable(QStringLiteral("the window needs at least %1×%2").arg(least.width()).arg(least.height())));

    // Every section has an icon of its own: no two look alike (the desk and Settings shared one).
    auto* sections = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
    QVERIFY(sections);
    for (int a = 0; a < sections->count(); ++a) {
        QVERIFY(!iconImage(sections, a).isNull());
        for (int b = a + 1; b < sections->count(); ++b) {
            QVERIFY2(iconImage(sections, a) != iconImage(sections, b),
                     qPrintable(sections->item(a)->text() + QStringLiteral(" / ") + sections->item(b)->text()));
        }
    }

    auto* desk = window->findChild<FrontDeskPage*>();
    QVERIFY(desk);
    Session reader(SystemActorKind::ReportJob);
    const auto listed = FamilyService(centre.database(), reader).list(0, 500);
    QVERIFY(listed.ok() && !listed->isEmpty());
    auto chosen = std::find_if(listed->cbegin(), listed->cend(),
                               [](const FamilySummary& f) { return f.hasLifeThreateningAllergy; });
    if (chosen == listed->cend()) {
        chosen = listed->cbegin();
    }
    if (auto* search = desk->findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"))) {
        search->setText(chosen->householdName);
    }
    desk->openFamily(chosen->id);
    QApplication::processEvents();
    const QImage deskImage = window->grab().toImage();
    QVERIFY(!deskImage.isNull());
    if (const QString path = target(QStringLiteral("desk-%1.png").arg(stored)); !path.isEmpty()) {
        QVERIFY(deskImage.save(path));
    }
    window->showSection(window->findChild<RoomBoardPage*>());
    // The board was read before anyone signed in; F5 reads the section in view again.
    auto* boardError = window->findChild<QLabel*>(QStringLiteral("boardReadErrorLabel"));
    QVERIFY(boardError);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_VERIFY2(boardError->isHidden(), qPrintable(boardError->text()));
    QApplication::processEvents();
    if (const QString path = target(QStringLiteral("board-%1.png").arg(stored)); !path.isEmpty()) {
        QVERIFY(window->grab().toImage().save(path));
    }

    // Settings switches this computer to the other scheme at once, and remembers it.
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("colorSchemeComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), comboText(stored));
    const QImage before = iconImage(sections, 0);
    const int index = combo->findText(comboText(other));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    const ColorScheme switched = schemeOf(other);
    QCOMPARE(Palette::scheme(), switched);
    QCOMPARE(QApplication::palette().color(QPalette::Window), Palette::color(Palette::Window, switched));
    QCOMPARE(QSettings().value(QStringLiteral("display/colorScheme")).toString(), other);
    QVERIFY2(iconImage(sections, 0) != before, "the icons already on screen are drawn in the new colours");
    // A status set before the change (no backup yet: amber) is in the new scheme's amber.
    auto* backup = window->findChild<QLabel*>(QStringLiteral("backupStatusLabel"));
    QVERIFY(backup);
    QVERIFY2(backup->styleSheet().contains(Palette::color(Palette::Warning, switched).name()),
             qPrintable(backup->styleSheet()));
    if (const QString path = target(QStringLiteral("settings-%1.png").arg(other)); !path.isEmpty()) {
        window->showSection(window->findChild<QWidget*>(QStringLiteral("settingsPage")));
        QApplication::processEvents();
        QVERIFY(window->grab().toImage().save(path));
    }
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
