// SPDX-License-Identifier: GPL-3.0-or-later
// A zero-byte file is no Kindred data file: `kindred report` on one refuses it (it used to build an empty
// centre in it and report 0 rows with status 0), and the file is left empty.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestEmptyDataFile : public QObject
{
    Q_OBJECT

private slots:
    void reportRefusesAnEmptyFile();
};

void TestEmptyDataFile::reportRefusesAnEmptyFile()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("empty.kindred"));
    const QString out = dir.filePath(QStringLiteral("attendance.csv"));
    {
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KINDRED_EXECUTABLE),
                  {QStringLiteral("--database"), data, QStringLiteral("report"), QStringLiteral("attendance"),
                   QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-03-31"), QStringLiteral("--out"), out});
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() > 0, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("no Kindred data file")), qPrintable(err));
    QCOMPARE(QFileInfo(data).size(), 0); // nothing was created in it
    QVERIFY(!QFile::exists(data + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestEmptyDataFile)
#include "TestEmptyDataFile.moc"
