// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestConfig.h"
#include "base/PseudoTranslation.h"
#include "base/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Kindred;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishPluralForms_data();
    void englishPluralForms();
    void everyPluralMessageHasBothEnglishForms();
    void everyCountedTextIsInTheEnglishFile();
    void noCountWithoutItsPluralForms_data();
    void noCountWithoutItsPluralForms();
    void theSourcesPutNoNumberBeforeAPluralNoun();
    void everyLanguageIsCompiledIn();
    void everyLanguageIsComplete_data();
    void everyLanguageIsComplete();
    void eachLanguageIsNamedInItsOwn_data();
    void eachLanguageIsNamedInItsOwn();
    void eachLocaleFindsItsLanguage_data();
    void eachLocaleFindsItsLanguage();
    void theLayoutFollowsTheLanguage_data();
    void theLayoutFollowsTheLanguage();
    void installingAgainReplacesTheLanguage();
    void thePseudoLanguageShowsCutAndUntranslatedTexts_data();
    void thePseudoLanguageShowsCutAndUntranslatedTexts();
    void thePseudoLanguageIsInstalledLikeAnother();
};

namespace {

// One tr() text of the sources: its translation context and its source, with adjacent literals joined.
struct SourceText
{
    QString context;
    QString source;
    QString where;
};

// Every tr("…") and Class::tr("…") in core/, ui/ and app/: a bare tr() belongs to the class the file is named
// after. A QObject's texts are in the context "Kindred::Class"; a class with Q_DECLARE_TR_FUNCTIONS(Class) gives
// its own name, without the namespace.
QList<SourceText> sourceTexts()
{
    static const QRegularExpression declared(QStringLiteral(R"re(Q_DECLARE_TR_FUNCTIONS\((\w+)\))re"));
    static const QRegularExpression call(QStringLiteral(R"re((?:\b(\w+)::)?\btr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QList<SourceText> texts;
    QHash<QString, QString> codeOf;
    const QStringList areas {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")};
    QSet<QString> plainContexts;
    for (const QString& area : areas) {
        QDirIterator it(QStringLiteral(KINDRED_SOURCE_DIR "/") + area, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                texts << SourceText {{}, {}, QStringLiteral("cannot read %1").arg(path)};
                continue;
            }
            const QString code = QString::fromUtf8(file.readAll());
            codeOf.insert(path, code);
            auto names = declared.globalMatch(code);
            while (names.hasNext()) {
                plainContexts.insert(names.next().captured(1));
            }
        }
    }
    for (auto file = codeOf.cbegin(); file != codeOf.cend(); ++file) {
        const QString& path = file.key();
        const QString& code = file.value();
        const QString fileClass = QFileInfo(path).baseName();
        auto calls = call.globalMatch(code);
        while (calls.hasNext()) {
            const auto match = calls.next();
            QString source;
            auto pieces = literal.globalMatch(match.captured(2));
            while (pieces.hasNext()) {
                source += pieces.next().captured(1);
            }
            source.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            source.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            const QString owner = match.captured(1).isEmpty() ? fileClass : match.captured(1);
            const int line = int(code.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
            texts << SourceText {plainContexts.contains(owner) ? owner : QStringLiteral("Kindred::") + owner, source,
                                 QStringLiteral("%1:%2").arg(path.mid(int(qstrlen(KINDRED_SOURCE_DIR)) + 1)).arg(line)};
        }
    }
    return texts;
}

// The (context, source) pairs of kindred_en.ts.
QSet<QPair<QString, QString>> englishMessages()
{
    QSet<QPair<QString, QString>> messages;
    QFile file(QDir(QStringLiteral(KINDRED_TRANSLATIONS_DIR)).filePath(QStringLiteral("kindred_en.ts")));
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            messages.insert({context, xml.readElementText()});
        }
    }
    return messages;
}

} // namespace

void TestTranslations::initTestCase()
{
    // A language Kindred has no file for: English is the fallback.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::Japanese, QLocale::Japan)));
}

void TestTranslations::englishPluralForms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    const QString wait = QStringLiteral("Too many wrong tries. Wait %n second(s), then try again.");
    QTest::newRow("wait one second") << QStringLiteral("Kindred::SignInService") << wait << 1
                                     << QStringLiteral("Too many wrong tries. Wait 1 second, then try again.");
    QTest::newRow("wait thirty seconds") << QStringLiteral("Kindred::SignInService") << wait << 30
                                         << QStringLiteral("Too many wrong tries. Wait 30 seconds, then try again.");
    const QString here = QStringLiteral("%n children here now");
    QTest::newRow("one child here") << QStringLiteral("Kindred::RoomBoardPage") << here << 1
                                    << QStringLiteral("1 child here now");
    QTest::newRow("no children here") << QStringLiteral("Kindred::RoomBoardPage") << here << 0
                                      << QStringLiteral("0 children here now");
    QTest::newRow("one family anonymised")
        << QStringLiteral("Kindred::PrivacyPage") << QStringLiteral("%n family(ies) anonymised.") << 1
        << QStringLiteral("1 family anonymised.");
}

