// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/LanguageChoice.h"

#include <QTest>

using namespace Kindred;

// One precedence for the whole application (issue 17, point 2): which language the window, a command, a
// parent's document and the centre's own screens speak, from --lang, the person signed in, the recipient,
// the centre and LANG.
class TestLanguageChoice : public QObject
{
    Q_OBJECT

private slots:
    void window_data();
    void window();
    void command_data();
    void command();
    void document_data();
    void document();
    void centreScreens_data();
    void centreScreens();
    void localeOf_data();
    void localeOf();
};

namespace {

void addSources()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("centre");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected"); // QLocale::name()
}

LanguageSources fetchSources()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, person);
    QFETCH(QString, centre);
    QFETCH(QString, system);
    return {commandLine, person, centre, system};
}

} // namespace

void TestLanguageChoice::window_data()
{
    addSources();
    QTest::newRow("--lang over everything") << "vi"
                                            << "fr"
                                            << "en-AU"
                                            << "es_ES.UTF-8"
                                            << "vi_VN";
    QTest::newRow("the person over the centre") << ""
                                                << "fr"
                                                << "en-GB"
                                                << "es_ES"
                                                << "fr_FR";
    QTest::newRow("the person in the centre's country") << ""
                                                        << "es"
                                                        << "en-US"
                                                        << ""
                                                        << "es_US";
    QTest::newRow("the person's own territory kept") << ""
                                                     << "fr-CA"
                                                     << "en-AU"
                                                     << ""
                                                     << "fr_CA";
    QTest::newRow("before sign-in: the centre's") << ""
                                                  << ""
                                                  << "ar-EG"
                                                  << "en_US"
                                                  << "ar_EG";
    QTest::newRow("no centre's: LANG") << ""
                                       << ""
                                       << ""
                                       << "ur_PK"
                                       << "ur_PK";
    QTest::newRow("LANG=C: the C locale, in English") << ""
                                                      << ""
                                                      << ""
                                                      << "C"
                                                      << "C";
    QTest::newRow("a person's unknown tag is passed over") << ""
                                                           << "xx-YY"
                                                           << "zh-CN"
                                                           << ""
                                                           << "zh_CN";
    QTest::newRow("an untranslated language keeps its formats") << ""
                                                                << "de"
                                                                << "en-AU"
                                                                << ""
                                                                << "de_DE";
}

void TestLanguageChoice::window()
{
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::forWindow(fetchSources()).name(), expected);
}

void TestLanguageChoice::command_data()
{
    addSources();
    QTest::newRow("--lang") << "fr"
                            << ""
                            << "en-AU"
                            << "es_ES"
                            << "fr_FR";
    QTest::newRow("the centre's, not LANG") << ""
                                            << ""
                                            << "es-MX"
                                            << "fr_FR"
                                            << "es_MX";
    // A command has no person: whoever runs the job, the centre's language.
    QTest::newRow("a person is never asked") << ""
                                             << "vi"
                                             << "en-GB"
                                             << ""
                                             << "en_GB";
    QTest::newRow("LANG last") << ""
                               << ""
                               << ""
                               << "vi_VN"
                               << "vi_VN";
}

void TestLanguageChoice::command()
{
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::forCommand(fetchSources()).name(), expected);
}

void TestLanguageChoice::document_data()
{
    addSources();
    QTest::addColumn<QString>("recipient");
    QTest::newRow("the recipient's") << ""
                                     << "fr"
                                     << "en-AU"
                                     << ""
                                     << "vi_VN"
                                     << "vi";
    QTest::newRow("--lang over the recipient's") << "es"
                                                 << ""
                                                 << "en-AU"
                                                 << ""
                                                 << "es_ES"
                                                 << "vi";
    QTest::newRow("no recipient's: the centre's") << ""
                                                  << "fr"
                                                  << "en-AU"
                                                  << ""
                                                  << "en_AU"
                                                  << "";
    QTest::newRow("the screen's language is not the recipient's") << ""
                                                                  << "zh_CN"
                                                                  << "en-AU"
                                                                  << ""
                                                                  << "ar_AE"
                                                                  << "ar-AE";
}

void TestLanguageChoice::document()
{
    QFETCH(QString, expected);
    QFETCH(QString, recipient);
    QCOMPARE(LanguageChoice::forDocument(fetchSources(), recipient).name(), expected);
}

void TestLanguageChoice::centreScreens_data()
{
    addSources();
    QTest::newRow("the centre's whoever is signed in") << "vi"
                                                       << "fr"
                                                       << "es-MX"
                                                       << "ur_PK"
                                                       << "es_MX";
    QTest::newRow("no centre's: LANG") << "vi"
                                       << "fr"
                                       << ""
                                       << "ur_PK"
                                       << "ur_PK";
}

void TestLanguageChoice::centreScreens()
{
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::forCentreScreens(fetchSources()).name(), expected);
}

void TestLanguageChoice::localeOf_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("centre");
    QTest::addColumn<QString>("expected"); // empty: no locale
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("C") << "C"
                       << ""
                       << "";
    QTest::newRow("POSIX") << "POSIX"
                           << ""
                           << "";
    QTest::newRow("not a tag") << "Hindi"
                               << ""
                               << "";
    QTest::newRow("unknown language") << "xx"
                                      << ""
                                      << "";
    QTest::newRow("with an encoding") << "fr_FR.UTF-8"
                                      << ""
                                      << "fr_FR";
    QTest::newRow("BCP 47") << "pt-BR"
                            << ""
                            << "pt_BR";
    QTest::newRow("underscore") << "zh_CN"
                                << ""
                                << "zh_CN";
    QTest::newRow("script") << "zh-Hant-TW"
                            << ""
                            << "zh_TW";
    QTest::newRow("no Arabic of Australia: Arabic's own") << "ar"
                                                          << "en-AU"
                                                          << "ar_EG";
    QTest::newRow("a territory Qt has for it") << "es"
                                               << "en-US"
                                               << "es_US";
}

void TestLanguageChoice::localeOf()
{
    QFETCH(QString, tag);
    QFETCH(QString, centre);
    QFETCH(QString, expected);
    const auto locale = LanguageChoice::localeOf(tag, centre);
    QCOMPARE(locale ? locale->name() : QString(), expected);
}

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "TestLanguageChoice.moc"
