// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, points 3 and 9: every section of the window, as the director sees it at 1366×768, in Arabic (the
// window mirrored) and in the developers' pseudo-language (every text 35 % longer): each text fits its widget.
// With KINDRED_SCREENSHOT_DIR set, each section is saved for review.
#include "ClippedTextCheck.h"
#include "DeskSignIn.h"
#include "TestCentre.h"
#include "base/PseudoTranslation.h"
#include "base/Translations.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamiliesPage.h"
#include "families/FamilyEditorDialog.h"
#include "families/FamilyListModel.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentsPage.h"
#include "incidents/IncidentsSection.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "tickets/TicketCaptureDialog.h"
#include "tickets/TicketsPage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Kindred;

class TestScreensFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theCheckFindsACutText_data();
    void theCheckFindsACutText();
    void everySectionFits_data();
    void everySectionFits();

private:
    std::unique_ptr<TestCentre> m_centre;
};

void TestScreensFit::initTestCase()
{
    m_centre = std::make_unique<TestCentre>();
    QVERIFY(DemoCentreGenerator(m_centre->database()).generate(DemoCentreOptions {}).ok());
}

void TestScreensFit::cleanupTestCase()
{
    m_centre.reset();
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
}

void TestScreensFit::theCheckFindsACutText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("cut");
    QTest::newRow("a label with room") << "label" << 400 << false;
    QTest::newRow("a label too narrow") << "label" << 60 << true;
    QTest::newRow("a wrapped label with room") << "wrapped" << 400 << false;
    QTest::newRow("a wrapped label too short") << "wrapped" << 60 << true;
    QTest::newRow("a button with room") << "button" << 400 << false;
    QTest::newRow("a button too narrow") << "button" << 60 << true;
}

// The check itself: a text given less room than it needs is found, one with room is not.
void TestScreensFit::theCheckFindsACutText()
{
    QFETCH(QString, kind);
    QFETCH(int, width);
    QFETCH(bool, cut);
    QWidget screen;
    const QString text = QStringLiteral("Check in every sibling of the family at once");
    QWidget* widget = nullptr;
    if (kind == QLatin1String("button")) {
        widget = new QPushButton(text, &screen);
    } else {
        auto* label = new QLabel(text, &screen);
        label->setWordWrap(kind == QLatin1String("wrapped"));
        widget = label;
    }
    widget->setGeometry(0, 0, width, widget->fontMetrics().height() + 8);
    auto* hidden = new QLabel(text, &screen); // not on screen: not counted
    hidden->setGeometry(0, 40, 20, 20);
    hidden->hide();
    screen.resize(420, 80);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QCOMPARE(!ClippedTextCheck::clipped(&screen).isEmpty(), cut);
}

void TestScreensFit::everySectionFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("Arabic") << QStringLiteral("ar") << Qt::RightToLeft;
    QTest::newRow("pseudo") << PseudoTranslation::Code << Qt::LeftToRight;
}

void TestScreensFit::everySectionFits()
{
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);
    AppStartup startup;
    StartupOptions options;
    options.databasePath = m_centre->path();
    options.language = language;
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(signInAtTheLock(window, QStringLiteral("1111"))); // the director, who sees every section
    QCOMPARE(Translations::installedLanguage(), language);
    QCOMPARE(window->layoutDirection(), direction);
    const QString folder = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    QStringList clipped;
    for (int i = 0; i < window->sectionCount(); ++i) {
        window->showSection(i);
        QApplication::processEvents();
        QWidget* section = window->currentSection();
        const QString name = QString::fromLatin1(section->metaObject()->className()).section(QStringLiteral("::"), -1);
        if (!folder.isEmpty()) {
            QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(language, name))));
        }
        for (const QString& text : ClippedTextCheck::clipped(window)) {
            clipped << QStringLiteral("%1: %2").arg(name, text);
        }
        if (window->width() > 1366 || window->height() > 768) {
            clipped
                << QStringLiteral("%1: the window grew to %2×%3").arg(name).arg(window->width()).arg(window->height());
        }
    }
    // The forms a receptionist fills in most: the family editor, tab by tab; an incident; a new ticket.
    const auto look = [&clipped](QWidget* form, const QString& name) {
        QApplication::processEvents();
        if (form->width() > 1366 || form->height() > 768) { // grown past the screen to make room
            clipped
                << QStringLiteral("%1: %2×%3, larger than the screen").arg(name).arg(form->width()).arg(form->height());
        }
        for (const QString& text : ClippedTextCheck::clipped(form)) {
            clipped << QStringLiteral("%1: %2").arg(name, text);
        }
    };
    FamiliesPage* families = window->familiesPage();
    window->showSection(families);
    FamilyEditorDialog* editor = families->openEditor(families->model()->familyId(0));
    QVERIFY(editor);
    auto* tabs = editor->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        look(editor, QStringLiteral("family editor, tab %1").arg(i + 1));
        if (i == 0 && !folder.isEmpty()) {
            QVERIFY(editor->grab().save(QDir(folder).filePath(QStringLiteral("%1-FamilyEditor.png").arg(language))));
        }
    }
    editor->reject();
    QSqlQuery child(m_centre->database().connection());
    QVERIFY(child.exec(QStringLiteral("SELECT id FROM children ORDER BY id LIMIT 1")) && child.next());
    IncidentDialog* incident = window->incidentsSection()->page()->logIncidentFor({child.value(0).toLongLong()});
    QVERIFY(incident);
    look(incident, QStringLiteral("incident form"));
    incident->reject();
    TicketCaptureDialog* ticket = window->ticketsPage()->captureTicket();
    QVERIFY(ticket);
    look(ticket, QStringLiteral("new ticket"));
    ticket->reject();

    clipped.removeDuplicates();
    for (const QString& text : std::as_const(clipped)) {
        qWarning().noquote() << text;
    }
    QVERIFY2(clipped.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) cut off, first: %2").arg(clipped.size()).arg(clipped.value(0))));
}

QTEST_MAIN(TestScreensFit)
#include "TestScreensFit.moc"