void TestTranslations::englishPluralForms()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count),
             expected);
}

// A "%n" text added without its English forms would read "1 child(ren)": lupdate adds it to
// kindred_en.ts as unfinished, and this test names it.
void TestTranslations::everyPluralMessageHasBothEnglishForms()
{
    QFile file(QDir(QStringLiteral(KINDRED_TRANSLATIONS_DIR)).filePath(QStringLiteral("kindred_en.ts")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            forms.clear();
            unfinished = false;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            QVERIFY2(!unfinished && forms.size() == 2, qPrintable(source));
            for (const QString& form : std::as_const(forms)) {
                const bool hasCount = form.contains(QLatin1String("%n")) || form.contains(QLatin1String("%Ln"));
                QVERIFY2(hasCount && !form.contains(QLatin1String("(s)")), qPrintable(form));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 10);
}

// A "%n" text written in the code but never added to kindred_en.ts would read "1 child(ren)" on screen.
void TestTranslations::everyCountedTextIsInTheEnglishFile()
{
    const auto english = englishMessages();
    QVERIFY(english.size() > 10);
    const QList<SourceText> texts = sourceTexts();
    QVERIFY2(texts.size() > 1000, "the sources were not found"); // an empty tree proves nothing
    QStringList missing;
    for (const SourceText& text : texts) {
        QVERIFY2(!text.context.isEmpty(), qPrintable(text.where));
        if (text.source.contains(QLatin1String("%n")) && !english.contains({text.context, text.source})) {
            missing << QStringLiteral("%1: %2 \"%3\"").arg(text.where, text.context, text.source);
        }
    }
    for (const QString& m : std::as_const(missing)) {
        qWarning().noquote() << m;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 counted text(s) missing from kindred_en.ts, first: %2")
                            .arg(missing.size())
                            .arg(missing.value(0))));
}

namespace {

// A number put into a text before a plural noun ("%1 children"), where only "%n" gives "1 child". A range
// ("%1–%2 months") is plural whatever its ends.
const QRegularExpression& countedNoun()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re((?<![–-])%L?[1-9] (children|families|adults|staff|tickets|incidents|entries|days|hours|minutes|seconds|rows|people|records|doses|photos|weeks|months|years)\b(?!'))re"));
    return pattern;
}

} // namespace

void TestTranslations::noCountWithoutItsPluralForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("counted");
    QTest::newRow("a plain count") << QStringLiteral("%1 children, %2 staff on the premises") << true;
    QTest::newRow("a count after words") << QStringLiteral("it holds %1 entries, but") << true;
    QTest::newRow("plural forms") << QStringLiteral("%n child(ren) here now") << false;
    QTest::newRow("a range") << QStringLiteral("%1–%2 months") << false;
    QTest::newRow("a name, not a count") << QStringLiteral("%1 children's room") << false;
    QTest::newRow("no count") << QStringLiteral("Children present at each hour") << false;
}

void TestTranslations::noCountWithoutItsPluralForms()
{
    QFETCH(QString, text);
    QFETCH(bool, counted);
    QCOMPARE(countedNoun().match(text).hasMatch(), counted);
}

// "1 children" nowhere: the scan above over every text of the sources.
void TestTranslations::theSourcesPutNoNumberBeforeAPluralNoun()
{
    const QList<SourceText> texts = sourceTexts();
    QVERIFY2(texts.size() > 1000, "the sources were not found");
    QStringList found;
    for (const SourceText& source : texts) {
        if (countedNoun().match(source.source).hasMatch()) {
            found << QStringLiteral("%1: \"%2\"").arg(source.where, source.source);
        }
    }
    for (const QString& f : std::as_const(found)) {
        qWarning().noquote() << f;
    }
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) put a number before a plural noun, first: %2")
                            .arg(found.size())
                            .arg(found.value(0))));
}

// The six translations beyond English (issue 17, point 1), each with the number of plural forms Qt gives it.
const QList<QPair<QString, int>> Translated {{QStringLiteral("ar"), 6}, {QStringLiteral("es"), 2},
                                             {QStringLiteral("fr"), 2}, {QStringLiteral("ur"), 2},
                                             {QStringLiteral("vi"), 1}, {QStringLiteral("zh_CN"), 1}};

void TestTranslations::everyLanguageIsCompiledIn()
{
    QStringList expected {Translations::English};
    for (const auto& [code, forms] : Translated) {
        expected << code;
    }
    expected.sort();
    QCOMPARE(Translations::languages(), expected);
}

