// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk does when the disk lets it down: a data file that cannot grow, a file cut short, a
// file with garbage in the middle. Each gives the receptionist a clear message, nothing crashes, and
// nothing already committed is lost: it is still in the file, or in the verified backup. A file that is
// not damaged is never called damaged: a full disk, a read-only file, a lock and a -wal left from another
// copy each say what they are.
#include "DeskProcess.h"
#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceService.h"
#include "attendance/RoomBoard.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamilyService.h"
#include "store/BackupCopy.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Kindred;

namespace {

QVariant pragma(Database& database, const QString& statement)
{
    QSqlQuery query(database.connection());
    return query.exec(statement) && query.next() ? query.value(0) : QVariant();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

int presentCount(Database& database)
{
    int children = 0;
    const auto rooms = RoomBoard(database, Session(SystemActorKind::ReportJob)).rooms();
    if (!rooms) {
        return -1;
    }
    for (const RoomBoardEntry& entry : rooms.value()) {
        children += entry.presentCount();
    }
    return children;
}

// The page number of a table's b-tree root, read before the file is closed and damaged.
qint64 rootPage(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = :name"));
    query.bindValue(QStringLiteral(":name"), table);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool overwritePage(const QString& path, qint64 page, int pageSize)
{
    QFile file(path);
    return page > 1 && file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
        && file.write(QByteArray(pageSize, char(0x5a))) == pageSize;
}

// A demo centre in `path` with `checkIns` children checked in and `checkOuts` of them checked out again.
struct Desk
{
    std::unique_ptr<Database> database;
    Session session {SystemActorKind::Demo}; // a system actor: nobody signed in may do nothing
    std::unique_ptr<FamilyService> families;
    std::unique_ptr<AttendanceService> attendance;
    QList<DeskPair> pairs;
    QList<qint64> checkedIn;
    QList<qint64> checkedOut;

    QString open(const QString& path, const OpenOptions& options = {})
    {
        auto opened = DataFile::open(path, options);
        if (!opened) {
            return opened.errorString();
        }
        database = std::move(opened).value();
        families = std::make_unique<FamilyService>(*database, session);
        attendance = std::make_unique<AttendanceService>(*database, session);
        pairs = DeskProcess::pairs(*families, 0, 1000);
        return {};
    }
    void close()
    {
        attendance.reset();
        families.reset();
        database.reset();
    }
    Result<qint64> checkIn(const DeskPair& pair)
    {
        auto records = attendance->checkIn({pair.childId}, pair.adultId);
        if (!records) {
            return records.error();
        }
        checkedIn << records->first().id;
        return records->first().id;
    }
    Result<qint64> checkOut(const DeskPair& pair)
    {
        auto record = attendance->checkOut(pair.childId, pair.adultId);
        if (!record) {
            return record.error();
        }
        checkedOut << record->id;
        return record->id;
    }
};

QString makeCentre(Desk& desk, const QString& path, int checkIns, int checkOuts)
{
    if (QString failed = desk.open(path); !failed.isEmpty()) {
        return failed;
    }
    DemoCentreOptions options;
    options.children = 60;
    options.photos = false;
    if (auto generated = DemoCentreGenerator(*desk.database).generate(options); !generated) {
        return generated.errorString();
    }
    desk.pairs = DeskProcess::pairs(*desk.families, 0, 1000);
    for (int i = 0; i < checkIns && i < desk.pairs.size(); ++i) {
        if (auto done = desk.checkIn(desk.pairs.at(i)); !done) {
            return done.errorString();
        }
    }
    for (int i = 0; i < checkOuts && i < desk.pairs.size(); ++i) {
        if (auto done = desk.checkOut(desk.pairs.at(i)); !done) {
            return done.errorString();
        }
    }
    return {};
}

// A small tmpfs mounted for the length of a test (root only): a disk that really fills up.
class SmallDisk
{
public:
    explicit SmallDisk(const QString& folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted
            = ::geteuid() == 0 && ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=16m") == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
        }
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    // Writes a file until the disk refuses another byte.
    bool fill(const QString& path) const
    {
        QFile filler(path);
        if (!filler.open(QIODevice::WriteOnly)) {
            return false;
        }
        const QByteArray block(64 * 1024, '\0');
        while (filler.write(block) == block.size() && filler.flush()) { }
        return true;
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

class TestStoreFailures : public QObject
{
    Q_OBJECT

private slots:
    void fullDiskChangesNothing_data();
    void fullDiskChangesNothing();
    void damagedFileIsRefusedAndBackupHoldsRecords_data();
    void damagedFileIsRefusedAndBackupHoldsRecords();
    void damageFoundAfterOpenIsReported_data();
    void damageFoundAfterOpenIsReported();
    void openSaysWhatIsWrong_data();
    void openSaysWhatIsWrong();
    void symlinkWhileAnotherStationWrites();
};

void TestStoreFailures::fullDiskChangesNothing_data()
{
    QTest::addColumn<bool>("checkingOut");
    QTest::newRow("morning drop-off: check-ins until the file cannot grow") << false;
    QTest::newRow("afternoon pickup: check-outs until the file cannot grow") << true;
}

void TestStoreFailures::fullDiskChangesNothing()
{
    QFETCH(bool, checkingOut);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.kindred"));
    Desk desk;
    QString made = makeCentre(desk, path, checkingOut ? 1000 : 3, 0);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const qint64 committedIns = desk.checkedIn.size();

    // The disk fills up: the file may not take a single page more.
    const qint64 pages = pragma(*desk.database, QStringLiteral("PRAGMA page_count")).toLongLong();
    QCOMPARE(pragma(*desk.database, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toLongLong(), pages);

    int next = checkingOut ? 0 : int(committedIns);
    Error refusal;
    for (; next < desk.pairs.size(); ++next) {
        auto done = checkingOut ? desk.checkOut(desk.pairs.at(next)) : desk.checkIn(desk.pairs.at(next));
        if (!done) {
            refusal = done.error();
            break;
        }
    }
    QVERIFY2(next < desk.pairs.size(), "the file kept growing past max_page_count");
    QVERIFY2(refusal.message.contains(QLatin1String("disk is full")), qPrintable(refusal.message));
    QVERIFY2(refusal.message.contains(QLatin1String("Nothing was changed")), qPrintable(refusal.message));

    // Nothing of the refused event was written, and the desk still reads everything.
    const Session system(SystemActorKind::ReportJob);
    AttendanceReader reader(*desk.database, system);
    const DeskPair refused = desk.pairs.at(next);
    QCOMPARE(reader.openForChild(refused.childId)->isPresent(), checkingOut);
    QCOMPARE(presentCount(*desk.database), int(desk.checkedIn.size() - desk.checkedOut.size()));
    QVERIFY(!desk.families->search(QStringLiteral("a"))->isEmpty());
    QString missing = DeskProcess::missingRecords(*desk.database, desk.checkedIn, desk.checkedOut);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));

    // Space is freed: the same event goes through.
    pragma(*desk.database, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    auto retried = checkingOut ? desk.checkOut(refused) : desk.checkIn(refused);
    QVERIFY2(retried.ok(), qPrintable(retried.errorString()));

    desk.close();
    QCOMPARE(desk.open(path), QString());
    QCOMPARE(pragma(*desk.database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    missing = DeskProcess::missingRecords(*desk.database, desk.checkedIn, desk.checkedOut);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestStoreFailures::damagedFileIsRefusedAndBackupHoldsRecords_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut off half way through a copy") << "truncated"
                                                     << "incomplete";
    QTest::newRow("garbage in the middle") << "middle"
                                           << "damaged";
    QTest::newRow("garbage over the attendance records") << "attendance"
                                                         << "damaged";
}

void TestStoreFailures::damagedFileIsRefusedAndBackupHoldsRecords()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    Desk desk;
    QString made = makeCentre(desk, path, 20, 8);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    auto backup = DatabaseBackup::createBeside(*desk.database, QStringLiteral("daily"));
    QVERIFY2(backup.ok(), qPrintable(backup.errorString()));
    const int pageSize = pragma(*desk.database, QStringLiteral("PRAGMA page_size")).toInt();
    const qint64 attendanceRoot = rootPage(*desk.database, QStringLiteral("attendance"));
    const QList<qint64> checkedIn = desk.checkedIn;
    const QList<qint64> checkedOut = desk.checkedOut;
    desk.close(); // the last connection checkpoints the WAL into the file

    QFile file(path);
    if (damage == QLatin1String("truncated")) {
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == QLatin1String("middle")) {
        QVERIFY(overwritePage(path, file.size() / pageSize / 2, pageSize));
    } else {
        QVERIFY(overwritePage(path, attendanceRoot, pageSize));
    }
    const QByteArray damaged = fileHash(path);

    const QString refused = desk.open(path);
    QVERIFY2(refused.contains(expected), qPrintable(refused));
    QVERIFY2(refused.contains(QLatin1String("Restore the latest backup")), qPrintable(refused));
    QCOMPARE(fileHash(path), damaged); // kept as it is for whoever investigates, never recreated over

    // Every record committed before the backup is in the verified backup.
    QVERIFY(BackupCopy::verify(backup.value(), DataFile::schema().contentCheck).ok());
    const QString restored = dir.filePath(QStringLiteral("restored.kindred"));
    QVERIFY(QFile::copy(backup.value(), restored));
    QCOMPARE(desk.open(restored), QString());
    const QString missing = DeskProcess::missingRecords(*desk.database, checkedIn, checkedOut);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QCOMPARE(presentCount(*desk.database), int(checkedIn.size() - checkedOut.size()));
}

void TestStoreFailures::damageFoundAfterOpenIsReported_data()
{
    QTest::addColumn<bool>("checkingOut");
    QTest::newRow("check-in into a damaged attendance table") << false;
    QTest::newRow("check-out from a damaged attendance table") << true;
}

// A very large file is opened without quick_check (it reads the whole file): damage is then found by
// the background check, or by the first statement that reads the damaged page, and must come back as
// a message, not a crash.
void TestStoreFailures::damageFoundAfterOpenIsReported()
{
    QFETCH(bool, checkingOut);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    Desk desk;
    QString made = makeCentre(desk, path, 10, 0);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const int pageSize = pragma(*desk.database, QStringLiteral("PRAGMA page_size")).toInt();
    const qint64 attendanceRoot = rootPage(*desk.database, QStringLiteral("attendance"));
    desk.close();
    QVERIFY(overwritePage(path, attendanceRoot, pageSize));

    QVERIFY(desk.open(path).contains(QLatin1String("damaged"))); // small enough to be checked at open
    OpenOptions options;
    options.quickCheckMaxBytes = 4096; // as if it were gigabytes
    QCOMPARE(desk.open(path, options), QString());
    auto check = desk.database->quickCheck();
    QVERIFY(!check.ok());
    QVERIFY2(check.errorString().contains(QLatin1String("damaged")), qPrintable(check.errorString()));
    const DeskPair pair = desk.pairs.at(checkingOut ? 0 : 10);
    auto done = checkingOut ? desk.checkOut(pair) : desk.checkIn(pair);
    QVERIFY(!done.ok());
    QVERIFY2(done.errorString().contains(QLatin1String("damaged")), qPrintable(done.errorString()));
    // One statement's damage is not yet a checked verdict: no "restore a backup" on a guess, the next open checks.
    QVERIFY2(!done.errorString().contains(QLatin1String("backup")), qPrintable(done.errorString()));
    // Met by the statement (the next open checks the whole file) or by the read before it (which says
    // it could not read): either way an error that changes nothing.
    QVERIFY2(done.errorString().contains(QLatin1String("checks the whole file"))
                 || done.errorString().contains(QLatin1String("Could not read the data file")),
             qPrintable(done.errorString()));
    // The board shows what it can rather than crashing.
    (void)RoomBoard(*desk.database, Session(SystemActorKind::ReportJob)).rooms();
}

void TestStoreFailures::openSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the disk is full") << "full"
                                      << "is full";
    QTest::newRow("the file is read-only") << "readonly"
                                           << "read-only";
    QTest::newRow("another program holds the file locked") << "locked"
                                                           << "locked by another program";
    QTest::newRow("a -wal left from another copy of the file") << "leftoverWal"
                                                               << "another copy";
}

// Each of these files is healthy: the message names the cause and the fix, never damage or a backup
// (restoring one would throw away everything since), and nothing in the file changes.
void TestStoreFailures::openSaysWhatIsWrong()
{
    QFETCH(QString, situation);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    SmallDisk disk(dir.filePath(QStringLiteral("disk")));
    if (situation == QLatin1String("full") && !disk.isMounted()) {
        QSKIP("filling a disk needs root, to mount a small tmpfs");
    }
    const QString path = dir.filePath(QStringLiteral("disk/centre.kindred"));
    Desk desk;
    QString made = makeCentre(desk, path, 10, 3);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    desk.close();

    sqlite3* other = nullptr;
    if (situation == QLatin1String("full")) {
        QVERIFY(disk.fill(dir.filePath(QStringLiteral("disk/filler"))));
    } else if (situation == QLatin1String("readonly")) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (situation == QLatin1String("locked")) {
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr),
                 SQLITE_OK);
    } else if (situation == QLatin1String("leftoverWal")) {
        // A desk leaves its -wal full of committed changes when it dies; then another copy of the data file
        // (a different centre) is copied over the file, and the -wal stays beside it. The -wal is made here
        // with the sqlite3 library rather than by killing a desk process: what such a -wal does to another
        // file depends on which pages it holds, and a test must not depend on the moment of a kill. This one
        // holds the first page of a file much larger than the copy put in its place and laid out anew by VACUUM,
        // so read together the schema's pages it names are other pages in the copy (whatever room a schema
        // change leaves in the schema's pages); its schema is the copy's own, so only the read finds it out.
        sqlite3* writer = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer,
                              "CREATE TABLE padding(x); "
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                              "INSERT INTO padding SELECT randomblob(2000) FROM n; VACUUM;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_close(writer), SQLITE_OK); // checkpointed into the file
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer, "PRAGMA wal_autocheckpoint = 0; DROP TABLE padding;", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        // The -wal holds the change while the connection is open (closing it would checkpoint it); SQLite
        // locks the file and its -shm, never the -wal, so copying the -wal drops no lock.
        const QString savedWal = dir.filePath(QStringLiteral("left-over-wal"));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), savedWal));
        QCOMPARE(sqlite3_close(writer), SQLITE_OK);
        const QString another = dir.filePath(QStringLiteral("another.kindred"));
        {
            auto copy = DataFile::open(another);
            QVERIFY2(copy.ok(), qPrintable(copy.errorString()));
            DemoCentreOptions options;
            options.children = 25;
            options.photos = false;
            QVERIFY(DemoCentreGenerator(*copy.value()).generate(options).ok());
        }
        QVERIFY(QFileInfo(another).size() < QFileInfo(path).size() / 2);
        QFile::remove(path + QStringLiteral("-wal"));
        QVERIFY(QFile::copy(savedWal, path + QStringLiteral("-wal")));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(another, path));
    }
    const QByteArray before = fileHash(path);
    const qint64 walBefore = QFileInfo(path + QStringLiteral("-wal")).size();

    OpenOptions options;
    options.busyTimeoutMs = 200;
    const QString refused = desk.open(path, options);
    QVERIFY2(refused.contains(expected), qPrintable(refused));
    QVERIFY2(!refused.contains(QLatin1String("damaged")), qPrintable(refused));
    QVERIFY2(!refused.contains(QLatin1String("backup")), qPrintable(refused));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), walBefore);

    // Once the cause is gone, the file opens as it was.
    if (situation == QLatin1String("full")) {
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("disk/filler"))));
    } else if (situation == QLatin1String("readonly")) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    } else if (situation == QLatin1String("locked")) {
        sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
        sqlite3_close(other);
    } else if (situation == QLatin1String("leftoverWal")) {
        QVERIFY(QFile::rename(path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("kept-wal"))));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    QCOMPARE(desk.open(path), QString());
    QCOMPARE(pragma(*desk.database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    desk.close();
}

// Another station writes while this one opens the file through a symlink, over and over: the real file's
// -wal is found, the file is read under SQLite's locks, and it is never called damaged.
void TestStoreFailures::symlinkWhileAnotherStationWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    Desk desk;
    QString made = makeCentre(desk, path, 0, 0);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    desk.close();
    const QString link = dir.filePath(QStringLiteral("link.kindred"));
    QVERIFY(QFile::link(path, link));

    DeskProcess station;
    QVERIFY(station.start(path, 0, 1000));
    QVERIFY2(station.waitForReady(60000), qPrintable(station.errors().join(QLatin1Char('\n'))));
    for (int round = 0; round < 20; ++round) {
        station.pump(15);
        const QString failed = desk.open(link);
        QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(failed)));
        desk.close();
    }
    station.pump(15);
    const int written = int(station.checkedIn().size() + station.checkedOut().size());
    station.kill();
    QVERIFY2(station.errors().isEmpty(), qPrintable(station.errors().join(QLatin1Char('\n'))));
    QVERIFY2(written > 0, "the other station wrote nothing while the file was opened");
}

QTEST_MAIN(TestStoreFailures)
#include "TestStoreFailures.moc"
