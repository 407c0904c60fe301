// SPDX-License-Identifier: GPL-3.0-or-later
// Every file Kindred writes goes through OutputFile: on a really full disk (a tiny tmpfs, filled) each
// writer fails with "The disk is full" and leaves nothing; links, devices and pipes at the target are
// refused and left as they were.
#include "SmallDisk.h"
#include "TestCentre.h"
#include "attendance/SecurityLabel.h"
#include "print/CsvWriter.h"
#include "print/OutputFile.h"
#include "print/ReportRenderer.h"
#include "privacy/FamilyDataExport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Kindred;

namespace {

ReportDocument longReport(int rows)
{
    ReportDocument document;
    document.centreName = QStringLiteral("Kindred Community Early Learning");
    document.title = QStringLiteral("Allergy list");
    ReportDocument::Table table;
    table.columns = {{QStringLiteral("Child"), 2, Qt::AlignLeft}, {QStringLiteral("Notes"), 4, Qt::AlignLeft}};
    for (int i = 0; i < rows; ++i) {
        table.rows << QStringList {QStringLiteral("Child %1").arg(i),
                                   QStringLiteral("A note long enough to fill the page, number %1").arg(i)};
    }
    document.addTable(table);
    return document;
}

QList<QStringList> csvRows(int count)
{
    QList<QStringList> rows;
    for (int i = 0; i < count; ++i) {
        rows << QStringList {QString::number(i), QStringLiteral("Koalas"),
                             QStringLiteral("2026-03-02 08:%1").arg(i % 60)};
    }
    return rows;
}

// Writes `format` to `path` the way Kindred does; the error message, or empty on success.
QString writeAs(const QString& format, const QString& path)
{
    if (format == QLatin1String("csv")) {
        // Big enough (about 150 KB) that a partly free disk takes some of it before it fills.
        auto written = CsvWriter::writeFile(
            path, {QStringLiteral("Child"), QStringLiteral("Room"), QStringLiteral("In")}, csvRows(5000));
        return written ? QString() : written.errorString();
    }
    if (format == QLatin1String("small csv")) {
        // About 9 KB: under the 16 KB QSaveFile buffers, so all of it meets the disk at commit(), where
        // Qt 6.4 lost the error and left a truncated file.
        auto written = CsvWriter::writeFile(path, {QStringLiteral("Child")}, csvRows(296));
        return written ? QString() : written.errorString();
    }
    if (format == QLatin1String("pdf")) {
        auto written = ReportRenderer::writePdf(longReport(400), path);
        return written ? QString() : written.errorString();
    }
    if (format == QLatin1String("labels")) {
        SecurityLabel label;
        label.title = QStringLiteral("Amara Okafor");
        label.subtitle = QStringLiteral("Koalas · 2 March");
        label.code = QStringLiteral("K7QX");
        label.lines = {QStringLiteral("Peanuts (life-threatening)")};
        auto written = SecurityLabelPainter::writePdf(QList<SecurityLabel>(40, label), QSizeF(62, 29), path);
        return written ? QString() : written.errorString();
    }
    if (format == QLatin1String("json")) {
        TestCentre centre;
        Family family = TestCentre::sampleFamily(QStringLiteral("Okafor"));
        if (!centre.families().save(family)) {
            return QStringLiteral("fixture: family not saved");
        }
        auto written = FamilyDataExport(centre.database(), centre.session()).writeJson(family.id, path);
        return written ? QString() : written.errorString();
    }
    return QStringLiteral("unknown format");
}

struct stat lstatOf(const QString& path)
{
    struct stat info = {};
    ::lstat(QFile::encodeName(path).constData(), &info);
    return info;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskLeavesNothing_data();
    void fullDiskLeavesNothing();
    void fullDiskKeepsTheOldFile();
    void refusesWhatIsNotAnOrdinaryFile_data();
    void refusesWhatIsNotAnOrdinaryFile();
    void followsLinkedFolders();
    void writesWholeFiles_data();
    void writesWholeFiles();
};

void TestOutputFile::fullDiskLeavesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("leaveFree");
    for (const char* format : {"csv", "small csv", "pdf", "labels", "json"}) {
        QTest::addRow("%s, disk full", format) << QString::fromLatin1(format) << qint64(0);
    }
    QTest::newRow("small csv, 4 KB left") << QStringLiteral("small csv") << qint64(4096);
    // Outputs bigger than what is left: the first pages reach the disk, then it fills.
    for (const char* format : {"csv", "pdf", "labels"}) {
        QTest::addRow("%s, 8 KB left", format) << QString::fromLatin1(format) << qint64(8192);
    }
}