void TestTranslations::everyLanguageIsComplete_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    for (const auto& [code, forms] : Translated) {
        QTest::newRow(qPrintable(code)) << code << forms;
    }
}

namespace {

// The placeholders of a text: "%1", "%L2", "%n", "%Ln"; a translation fills the same ones.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral(R"(%L?(\d{1,2}|n))"));
    QSet<QString> found;
    auto matches = marker.globalMatch(text);
    while (matches.hasNext()) {
        found.insert(matches.next().captured());
    }
    return found;
}

} // namespace

// lupdate run on today's sources into a copy of the language's file: any text added or changed since the file
// was last translated comes out unfinished, and a removed one is dropped. Every text must then be translated,
// with the same placeholders, in every plural form the language has, and the file must say it is a draft.
void TestTranslations::everyLanguageIsComplete()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString name = QStringLiteral("kindred_%1.ts").arg(code);
    const QString copy = folder.filePath(name);
    QVERIFY2(QFile::copy(QDir(QStringLiteral(KINDRED_TRANSLATIONS_DIR)).filePath(name), copy), qPrintable(name));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(KINDRED_SOURCE_DIR));
    lupdate.start(QStringLiteral(KINDRED_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString language;
    QString context;
    QString source;
    QString translation;
    QString comment;
    QStringList forms;
    bool unfinished = false;
    bool numerus = false;
    bool draftSaid = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() && !(xml.isEndElement() && xml.name() == QLatin1String("message"))) {
            continue;
        }
        const auto element = xml.name();
        if (xml.isEndElement()) {
            ++messages;
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(80));
            const QStringList texts = numerus ? forms : QStringList {translation};
            if (unfinished || texts.isEmpty()
                || std::any_of(texts.cbegin(), texts.cend(), [](const QString& t) { return t.isEmpty(); })) {
                problems << QStringLiteral("not translated: %1").arg(where);
            } else if (numerus && forms.size() != pluralForms) {
                problems << QStringLiteral("%1 plural forms, not %2: %3").arg(forms.size()).arg(pluralForms).arg(where);
            } else {
                for (const QString& text : texts) {
                    if (placeholders(text) != placeholders(source)) {
                        problems << QStringLiteral("placeholders differ in \"%1\": %2").arg(text, where);
                    }
                }
            }
            if (comment.contains(QLatin1String("not yet reviewed by a native speaker"))) {
                draftSaid = true;
            }
        } else if (element == QLatin1String("TS")) {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (element == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (element == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            source.clear();
            translation.clear();
            comment.clear();
            forms.clear();
            unfinished = false;
        } else if (element == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (element == QLatin1String("translatorcomment")) {
            comment = xml.readElementText();
        } else if (element == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete");
            if (!numerus) {
                translation = xml.readElementText();
            }
        } else if (element == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(language, code);
    QVERIFY2(messages > 1000, "lupdate found no texts in the sources");
    for (const QString& problem : std::as_const(problems)) {
        qWarning().noquote() << problem;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2, first: %3; refresh with the target "
                                       "update_translations and translate (README)")
                            .arg(problems.size())
                            .arg(name, problems.value(0))));
    QVERIFY2(draftSaid, "no translator comment says the translation is not yet reviewed by a native speaker");
}

void TestTranslations::eachLanguageIsNamedInItsOwn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("English, not American English") << QStringLiteral("en") << QStringLiteral("English");
    QTest::newRow("Spanish, not Spain's") << QStringLiteral("es") << QStringLiteral("Español");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Français");
    QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("العربية");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("简体中文");
}

// The language chooser (staff, first start) names each language so that its speakers find it.
void TestTranslations::eachLanguageIsNamedInItsOwn()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(Translations::nativeName(code), name);
}

void TestTranslations::eachLocaleFindsItsLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Spanish of Mexico") << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("French of Canada") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("Arabic of Egypt") << QStringLiteral("ar_EG") << QStringLiteral("ar");
    QTest::newRow("Urdu of India") << QStringLiteral("ur_IN") << QStringLiteral("ur");
    QTest::newRow("Vietnamese") << QStringLiteral("vi") << QStringLiteral("vi");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("Chinese of Singapore, also Simplified") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("Traditional Chinese is not Simplified") << QStringLiteral("zh_TW") << QStringLiteral("en");
    QTest::newRow("German: not translated") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("Australian English") << QStringLiteral("en_AU") << QStringLiteral("en");
}

void TestTranslations::eachLocaleFindsItsLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Translations::languageFor(QLocale(locale)), language);
}

