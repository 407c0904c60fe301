// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, point 2: each person their language. The real window with its real SecurityController: before
// anyone signs in it speaks the centre's language; a person with a language of their own gets the window in
// it when they sign in, without a restart, and the next person theirs; --lang overrides everyone; a
// right-to-left language mirrors the whole window.
#include "AttendanceFixture.h"
#include "DeskSignIn.h"
#include "MockClock.h"
#include "TestCentre.h"
#include "base/Translations.h"
#include "centre/CentreService.h"
#include "centre/SettingsService.h"
#include "demo/DemoCentreBuilder.h"
#include "security/StaffAccountService.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTest>
#include <QTranslator>

using namespace Kindred;

class TestWindowLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theWindowSpeaksTheCentresLanguageUntilSomeoneSignsIn();
    void eachPersonGetsTheirLanguageAtSignIn();
    void theCommandLineLanguageRulesWhoeverSignsIn();
    void rightToLeftLanguagesMirrorTheWindow();
    void aFormLeftOpenKeepsTheLanguageUntilItIsClosed();
    void theDemosEducatorsWorkInTheirLanguages();

private:
    void setCentreLanguage(const QString& tag);
    void setStaffLanguage(StaffMember& member, const QString& code);
    void startWindow(const QString& commandLineLanguage = {});
    void signInWithPin(const QString& pin);
    void lockAndSignIn(const QString& pin);
    SecurityController* security() const { return m_startup->mainWindow()->findChild<SecurityController*>(); }
    QString firstSection() const;

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AttendanceFixture> m_f;
    std::unique_ptr<AppStartup> m_startup;
};

namespace {

const auto ReceptionistPin = QStringLiteral("246810");
const auto EducatorPin = QStringLiteral("135799");

// "Front desk" as the translation for `code` has it, read from the compiled file itself.
QString frontDeskIn(const QString& code)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/kindred_%1.qm").arg(code))) {
        return {};
    }
    const QString text = translator.translate("Kindred::MainWindow", "Front desk");
    return text.isEmpty() ? QStringLiteral("Front desk") : text;
}

} // namespace

void TestWindowLanguage::init()
{
    m_clock
        = std::make_unique<MockClock>(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    m_f = std::make_unique<AttendanceFixture>();
    QVERIFY(m_f->ok);
    SystemActor system(m_f->centre.session());
    StaffAccountService accounts(m_f->centre.database(), m_f->centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(accounts.setPin(m_f->receptionist.id, ReceptionistPin).ok());
    QVERIFY(accounts.setPin(m_f->educator.id, EducatorPin).ok());
}

void TestWindowLanguage::cleanup()
{
    m_startup.reset();
    m_f.reset();
    m_clock.reset();
    // The next test starts in English, whatever this one installed.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
}

void TestWindowLanguage::setCentreLanguage(const QString& tag)
{
    m_f->centre.session().signIn(m_f->director);
    SettingsService settings(m_f->centre.database(), m_f->centre.session());
    const auto saved = settings.setValue(SettingsService::Language, tag);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
}

void TestWindowLanguage::setStaffLanguage(StaffMember& member, const QString& code)
{
    m_f->centre.session().signIn(m_f->director);
    auto loaded = m_f->centre.centre().staffMember(member.id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    StaffMember edited = loaded.value();
    edited.language = code;
    const auto saved = m_f->centre.centre().saveStaff(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    member = edited;
}

void TestWindowLanguage::startWindow(const QString& commandLineLanguage)
{
    m_f->centre.session().signOut();
    m_startup = std::make_unique<AppStartup>();
    StartupOptions options;
    options.databasePath = m_f->centre.path();
    options.language = commandLineLanguage;
    QVERIFY(m_startup->start(options));
    QVERIFY(QTest::qWaitForWindowExposed(m_startup->mainWindow()));
    QVERIFY(security());
    QVERIFY(security()->isLocked());
}

void TestWindowLanguage::signInWithPin(const QString& pin)
{
    QVERIFY(signInAtTheLock(m_startup->mainWindow(), pin));
    QTest::qWait(0); // the queued language change, which may build the window again
    QCoreApplication::processEvents();
    QVERIFY(QTest::qWaitForWindowExposed(m_startup->mainWindow()));
}

void TestWindowLanguage::lockAndSignIn(const QString& pin)
{
    security()->lockNow();
    QVERIFY(security()->isLocked());
    signInWithPin(pin);
}

QString TestWindowLanguage::firstSection() const
{
    const auto* list = m_startup->mainWindow()->findChild<QListWidget*>();
    return list && list->count() > 0 ? list->item(0)->text() : QString();
}

void TestWindowLanguage::theWindowSpeaksTheCentresLanguageUntilSomeoneSignsIn()
{
    setCentreLanguage(QStringLiteral("es-AU"));
    startWindow();
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("es"));
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("es")));
    QVERIFY(firstSection() != QLatin1String("Front desk"));
    // The centre's country stays: Spanish texts, Australia's conventions where Qt has Spanish for it, else Spain's.
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    signInWithPin(ReceptionistPin); // no language of her own: the centre's
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("es")));
}

