// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, point 4: a guardian's preferred language is kept as a BCP 47 code, which chooses the language of
// what Kindred prints for them. The ways a desk writes a language, and schema 25 rewriting what was typed
// before.
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "base/LanguageNames.h"
#include "centre/DataFile.h"
#include "centre/GuardianLanguageMigration.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestLanguageNames : public QObject
{
    Q_OBJECT

private slots:
    void codeOf_data();
    void codeOf();
    void display_data();
    void display();
    void theChooserOffersEveryLanguageSorted();
    void schema25RewritesWhatWasTyped();
};

void TestLanguageNames::codeOf_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code"); // empty: none
    QTest::newRow("English name") << "Arabic"
                                  << "ar";
    QTest::newRow("any case, spaces") << "  vietnamese "
                                      << "vi";
    QTest::newRow("own name") << "العربية"
                              << "ar";
    QTest::newRow("own name, lower case") << "español"
                                          << "es";
    QTest::newRow("own name with diacritics") << "Tiếng Việt"
                                              << "vi";
    QTest::newRow("as the chooser offers it") << "Español (Spanish)"
                                              << "es";
    QTest::newRow("Chinese") << "Chinese"
                             << "zh";
    QTest::newRow("another name") << "Mandarin"
                                  << "zh";
    QTest::newRow("Farsi") << "Farsi"
                           << "fa";
    QTest::newRow("a code") << "ur"
                            << "ur";
    QTest::newRow("a code with its country") << "pt_br"
                                             << "pt-BR";
    QTest::newRow("a code with a script") << "zh-hant-tw"
                                          << "zh-Hant-TW";
    QTest::newRow("no language") << "Sign language"
                                 << "";
    QTest::newRow("two languages") << "Hindi and Urdu"
                                   << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLanguageNames::codeOf()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    QCOMPARE(LanguageNames::codeOf(written).value_or(QString()), code);
}

void TestLanguageNames::display_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("shown");
    QTest::newRow("own name and English") << "ar"
                                          << "العربية (Arabic)";
    QTest::newRow("capitalised") << "es"
                                 << "Español (Spanish)";
    QTest::newRow("English alone") << "en"
                                   << "English";
    QTest::newRow("a text that is no code") << "Sign language"
                                            << "Sign language";
}

void TestLanguageNames::display()
{
    QFETCH(QString, code);
    QFETCH(QString, shown);
    QCOMPARE(LanguageNames::display(code), shown);
    // What is shown reads back as the same code.
    if (LanguageNames::codeOf(code)) {
        QCOMPARE(LanguageNames::codeOf(shown).value_or(QString()), code);
    }
}

void TestLanguageNames::theChooserOffersEveryLanguageSorted()
{
    const QStringList all = LanguageNames::chooser(QLocale(QLocale::English, QLocale::Australia));
    QVERIFY2(all.size() > 150, qPrintable(QString::number(all.size())));
    for (const QString& wanted : {QStringLiteral("العربية (Arabic)"), QStringLiteral("Español (Spanish)"),
                                  QStringLiteral("اردو (Urdu)"), QStringLiteral("Tiếng Việt (Vietnamese)")}) {
        QVERIFY2(all.contains(wanted), qPrintable(wanted));
    }
    QCOMPARE(all.count(QStringLiteral("English")), 1);
}

// A file of schema 24 with its adults' languages typed as names: opening it rewrites each to its code in the
// upgrade's transaction, keeps what names no language, and audits how many.
void TestLanguageNames::schema25RewritesWhatWasTyped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.kindred"));
    {
        OpenOptions old;
        old.targetVersion = GuardianLanguageMigration::Version - 1;
        auto opened = DataFile::open(path, old);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        // A family as schema 24 kept it, its adults' languages as the desk typed them.
        Session system(SystemActorKind::Demo);
        Family family = TestCentre::sampleFamily(QStringLiteral("Haddad"));
        while (family.adults.size() < 5) {
            Person adult = family.adults.first();
            adult.id = -int(family.adults.size()) - 1;
            adult.firstName = QStringLiteral("Adult %1").arg(family.adults.size());
            adult.isGuardian = false;
            family.adults << adult;
        }
        auto saved = FamilyService(*opened.value(), system).save(family);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
        const QStringList typed {QStringLiteral("Arabic"), QStringLiteral("Mandarin"), QStringLiteral("Sign language"),
                                 QStringLiteral("vi"), QStringLiteral("")};
        QSqlQuery query(opened.value()->connection());
        for (int i = 0; i < typed.size(); ++i) {
            query.prepare(QStringLiteral("UPDATE people SET preferred_language = :language WHERE id = :id"));
            query.bindValue(QStringLiteral(":language"), typed.at(i));
            query.bindValue(QStringLiteral(":id"), family.adults.at(i).id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    auto opened = DataFile::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT preferred_language FROM people ORDER BY id")));
    QStringList now;
    while (query.next()) {
        now << query.value(0).toString();
    }
    QCOMPARE(now,
             (QStringList {QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("Sign language"),
                           QStringLiteral("vi"), QString()}));
    QVERIFY(query.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'families.languages'")));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(QLatin1String("\"rewritten\":2")),
             qPrintable(query.value(0).toString()));
    QVERIFY(!query.next());
    QVERIFY(AuditLog::verifyChain(opened.value()->connection()).ok());
}

QTEST_GUILESS_MAIN(TestLanguageNames)
#include "TestLanguageNames.moc"
