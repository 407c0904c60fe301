// SPDX-License-Identifier: GPL-3.0-or-later
// The log for support: it rotates and keeps a fixed number of files, is private to the user (0600),
// takes Qt's warnings, survives threads, and names no one from a family it logged about.
#include "TestCentre.h"
#include "base/DiagnosticLog.h"
#include "print/OutputFile.h"
#include "privacy/FamilyDataExport.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace Kindred;

namespace {

QStringList logFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("kindred.log*")}, QDir::Files | QDir::Hidden, QDir::Name);
}

QString allLogText(const QString& folder)
{
    QString text;
    for (const QString& name : logFiles(folder)) {
        QFile file(folder + QLatin1Char('/') + name);
        if (file.open(QIODevice::ReadOnly)) {
            text += QString::fromUtf8(file.readAll());
        }
    }
    return text;
}

mode_t modeOf(const QString& path)
{
    struct stat info = {};
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 07777;
}

} // namespace

class TestDiagnosticLog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DiagnosticLog::uninstall(); }
    void rotatesAndKeepsSoMany_data();
    void rotatesAndKeepsSoMany();
    void writesNothingUntilInstalled();
    void takesQtWarnings();
    void linesStayWholeAcrossThreads();
    void namesNoOneFromAFamily();
};

void TestDiagnosticLog::rotatesAndKeepsSoMany_data()
{
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<int>("keptFiles");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("width"); // characters of padding per line
    QTest::addColumn<int>("expectedFiles");
    QTest::newRow("small: one file, no rotation") << qint64(100000) << 5 << 10 << 0 << 1;
    QTest::newRow("two files' worth, five kept") << qint64(2000) << 5 << 40 << 0 << 2;
    QTest::newRow("many files' worth, five kept") << qint64(2000) << 5 << 400 << 0 << 5;
    QTest::newRow("many files' worth, two kept") << qint64(2000) << 2 << 400 << 0 << 2;
    QTest::newRow("a megabyte, five kept") << DiagnosticLog::MaxBytes << DiagnosticLog::KeptFiles << 6000 << 1000 << 5;
}

void TestDiagnosticLog::rotatesAndKeepsSoMany()
{
    QFETCH(qint64, maxBytes);
    QFETCH(int, keptFiles);
    QFETCH(int, lines);
    QFETCH(int, width);
    QFETCH(int, expectedFiles);
    QStringList expected {QStringLiteral("kindred.log")};
    for (int generation = 1; generation < expectedFiles; ++generation) {
        expected << QStringLiteral("kindred.log.%1").arg(generation);
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    DiagnosticLog::install(folder, maxBytes, keptFiles);
    QCOMPARE(DiagnosticLog::filePath(), folder + QStringLiteral("/kindred.log"));
    for (int i = 0; i < lines; ++i) {
        DiagnosticLog::info(QStringLiteral("test"),
                            QString(width, QLatin1Char('.'))
                                + QStringLiteral("line %1 of a test of the rotation").arg(i));
    }
    QCOMPARE(logFiles(folder), expected);
    QCOMPARE(modeOf(folder), mode_t(0700));
    for (const QString& name : logFiles(folder)) {
        const QString path = folder + QLatin1Char('/') + name;
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY2(QFileInfo(path).size() <= maxBytes, qPrintable(name));
    }
    // The newest line is in kindred.log, and the newest lines were kept, not the oldest.
    QFile current(DiagnosticLog::filePath());
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().trimmed().endsWith(
        QStringLiteral("line %1 of a test of the rotation").arg(lines - 1).toUtf8()));
}

void TestDiagnosticLog::writesNothingUntilInstalled()
{
    QTemporaryDir dir;
    DiagnosticLog::error(QStringLiteral("test"), QStringLiteral("nowhere"));
    QVERIFY(DiagnosticLog::filePath().isEmpty());
    DiagnosticLog::install(dir.path());
    DiagnosticLog::uninstall();
    DiagnosticLog::error(QStringLiteral("test"), QStringLiteral("after uninstall"));
    QVERIFY(!allLogText(dir.path()).contains(QLatin1String("after uninstall")));
}

void TestDiagnosticLog::takesQtWarnings()
{
    QTemporaryDir dir;
    DiagnosticLog::install(dir.path());
    qWarning("a Qt warning, number %d", 42);
    qDebug("a debug line stays out");
    const QString text = allLogText(dir.path());
    QVERIFY2(text.contains(QLatin1String("warning")) && text.contains(QLatin1String("a Qt warning, number 42")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("a debug line")));
}

void TestDiagnosticLog::linesStayWholeAcrossThreads()
{
    QTemporaryDir dir;
    DiagnosticLog::install(dir.path(), 20000, 50);
    QList<QThread*> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([t] {
            for (int i = 0; i < 300; ++i) {
                DiagnosticLog::error(QStringLiteral("thread"), QStringLiteral("thread %1 line %2 end").arg(t).arg(i));
            }
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    const QStringList lines = allLogText(dir.path()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4 * 300);
    static const QRegularExpression whole(QStringLiteral("^\\S+ error thread: thread \\d line \\d+ end$"));
    for (const QString& line : lines) {
        QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
    }
}

void TestDiagnosticLog::namesNoOneFromAFamily()
{
    QTemporaryDir logs;
    DiagnosticLog::install(logs.path());
    TestCentre centre;
    QVERIFY(centre.isValid());
    Family family = TestCentre::sampleFamily(QStringLiteral("Oyelaran-Whitcombe"));
    family.adults[0].firstName = QStringLiteral("Zanzibar");
    family.children[0].firstName = QStringLiteral("Quillon");
    QVERIFY(centre.families().save(family));
    QVERIFY(centre.reopen()); // an open, logged with path, size, version and time
    // An export, a refused export, and a failed statement: each logged, by kind and id only.
    FamilyDataExport exporter(centre.database(), centre.session());
    QVERIFY(exporter.writeJson(family.id, centre.dirPath() + QStringLiteral("/Oyelaran-Whitcombe-Zanzibar.json")));
    QVERIFY(QFile::link(centre.dirPath() + QStringLiteral("/elsewhere.pdf"),
                        centre.dirPath() + QStringLiteral("/Quillon.pdf")));
    QVERIFY(!exporter.writePdf(family.id, centre.dirPath() + QStringLiteral("/Quillon.pdf")));
    QVERIFY(!execStatement(centre.database().connection(),
                           QStringLiteral("INSERT INTO no_such_table (id) VALUES (%1)").arg(family.id)));

    const QString text = allLogText(logs.path());
    QVERIFY2(text.contains(QLatin1String("opened")) && text.contains(QLatin1String("schema version")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("wrote a json file")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("refused output: the output path is a symbolic link")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("no such table: no_such_table")), qPrintable(text));
    for (const char* name : {"Oyelaran", "Whitcombe", "Zanzibar", "Quillon"}) {
        QVERIFY2(!text.contains(QLatin1String(name), Qt::CaseInsensitive), name);
    }
}

QTEST_MAIN(TestDiagnosticLog)
#include "TestDiagnosticLog.moc"
