// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 13 — "the file is private". The side doors closed here: a data folder, data file, -wal and
// -shm created readable by every account on the computer (0755/0644 under the usual umask), exports and
// reports written the same way, an existing file that others can read passing without a word, and a data
// file on a network share (where SQLite's WAL cannot protect it) opened as if it were local.
#include "TestCentre.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "centre/DataFile.h"
#include "print/CsvWriter.h"
#include "print/ReportDocument.h"
#include "print/ReportRenderer.h"
#include "privacy/FamilyDataExport.h"
#include "store/BackupCopy.h"
#include "store/Database.h"
#include "store/FilePrivacy.h"
#include "store/FileSystemKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Kindred;

namespace {

int modeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

bool setMode(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

constexpr quint32 Ext4 = 0xEF53;

} // namespace

class TestFilePrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void newFilesArePrivate_data();
    void newFilesArePrivate();
    void anExposedFileIsReportedWithTheFix_data();
    void anExposedFileIsReportedWithTheFix();
    void aDataFileOnANetworkShareIsRefused_data();
    void aDataFileOnANetworkShareIsRefused();
    void theBackupFolderMayBeANetworkShare();

private:
    mode_t m_umask = 0;
};

void TestFilePrivacy::initTestCase()
{
    // The usual umask, which leaves files 0644 and folders 0755: a stricter one would hide the door.
    m_umask = ::umask(022);
}

void TestFilePrivacy::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestFilePrivacy::cleanup()
{
    FileSystemKind::setReaderForTesting({});
}

void TestFilePrivacy::newFilesArePrivate_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("mode");
    QTest::newRow("data folder (and the folder above it), created") << QStringLiteral("folder") << 0700;
    QTest::newRow("folder above the data folder, created") << QStringLiteral("parent") << 0700;
    QTest::newRow("data file") << QStringLiteral("file") << 0600;
    QTest::newRow("its -wal") << QStringLiteral("wal") << 0600;
    QTest::newRow("its -shm") << QStringLiteral("shm") << 0600;
    QTest::newRow("backup folder") << QStringLiteral("backups") << 0700;
    QTest::newRow("backup") << QStringLiteral("backup") << 0600;
    QTest::newRow("CSV export") << QStringLiteral("csv") << 0600;
    QTest::newRow("CSV replacing a file others could read") << QStringLiteral("csv-replaced") << 0600;
    QTest::newRow("family export (JSON)") << QStringLiteral("family-json") << 0600;
    QTest::newRow("family export (PDF)") << QStringLiteral("family-pdf") << 0600;
    QTest::newRow("report (PDF)") << QStringLiteral("report-pdf") << 0600;
}

void TestFilePrivacy::newFilesArePrivate()
{
    QFETCH(QString, what);
    QFETCH(int, mode);
    QHash<QString, QString> made;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("centre/data/kindred.sqlite"));
    auto opened = DataFile::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    made[QStringLiteral("folder")] = dir.filePath(QStringLiteral("centre/data"));
    made[QStringLiteral("parent")] = dir.filePath(QStringLiteral("centre"));
    made[QStringLiteral("file")] = path;
    made[QStringLiteral("wal")] = path + QStringLiteral("-wal");
    made[QStringLiteral("shm")] = path + QStringLiteral("-shm");
    QCOMPARE(FilePrivacy::dataFileWarning(Database::canonicalPath(path)), QString());

    TestCentre centre;
    QVERIFY(centre.isValid());
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    const QString backups = BackupSettings::defaultFolder(centre.path());
    auto backup = BackupService::backUpInto(centre.database(), backups);
    QVERIFY2(backup.ok(), qPrintable(backup.errorString()));
    made[QStringLiteral("backups")] = backups;
    made[QStringLiteral("backup")] = backup.value();

    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QList<QStringList> rows {{QStringLiteral("Okafor"), QStringLiteral("Asthma")}};
    const QStringList header {QStringLiteral("Family"), QStringLiteral("Medical")};
    made[QStringLiteral("csv")] = out + QStringLiteral("/attendance.csv");
    QVERIFY(CsvWriter::writeFile(made[QStringLiteral("csv")], header, rows).ok());
    made[QStringLiteral("csv-replaced")] = out + QStringLiteral("/old.csv");
    {
        QFile old(made[QStringLiteral("csv-replaced")]);
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    QVERIFY(setMode(made[QStringLiteral("csv-replaced")], 0644));
    QVERIFY(CsvWriter::writeFile(made[QStringLiteral("csv-replaced")], header, rows).ok());
    FamilyDataExport exporter(centre.database(), centre.session());
    made[QStringLiteral("family-json")] = out + QStringLiteral("/family.json");
    auto json = exporter.writeJson(family.id, made[QStringLiteral("family-json")]);
    QVERIFY2(json.ok(), qPrintable(json.errorString()));
    made[QStringLiteral("family-pdf")] = out + QStringLiteral("/family.pdf");
    auto pdf = exporter.writePdf(family.id, made[QStringLiteral("family-pdf")]);
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorString()));
    ReportDocument report;
    report.title = QStringLiteral("Allergies");
    made[QStringLiteral("report-pdf")] = out + QStringLiteral("/report.pdf");
    auto written = ReportRenderer::writePdf(report, made[QStringLiteral("report-pdf")]);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));

    QVERIFY2(QFileInfo::exists(made.value(what)), qPrintable(made.value(what)));
    QCOMPARE(QString::number(modeOf(made.value(what)), 8), QString::number(mode, 8));
}

