// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestConfig.h"
#include "base/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
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

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