void TestOutputFile::fullDiskLeavesNothing()
{
    QFETCH(QString, format);
    QFETCH(qint64, leaveFree);
    SmallDisk disk;
    if (!disk.isMounted()) {
        QSKIP(qPrintable(disk.reason()));
    }
    QVERIFY(disk.fill(leaveFree));
    const QString path = disk.filePath(QStringLiteral("out.") + format);
    const QString error = writeAs(format, path);
    QVERIFY2(!error.isEmpty(), "a write to a full disk was reported as done");
    QVERIFY2(error.startsWith(QLatin1String("The disk is full")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("nothing was written")), qPrintable(error));
    QVERIFY2(disk.leftovers().isEmpty(), qPrintable(disk.leftovers().join(QLatin1Char(' '))));
}

void TestOutputFile::fullDiskKeepsTheOldFile()
{
    SmallDisk disk;
    if (!disk.isMounted()) {
        QSKIP(qPrintable(disk.reason()));
    }
    const QString path = disk.filePath(QStringLiteral("march.csv"));
    QVERIFY(OutputFile::writeAll(path, "last month's figures\r\n").ok());
    QVERIFY(disk.fill(4096));
    QVERIFY(!writeAs(QStringLiteral("csv"), path).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("last month's figures\r\n"));
    QCOMPARE(disk.leftovers(), QStringList {QStringLiteral("march.csv")});
}

void TestOutputFile::refusesWhatIsNotAnOrdinaryFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    for (const char* format : {"csv", "pdf", "labels", "json"}) {
        for (const char* kind :
             {"link to null device", "link to full device", "link to a file", "null device", "fifo", "folder"}) {
            QTest::addRow("%s: %s", format, kind) << QString::fromLatin1(kind) << QString::fromLatin1(format);
        }
    }
}

void TestOutputFile::refusesWhatIsNotAnOrdinaryFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + format);
    const QString other = dir.filePath(QStringLiteral("someone-elses.txt"));
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("theirs");
    }
    // Devices of our own (the same numbers as /dev/null and /dev/full), never the machine's: a writer that
    // follows the link replaces the node it reaches, as Qt's QSaveFile did with /dev/full.
    if (kind.contains(QLatin1String("device"))) {
        const QString node = kind.contains(QLatin1String("link")) ? dir.filePath(QStringLiteral("device")) : path;
        const dev_t number = kind.contains(QLatin1String("full")) ? makedev(1, 7) : makedev(1, 3);
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, number) != 0) {
            QSKIP("making a device node needs root");
        }
        if (node != path) {
            QVERIFY(QFile::link(node, path));
        }
    } else if (kind == QLatin1String("link to a file")) {
        QVERIFY(QFile::link(other, path));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else {
        QVERIFY(QDir(dir.path()).mkdir(QFileInfo(path).fileName()));
    }
    const struct stat node = lstatOf(dir.filePath(QStringLiteral("device")));
    const struct stat before = lstatOf(path);
    const QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const QString error = writeAs(format, path);
    QVERIFY2(!error.isEmpty(), "written through a link, a device, a pipe or into a folder");
    QVERIFY2(error.contains(QLatin1String("nothing was written")), qPrintable(error));

    const struct stat after = lstatOf(path);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_rdev, before.st_rdev);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), entries);
    if (kind.startsWith(QLatin1String("link to ")) && kind.endsWith(QLatin1String("device"))) {
        const struct stat nodeAfter = lstatOf(dir.filePath(QStringLiteral("device")));
        QVERIFY(S_ISCHR(nodeAfter.st_mode));
        QCOMPARE(nodeAfter.st_ino, node.st_ino);
    }
    QFile theirs(other);
    QVERIFY(theirs.open(QIODevice::ReadOnly));
    QCOMPARE(theirs.readAll(), QByteArray("theirs"));
}

void TestOutputFile::followsLinkedFolders()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("linked"))));
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
        const QString error = writeAs(format, dir.filePath(QStringLiteral("linked/out.") + format));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("real/out.") + format)).isFile());
    }
    QCOMPARE(
        QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        (QStringList {QStringLiteral("out.csv"), QStringLiteral("out.pdf")}));
}

void TestOutputFile::writesWholeFiles_data()
{
    QTest::addColumn<QString>("format");
    for (const char* format : {"csv", "pdf", "labels", "json"}) {
        QTest::newRow(format) << QString::fromLatin1(format);
    }
}

void TestOutputFile::writesWholeFiles()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.") + format);
    const QString error = writeAs(format, path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.isEmpty());
    if (format == QLatin1String("pdf") || format == QLatin1String("labels")) {
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QFileInfo(path).fileName()});
}

QTEST_MAIN(TestOutputFile)
#include "TestOutputFile.moc"