void TestFilePrivacy::anExposedFileIsReportedWithTheFix_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("reported");
    QTest::newRow("readable by everyone (0644)") << 0644 << true;
    QTest::newRow("readable by the group (0640)") << 0640 << true;
    QTest::newRow("writable by everyone (0666)") << 0666 << true;
    QTest::newRow("private (0600)") << 0600 << false;
}

void TestFilePrivacy::anExposedFileIsReportedWithTheFix()
{
    QFETCH(int, mode);
    QFETCH(bool, reported);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kindred.sqlite"));
    QVERIFY(DataFile::open(path).ok());
    QVERIFY(setMode(path, mode));

    OpenOptions existing;
    existing.createIfMissing = false;
    for (const bool forReading : {false, true}) {
        auto opened = forReading ? Database::openForReading(path, existing) : DataFile::open(path, existing);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        const QString warning = FilePrivacy::dataFileWarning(Database::canonicalPath(path));
        if (!reported) {
            QCOMPARE(warning, QString());
            continue;
        }
        QVERIFY2(warning.contains(QStringLiteral("chmod 600 ") + Database::canonicalPath(path)), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("Other accounts")), qPrintable(warning));
        // The file is opened all the same, and left as its owner set it.
        QCOMPARE(modeOf(path), mode);
    }
}

void TestFilePrivacy::aDataFileOnANetworkShareIsRefused_data()
{
    QTest::addColumn<quint32>("magic");
    QTest::addColumn<QString>("network"); // empty: a local file system, accepted
    QTest::newRow("NFS") << quint32(0x6969) << QStringLiteral("NFS");
    QTest::newRow("SMB") << quint32(0x517B) << QStringLiteral("SMB");
    QTest::newRow("CIFS") << quint32(0xFF534D42) << QStringLiteral("SMB/CIFS");
    QTest::newRow("SMB2") << quint32(0xFE534D42) << QStringLiteral("SMB2");
    QTest::newRow("AFS") << quint32(0x5346414F) << QStringLiteral("AFS");
    QTest::newRow("9P (a virtual machine's shared folder)") << quint32(0x01021997) << QStringLiteral("9P");
    QTest::newRow("ext4") << Ext4 << QString();
    QTest::newRow("btrfs") << quint32(0x9123683E) << QString();
    QTest::newRow("xfs") << quint32(0x58465342) << QString();
    QTest::newRow("tmpfs") << quint32(0x01021994) << QString();
}

void TestFilePrivacy::aDataFileOnANetworkShareIsRefused()
{
    QFETCH(quint32, magic);
    QFETCH(QString, network);
    QTemporaryDir dir;
    const QString existingPath = dir.filePath(QStringLiteral("existing.sqlite"));
    QVERIFY(DataFile::open(existingPath).ok());
    const QString newPath = dir.filePath(QStringLiteral("new/kindred.sqlite"));
    QStringList asked;
    FileSystemKind::setReaderForTesting([&asked, magic](const QString& path) -> std::optional<quint32> {
        asked << path;
        return magic;
    });

    OpenOptions existing;
    existing.createIfMissing = false;
    auto opened = DataFile::open(existingPath, existing);
    auto read = Database::openForReading(existingPath, existing);
    auto created = DataFile::open(newPath);
    QVERIFY(asked.contains(dir.path()));
    if (network.isEmpty()) {
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        return;
    }
    for (const auto* refused : {&opened, &read, &created}) {
        QVERIFY(!refused->ok());
        const QString message = refused->errorString();
        QVERIFY2(message.contains(QStringLiteral("network share (%1)").arg(network)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("write-ahead log")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Kindred server")), qPrintable(message));
    }
    // Refused before any SQLite connection: no -wal or -shm beside the file, no new file or folder.
    QVERIFY(!QFileInfo::exists(existingPath + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(existingPath + QStringLiteral("-shm")));
    QVERIFY(!QFileInfo::exists(QFileInfo(newPath).absolutePath()));
}

void TestFilePrivacy::theBackupFolderMayBeANetworkShare()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QTemporaryDir share;
    FileSystemKind::setReaderForTesting([&share](const QString& path) -> std::optional<quint32> {
        return path.startsWith(share.path()) ? 0x6969 : Ext4;
    });
    QCOMPARE(FileSystemKind::typeOf(share.filePath(QStringLiteral("kindred"))), std::optional<quint32>(0x6969));
    auto made = BackupService::backUpInto(centre.database(), share.path());
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    QVERIFY(BackupCopy::verify(made.value(), DataFile::schema().contentCheck).ok());
    // The data file itself, on a local disk, still opens.
    QVERIFY(centre.reopen());
}

QTEST_MAIN(TestFilePrivacy)
#include "TestFilePrivacy.moc"