void TestTranslations::theLayoutFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("direction");
    for (const auto& [code, forms] : Translated) {
        const bool rightToLeft = code == QLatin1String("ar") || code == QLatin1String("ur");
        QTest::newRow(qPrintable(code)) << code << (rightToLeft ? QStringLiteral("RTL") : QStringLiteral("LTR"));
    }
}

// QGuiApplication mirrors the window when the translation installed says "RTL" for QT_LAYOUT_DIRECTION;
// Qt's own files say so for Arabic but have no Urdu, so Kindred's carry it for every language.
void TestTranslations::theLayoutFollowsTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, direction);
    QVERIFY(Translations::use(QCoreApplication::instance(), QLocale(code)));
    QCOMPARE(Translations::installedLanguage(), code);
    QCOMPARE(QLocale(), QLocale(code));
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION",
                                         "Translate this string to the string 'LTR' in left-to-right languages or to "
                                         "'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper "
                                         "widget layout."),
             direction);
    // A text of Kindred's own comes out translated, not in English.
    const QString saved = QCoreApplication::translate("Kindred::MainWindow", "Front desk");
    QVERIFY2(saved != QLatin1String("Front desk"), qPrintable(saved));
}

// Switching people at the desk installs another language: the one before is gone, not asked first.
void TestTranslations::installingAgainReplacesTheLanguage()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QStringLiteral("fr"))));
    const QString french = QCoreApplication::translate("Kindred::MainWindow", "Front desk");
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QStringLiteral("es"))));
    const QString spanish = QCoreApplication::translate("Kindred::MainWindow", "Front desk");
    QVERIFY(spanish != french);
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    QCOMPARE(QCoreApplication::translate("Kindred::MainWindow", "Front desk"), QStringLiteral("Front desk"));
    QCOMPARE(Translations::installedLanguage(), Translations::English);
}

void TestTranslations::thePseudoLanguageShowsCutAndUntranslatedTexts_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("kept"); // must stand in the result as it is
    QTest::newRow("a button") << QStringLiteral("Check in") << QString();
    QTest::newRow("a mnemonic") << QStringLiteral("&Save") << QStringLiteral("&S");
    QTest::newRow("placeholders") << QStringLiteral("%1 of %L2 children, %n late") << QStringLiteral("%1");
    QTest::newRow("a localised number") << QStringLiteral("%L2 families") << QStringLiteral("%L2");
    QTest::newRow("a count") << QStringLiteral("%n late") << QStringLiteral("%n");
    QTest::newRow("a tag") << QStringLiteral("<b>Allergy</b> noted") << QStringLiteral("<b>");
    QTest::newRow("a literal ampersand") << QStringLiteral("Fish && chips") << QStringLiteral("&&");
}

// Every text is marked (brackets), longer by at least 35 %, and keeps what the code fills in or acts on.
void TestTranslations::thePseudoLanguageShowsCutAndUntranslatedTexts()
{
    QFETCH(QString, source);
    QFETCH(QString, kept);
    const QString pseudo = PseudoTranslation::transform(source);
    QVERIFY2(pseudo.startsWith(QLatin1Char('[')) && pseudo.endsWith(QLatin1Char(']')), qPrintable(pseudo));
    QVERIFY2(pseudo.size() >= source.size() * 1.35, qPrintable(pseudo));
    QVERIFY2(pseudo != source, qPrintable(pseudo));
    if (!kept.isEmpty()) {
        QVERIFY2(pseudo.contains(kept), qPrintable(pseudo));
    }
    QCOMPARE(placeholders(pseudo), placeholders(source));
    // A date format handed to a translation is left as it is: it is code, not words.
    QCOMPARE(PseudoTranslation::transform(QStringLiteral("ddd d MMM yyyy")), QStringLiteral("ddd d MMM yyyy"));
}

void TestTranslations::thePseudoLanguageIsInstalledLikeAnother()
{
    QVERIFY(Translations::usePseudo(QCoreApplication::instance()));
    QCOMPARE(Translations::installedLanguage(), PseudoTranslation::Code);
    const QString frontDesk = QCoreApplication::translate("Kindred::MainWindow", "Front desk");
    QVERIFY2(frontDesk.startsWith(QLatin1Char('[')) && frontDesk.size() > 10, qPrintable(frontDesk));
    // The English plural forms first, then the accents: "1 child", never "1 child(ren)".
    const QString here = QCoreApplication::translate("Kindred::RoomBoardPage", "%n children here now", nullptr, 1);
    QVERIFY2(!here.contains(QLatin1String("(")), qPrintable(here));
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION",
                                         "Translate this string to the string 'LTR' in left-to-right languages or to "
                                         "'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper "
                                         "widget layout."),
             QStringLiteral("LTR"));
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    QCOMPARE(QCoreApplication::translate("Kindred::MainWindow", "Front desk"), QStringLiteral("Front desk"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
