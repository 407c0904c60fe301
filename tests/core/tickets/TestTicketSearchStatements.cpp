// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/TextFolding.h"
#include "tickets/TicketSearchStatements.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

// The server stores the words Kindred cuts (TicketSearchStatements::words); SQLite's FTS5 cuts its own.
// Both must cut alike, or a search finds different tickets on the two stores: checked here against
// FTS5 itself, through an fts5vocab table that lists the words it indexed.
class TestTicketSearchStatements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wordsAreFts5Words_data();
    void wordsAreFts5Words();
    void longWordsAreCutToWhatTheServerKeeps();

private:
    QSqlDatabase m_db;
};

void TestTicketSearchStatements::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts5"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE ticket_search USING fts5(body)")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE ticket_words USING fts5vocab(ticket_search, 'instance')")));
}

void TestTicketSearchStatements::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fts5"));
}

void TestTicketSearchStatements::wordsAreFts5Words_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hyphen, e-mail, phone") << QStringLiteral("Jean-Luc jl.dupont@example.com 0412-345-678 -34");
    QTest::newRow("accents") << QStringLiteral("Crème brûlée, Nguyễn Thảo, Łukasz Strauß");
    QTest::newRow("CJK") << QStringLiteral("李小龙 asked about 午餐。Menu");
    QTest::newRow("beyond the BMP") << QStringLiteral("𠮷野家 and 𝟙𝟚 and 😀smile");
    QTest::newRow("underscore, apostrophe, superscript") << QStringLiteral("snake_case O'Brien x² ½");
    QTest::newRow("Greek and Cyrillic capitals") << QStringLiteral("ΣΊΣΥΦΟΣ Ωμέγα ПРИВЕТ мир");
    QTest::newRow("Arabic-Indic digits, Hebrew") << QStringLiteral("١٢٣ שלום مرحبا");
    QTest::newRow("Devanagari marks") << QStringLiteral("हिन्दी नमस्ते");
    QTest::newRow("private use, zero-width space") << QStringLiteral("a\uE000b c\u200Bd");
    QTest::newRow("white space of all kinds") << QStringLiteral("tab\tnew\nline\u00A0nbsp\u3000wide");
    QTest::newRow("punctuation only") << QStringLiteral("\"*%_\\ -- ...");
}

void TestTicketSearchStatements::wordsAreFts5Words()
{
    QFETCH(QString, text);
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM ticket_search")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO ticket_search (rowid, body) VALUES (1, :body)")));
    query.bindValue(QStringLiteral(":body"), foldForSearch(text));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT term FROM ticket_words ORDER BY doc, \"offset\"")));
    QStringList fts5;
    while (query.next()) {
        fts5 << query.value(0).toString();
    }
    QVERIFY(!query.lastError().isValid());
    QCOMPARE(TicketSearchStatements::words(text), fts5);
}

void TestTicketSearchStatements::longWordsAreCutToWhatTheServerKeeps()
{
    const QStringList words = TicketSearchStatements::words(QString(3000, QChar(0x00E9)) + QStringLiteral(" end"));
    QCOMPARE(words.size(), 2);
    QVERIFY(words.first().toUtf8().size() <= 2047);
    QCOMPARE(words.first(), QString(words.first().size(), QLatin1Char('e')));
    QCOMPARE(words.last(), QStringLiteral("end"));
}

QTEST_GUILESS_MAIN(TestTicketSearchStatements)
#include "TestTicketSearchStatements.moc"
