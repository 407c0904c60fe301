// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesCells_data();
    void escapesCells();
    void writesBomAndCrlf();
    void writesWholeFiles();
};

void TestCsvWriter::escapesCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "Amara"
                           << "Amara";
    QTest::newRow("comma is quoted") << "Okafor, Amara"
                                     << "\"Okafor, Amara\"";
    QTest::newRow("quote is doubled") << "the \"big\" room"
                                      << "\"the \"\"big\"\" room\"";
    QTest::newRow("newline is quoted") << "line one\nline two"
                                       << "\"line one\nline two\"";
    QTest::newRow("formula with =") << "=HYPERLINK(\"http://x\")"
                                    << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("formula with +") << "+61 412"
                                    << "'+61 412";
    QTest::newRow("formula with -") << "-2+3"
                                    << "'-2+3";
    QTest::newRow("formula with @") << "@SUM(A1)"
                                    << "'@SUM(A1)";
    QTest::newRow("leading tab") << "\tcmd"
                                 << "'\tcmd";
    QTest::newRow("leading carriage return") << "\rcmd"
                                             << "\"'\rcmd\"";
    QTest::newRow("a negative number stays a number") << "-12.50"
                                                      << "-12.50";
    QTest::newRow("accents untouched") << "José Nguyễn"
                                       << "José Nguyễn";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvWriter::escapesCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, escaped);
    QCOMPARE(CsvWriter::escapeCell(cell), escaped);
}

void TestCsvWriter::writesBomAndCrlf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("Child"), QStringLiteral("Room")}));
    QVERIFY(writer.writeRow({QStringLiteral("José"), QStringLiteral("Koalas")}));
    QCOMPARE(bytes,
             QByteArray("\xEF\xBB\xBF"
                        "Child,Room\r\nJos\xC3\xA9,Koalas\r\n"));

    QByteArray plain;
    QBuffer plainBuffer(&plain);
    QVERIFY(plainBuffer.open(QIODevice::WriteOnly));
    CsvWriter noBom(&plainBuffer, CsvWriter::Options {false, QLatin1Char(';')});
    QVERIFY(noBom.writeRow({QStringLiteral("a;b"), QStringLiteral("c")}));
    QCOMPARE(plain, QByteArray("\"a;b\";c\r\n"));
}

void TestCsvWriter::writesWholeFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(CsvWriter::writeFile(path, {QStringLiteral("A")}, {{QStringLiteral("1")}, {QStringLiteral("2")}}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("\xEF\xBB\xBF"
                        "A\r\n1\r\n2\r\n"));
    auto refused = CsvWriter::writeFile(dir.filePath(QStringLiteral("missing/dir/out.csv")), {}, {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QLatin1String("cannot write")));
}

QTEST_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