void TestWindowLanguage::eachPersonGetsTheirLanguageAtSignIn()
{
    setCentreLanguage(QStringLiteral("en-AU"));
    setStaffLanguage(m_f->receptionist, QStringLiteral("fr"));
    setStaffLanguage(m_f->educator, QStringLiteral("vi"));
    startWindow();
    QCOMPARE(firstSection(), QStringLiteral("Front desk"));

    signInWithPin(ReceptionistPin);
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("fr"));
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("fr")));
    QCOMPARE(m_startup->session().actorId(), m_f->receptionist.id); // still signed in, in the new window
    QVERIFY(!security()->isLocked());
    QVERIFY(m_startup->mainWindow()->centralWidget()->isVisible());

    lockAndSignIn(EducatorPin);
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("vi"));
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("vi")));
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
}

void TestWindowLanguage::theCommandLineLanguageRulesWhoeverSignsIn()
{
    setCentreLanguage(QStringLiteral("es"));
    setStaffLanguage(m_f->receptionist, QStringLiteral("fr"));
    startWindow(QStringLiteral("zh_CN"));
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("zh_CN")));
    signInWithPin(ReceptionistPin);
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("zh_CN")));
}

void TestWindowLanguage::rightToLeftLanguagesMirrorTheWindow()
{
    setCentreLanguage(QStringLiteral("en-AU"));
    setStaffLanguage(m_f->receptionist, QStringLiteral("ur"));
    startWindow();
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    signInWithPin(ReceptionistPin);
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_startup->mainWindow()->layoutDirection(), Qt::RightToLeft);
    // The section list is on the right of the page in the mirrored window.
    const auto* list = m_startup->mainWindow()->findChild<QListWidget*>();
    QVERIFY(list);
    const QWidget* central = m_startup->mainWindow()->centralWidget();
    QVERIFY(list->mapTo(central, QPoint(0, 0)).x() > central->width() / 2);
}

void TestWindowLanguage::aFormLeftOpenKeepsTheLanguageUntilItIsClosed()
{
    setCentreLanguage(QStringLiteral("en-AU"));
    setStaffLanguage(m_f->educator, QStringLiteral("es"));
    startWindow();
    signInWithPin(ReceptionistPin);
    QPointer<MainWindow> window = m_startup->mainWindow();

    // The receptionist is half way through a form when the educator signs in.
    auto* form = new QDialog(window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    auto* typed = new QLineEdit(form);
    typed->setText(QStringLiteral("half typed"));
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    lockAndSignIn(EducatorPin);
    QCOMPARE(m_startup->mainWindow(), window.data()); // not built again: the form and what it holds are there
    QVERIFY(window);
    QCOMPARE(typed->text(), QStringLiteral("half typed"));
    QCOMPARE(Translations::installedLanguage(), Translations::English);

    form->close();
    lockAndSignIn(EducatorPin);
    QCOMPARE(Translations::installedLanguage(), QStringLiteral("es"));
    QCOMPARE(firstSection(), frontDeskIn(QStringLiteral("es")));
}

// The README's demo: the educators with PINs 3302 and 3303 work in Spanish and Arabic. With
// KINDRED_SCREENSHOT_DIR set, the window is saved in each language for review (Arabic and Urdu mirrored,
// Chinese in its own face).
void TestWindowLanguage::theDemosEducatorsWorkInTheirLanguages()
{
    const QTimeZone zone("Australia/Melbourne");
    MockClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 40), zone), zone);
    TestCentre centre;
    DemoBuildOptions demo;
    demo.centre.timeZone = QStringLiteral("Australia/Melbourne");
    const QString folder = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    demo.centre.photos = !folder.isEmpty();
    const auto built = DemoCentreBuilder::build(centre.database(), demo, &clock);
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    const auto save = [&folder](QWidget* window, const QString& name) {
        if (!folder.isEmpty()) {
            QVERIFY(window->grab().save(QDir(folder).filePath(name)));
        }
    };

    for (const QString& language : {QString(), QStringLiteral("ur"), QStringLiteral("zh_CN")}) {
        AppStartup startup;
        StartupOptions options;
        options.databasePath = centre.path();
        options.language = language;
        QVERIFY(startup.start(options));
        startup.mainWindow()->resize(1366, 768);
        QVERIFY(QTest::qWaitForWindowExposed(startup.mainWindow()));
        QVERIFY(signInAtTheLock(startup.mainWindow(), QStringLiteral("3302")));
        QTest::qWait(0);
        QCoreApplication::processEvents();
        if (language.isEmpty()) {
            // Staff member 4 works in Spanish.
            QCOMPARE(Translations::installedLanguage(), QStringLiteral("es"));
            QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
            save(startup.mainWindow(), QStringLiteral("window-es.png"));
            // Staff member 5 in Arabic: the whole window mirrors.
            startup.mainWindow()->findChild<SecurityController*>()->lockNow();
            QVERIFY(signInAtTheLock(startup.mainWindow(), QStringLiteral("3303")));
            QTest::qWait(0);
            QCoreApplication::processEvents();
            QCOMPARE(Translations::installedLanguage(), QStringLiteral("ar"));
            QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
            startup.mainWindow()->resize(1366, 768);
            QVERIFY(QTest::qWaitForWindowExposed(startup.mainWindow()));
            save(startup.mainWindow(), QStringLiteral("window-ar.png"));
        } else {
            // --lang over the educator's own.
            QCOMPARE(Translations::installedLanguage(), language);
            save(startup.mainWindow(), QStringLiteral("window-%1.png").arg(language));
        }
    }
}

QTEST_MAIN(TestWindowLanguage)
#include "TestWindowLanguage.moc"
