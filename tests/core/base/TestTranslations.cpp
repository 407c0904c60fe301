// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestConfig.h"
#include "base/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
};

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

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
