// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's operations on a disk that lets them down. Each operation (check-in, check-out, family
// save, report, backup) runs once without faults to count its I/O operations, then once for every
// N up to that count and every kind of fault (write EIO, write ENOSPC, fsync EIO, torn write, read
// EIO), each time on a fresh copy of the same small centre. After each: the operation failed with a
// message for the receptionist or did what it should; and the file, opened again as the next start
// of the desk would, is intact, holds everything committed before, and holds the operation whole or
// not at all. The same is checked on the files as a crash just after the failure would leave them.
#include "FaultVfs.h"
#include "MockClock.h"
#include "attendance/AttendanceService.h"
#include "audit/AuditLog.h"
#include "centre/CentreService.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamilyService.h"
#include "reports/ReportCatalogue.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::FaultVfs::Fault)

namespace {

using Fault = FaultVfs::Fault;

// Each table's rows (as text) with how often each occurs.
using Snapshot = QHash<QString, QHash<QByteArray, int>>;
// Per table: rows gone and rows new since a snapshot (an updated row is one of each).
using Change = std::map<QString, std::pair<int, int>>;

QString changeText(const Change& change)
{
    QStringList parts;
    for (const auto& [table, counts] : change) {
        parts << QStringLiteral("%1 -%2 +%3").arg(table).arg(counts.first).arg(counts.second);
    }
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

Result<Snapshot> snapshot(const QSqlDatabase& db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"))) {
        return Error {tables.lastError().text()};
    }
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    if (tables.lastError().isValid()) {
        return Error {tables.lastError().text()};
    }
    Snapshot result;
    for (const QString& name : std::as_const(names)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name))) {
            return Error {rows.lastError().text()};
        }
        auto& table = result[name];
        while (rows.next()) {
            QByteArray row;
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                row += value.isNull() ? QByteArray("\x01") : value.toByteArray();
                row += '\x00';
            }
            ++table[row];
        }
        if (rows.lastError().isValid()) {
            return Error {rows.lastError().text()};
        }
    }
    return result;
}

Change changeBetween(const Snapshot& before, const Snapshot& after)
{
    Change change;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    for (const QString& table : std::as_const(tables)) {
        const auto& was = before.value(table);
        const auto& now = after.value(table);
        int gone = 0;
        int added = 0;
        for (auto it = was.begin(); it != was.end(); ++it) {
            gone += std::max(0, it.value() - now.value(it.key()));
        }
        for (auto it = now.begin(); it != now.end(); ++it) {
            added += std::max(0, it.value() - was.value(it.key()));
        }
        if (gone || added) {
            change[table] = {gone, added};
        }
    }
    return change;
}

QString pragmaText(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return query.lastError().text();
    }
    QStringList lines;
    while (query.next()) {
        lines << query.value(0).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

void removeFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

// What the desk works on for one iteration: a copy of the prepared file with the services on it.
struct Desk
{
    Session session {SystemActorKind::Demo}; // a system actor: nobody signed in may do nothing
    std::unique_ptr<Database> database;
    std::unique_ptr<FamilyService> families;
    std::unique_ptr<AttendanceService> attendance;

    QString open(const QString& path, const StaffMember& actor)
    {
        // No quick_check: the checks after each run make the stronger integrity_check themselves.
        OpenOptions options;
        options.createIfMissing = false;
        options.quickCheck = false;
        auto opened = DataFile::open(path, options);
        if (!opened) {
            return opened.errorString();
        }
        database = std::move(opened).value();
        families = std::make_unique<FamilyService>(*database, session);
        attendance = std::make_unique<AttendanceService>(*database, session);
        session.signIn(actor);
        return {};
    }
    void close()
    {
        attendance.reset();
        families.reset();
        database.reset();
    }
};

struct Outcome
{
    bool ok = false;
    QString message;
};

// What the unarmed run of an operation did: its I/O count, how it changed the file, what it wrote.
struct Reference
{
    qint64 operations = 0;
    Change change;
    QByteArray output;
};

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void operation_data();
    void operation();
    void cleanupTestCase();

private:
    Outcome run(const QString& operation, Desk& desk);
    QString output(const QString& operation) const;
    // Opens `path` as the next start of the desk would and checks it against the prepared file and
    // the unarmed run; returns what is wrong, or nothing. `happened` tells whether the operation is in it.
    QStringList checkFile(const QString& path, const QString& operation, bool* happened);

    MockClock m_clock {QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone("Australia/Melbourne"))};
    QTemporaryDir m_dir;
    QString m_prepared;
    QByteArray m_preparedBytes;
    QString m_live;
    QString m_crash;
    Snapshot m_before;
    StaffMember m_receptionist;
    QList<qint64> m_arrivingChildren;
    qint64 m_arrivingAdult = 0;
    qint64 m_leavingChild = 0;
    qint64 m_leavingAdult = 0;
    qint64 m_savedFamily = 0;
    QHash<QString, Reference> m_references;
    QHash<QString, qint64> m_elapsedMs;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY(FaultVfs::install());
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("live")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("crash")));
    m_prepared = m_dir.filePath(QStringLiteral("prepared.kindred"));
    m_live = m_dir.filePath(QStringLiteral("live/centre.kindred"));
    m_crash = m_dir.filePath(QStringLiteral("crash/centre.kindred"));

    QElapsedTimer timer;
    timer.start();
    {
        Desk desk;
        auto created = DataFile::open(m_prepared);
        QVERIFY2(created, qPrintable(created.errorString()));
        desk.database = std::move(created).value();
        DemoCentreOptions demo;
        demo.children = 40;
        demo.photos = false;
        auto generated = DemoCentreGenerator(*desk.database).generate(demo);
        QVERIFY2(generated, qPrintable(generated.errorString()));
        desk.families = std::make_unique<FamilyService>(*desk.database, desk.session);
        desk.attendance = std::make_unique<AttendanceService>(*desk.database, desk.session);
        const auto staff = CentreService(*desk.database, desk.session).staff();
        QVERIFY2(staff, qPrintable(staff.errorString()));
        for (const StaffMember& member : staff.value()) {
            if (member.role == StaffRole::Receptionist) {
                m_receptionist = member;
            }
        }
        QVERIFY(m_receptionist.id > 0);
        desk.session.signIn(m_receptionist);

        // Families with two or more children: the first checks in this morning (one child stays to be
        // collected), the second arrives under faults, the third is edited under faults.
        QList<Family> siblings;
        const auto summaries = desk.families->list(0, 100);
        QVERIFY2(summaries, qPrintable(summaries.errorString()));
        for (const FamilySummary& summary : summaries.value()) {
            auto family = desk.families->load(summary.id);
            QVERIFY2(family, qPrintable(family.errorString()));
            if (family->children.size() >= 2 && !family->guardians().isEmpty()) {
                siblings << family.value();
            }
        }
        QVERIFY(siblings.size() >= 4);

        const auto authorisedAdult = [&](const Family& family, qint64 childId) -> qint64 {
            for (const Person& adult : family.adults) {
                auto decision = desk.attendance->releaseDecision(childId, adult.id);
                if (decision && decision->verdict == ReleaseDecision::Verdict::Authorised) {
                    return adult.id;
                }
            }
            return 0;
        };

        // A week and a half of attendance for the report to read: the families after the first three
        // come at 8:00 and leave at 16:00.
        int stays = 0;
        const QTimeZone zone("Australia/Melbourne");
        for (QDate day(2026, 2, 26); day < QDate(2026, 3, 10); day = day.addDays(1)) {
            if (day.dayOfWeek() > 5) {
                continue;
            }
            for (qsizetype f = 3; f < siblings.size(); ++f) {
                const Family& family = siblings[f];
                QList<qint64> children;
                for (const Child& child : family.children) {
                    children << child.id;
                }
                m_clock.set(QDateTime(day, QTime(8, 0), zone));
                auto in = desk.attendance->checkIn(children, family.guardians().first()->id);
                QVERIFY2(in, qPrintable(in.errorString()));
                m_clock.set(QDateTime(day, QTime(16, 0), zone));
                for (qint64 child : std::as_const(children)) {
                    auto out = desk.attendance->checkOut(child, authorisedAdult(family, child));
                    QVERIFY2(out, qPrintable(out.errorString()));
                    ++stays;
                }
            }
        }
        const Family& here = siblings[0];
        m_clock.set(QDateTime(QDate(2026, 3, 10), QTime(7, 45), zone));
        auto checkedIn = desk.attendance->checkIn({here.children[0].id}, here.guardians().first()->id);
        QVERIFY2(checkedIn, qPrintable(checkedIn.errorString()));
        m_leavingChild = here.children[0].id;
        m_leavingAdult = authorisedAdult(here, m_leavingChild);
        QVERIFY(m_leavingAdult > 0);
        for (const Child& child : siblings[1].children) {
            m_arrivingChildren << child.id;
        }
        m_arrivingAdult = siblings[1].guardians().first()->id;
        m_savedFamily = siblings[2].id;
        m_clock.set(QDateTime(QDate(2026, 3, 10), QTime(9, 0), zone));

        auto before = snapshot(desk.database->connection());
        QVERIFY2(before, qPrintable(before.errorString()));
        m_before = before.value();
        qInfo("prepared centre: %d families, %d children, %d stays, %lld bytes", generated->families,
              generated->children, stays, QFileInfo(m_prepared).size());
    }
    QFile prepared(m_prepared);
    QVERIFY(prepared.open(QIODevice::ReadOnly));
    m_preparedBytes = prepared.readAll();
    qInfo("prepared the centre in %lld ms", timer.elapsed());
}

void TestFaultInjection::cleanupTestCase()
{
    for (auto it = m_elapsedMs.cbegin(); it != m_elapsedMs.cend(); ++it) {
        qInfo("%s: every fault at every I/O operation in %.1f s", qPrintable(it.key()), double(it.value()) / 1000);
    }
}

QString TestFaultInjection::output(const QString& operation) const
{
    return m_dir.filePath(operation == QLatin1String("backup") ? QStringLiteral("live/backup.kindred")
                                                               : QStringLiteral("live/attendance.csv"));
}

Outcome TestFaultInjection::run(const QString& operation, Desk& desk)
{
    const auto outcome = [](const auto& result) { return Outcome {result.ok(), result.errorString()}; };
    if (operation == QLatin1String("check-in")) {
        auto done = desk.attendance->checkIn(m_arrivingChildren, m_arrivingAdult);
        if (done && done->size() != m_arrivingChildren.size()) {
            return {false, QStringLiteral("check-in succeeded but returned %1 records").arg(done->size())};
        }
        return outcome(done);
    }
    if (operation == QLatin1String("check-out")) {
        return outcome(desk.attendance->checkOut(m_leavingChild, m_leavingAdult));
    }
    if (operation == QLatin1String("family save")) {
        auto family = desk.families->load(m_savedFamily);
        if (!family) {
            return outcome(family);
        }
        Family& edited = family.value();
        edited.householdName += QStringLiteral(" Nakamura");
        edited.children[0].firstName = QStringLiteral("Hana");
        Child baby = edited.children[0];
        baby.id = 0;
        baby.firstName = QStringLiteral("Yui");
        baby.dateOfBirth = QDate(2025, 11, 2);
        baby.pickups.clear(); // her pickup rules are the director's to set (issue 13, point 3)
        baby.restrictions.clear();
        edited.children << baby;
        return outcome(desk.families->save(edited));
    }
    if (operation == QLatin1String("report")) {
        const ReportRequest request {QStringLiteral("attendance"), QDate(2026, 2, 1), QDate(2026, 3, 10), -1};
        auto built = ReportCatalogue::build(*desk.database, request);
        if (!built) {
            return outcome(built);
        }
        return outcome(ReportCatalogue::write(built.value(), output(operation), {}));
    }
    return outcome(DatabaseBackup::create(*desk.database, output(operation)));
}

QStringList TestFaultInjection::checkFile(const QString& path, const QString& operation, bool* happened)
{
    *happened = false;
    // Byte for byte the prepared file and no WAL beside it: nothing happened and nothing was lost, without
    // reading it all again (most failed runs end here).
    if (QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll() == m_preparedBytes) {
            return {};
        }
    }
    Desk desk;
    if (const QString refused = desk.open(path, m_receptionist); !refused.isEmpty()) {
        return {QStringLiteral("the file does not open again: ") + refused};
    }
    QStringList problems;
    const QSqlDatabase db = desk.database->connection();
    if (const QString check = pragmaText(db, QStringLiteral("PRAGMA integrity_check")); check != QLatin1String("ok")) {
        problems << QStringLiteral("integrity_check: ") + check;
    }
    if (const QString check = pragmaText(db, QStringLiteral("PRAGMA foreign_key_check")); !check.isEmpty()) {
        problems << QStringLiteral("foreign_key_check: ") + check;
    }
    if (auto chain = AuditLog::verifyChain(db); !chain) {
        problems << QStringLiteral("audit chain: ") + chain.errorString();
    }
    auto after = snapshot(db);
    if (!after) {
        return problems << QStringLiteral("cannot read the file: ") + after.errorString();
    }
    const Change change = changeBetween(m_before, after.value());
    const Change& expected = m_references.value(operation).change;
    *happened = !change.empty();
    if (!change.empty() && change != expected) {
        problems << QStringLiteral("half written: changed %1 where the operation changes %2")
                        .arg(changeText(change), changeText(expected));
    }
    return problems;
}

void TestFaultInjection::operation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<Fault>("fault");
    const QStringList operations {QStringLiteral("check-in"), QStringLiteral("check-out"),
                                  QStringLiteral("family save"), QStringLiteral("report"), QStringLiteral("backup")};
    for (const QString& operation : operations) {
        for (Fault fault :
             {Fault::WriteIoError, Fault::DiskFull, Fault::SyncIoError, Fault::TornWrite, Fault::ReadIoError}) {
            QTest::addRow("%s, %s", qPrintable(operation), qPrintable(FaultVfs::name(fault))) << operation << fault;
        }
    }
}

void TestFaultInjection::operation()
{
    QFETCH(QString, operation);
    QFETCH(Fault, fault);
    QElapsedTimer timer;
    timer.start();

    const auto prepare = [&]() -> QString {
        removeFiles(m_live);
        removeFiles(m_crash);
        removeFiles(output(operation));
        if (!QFile::copy(m_prepared, m_live)) {
            return QStringLiteral("cannot copy the prepared file");
        }
        return {};
    };

    if (!m_references.contains(operation)) {
        QCOMPARE(prepare(), QString());
        Desk desk;
        QCOMPARE(desk.open(m_live, m_receptionist), QString());
        FaultVfs::disarm();
        const Outcome outcome = run(operation, desk);
        Reference reference;
        reference.operations = FaultVfs::operationCount();
        desk.close();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QFile written(output(operation));
        if (operation == QLatin1String("report") && written.open(QIODevice::ReadOnly)) {
            reference.output = written.readAll();
        }
        Desk reopened;
        QCOMPARE(reopened.open(m_live, m_receptionist), QString());
        auto after = snapshot(reopened.database->connection());
        QVERIFY2(after, qPrintable(after.errorString()));
        reference.change = changeBetween(m_before, after.value());
        QCOMPARE(operation == QLatin1String("report") || operation == QLatin1String("backup"),
                 reference.change.empty());
        m_references.insert(operation, reference);
        qInfo("%s: %lld I/O operations, changes %s", qPrintable(operation), reference.operations,
              qPrintable(changeText(reference.change)));
    }
    const Reference reference = m_references.value(operation);
    QVERIFY(reference.operations > 0);

    QStringList problems;
    int failed = 0;
    int struck = 0;
    int failedButThereAfterCrash = 0;
    int runs = 0;
    int journalsLeft = 0;
    QStringList messages;
    // Every N from 1 to the count: a fault armed at an operation of another kind strikes the next one of
    // its kind, so the loop goes on after the operation struck (the N between would strike it again).
    for (qint64 n = 1; n <= reference.operations && problems.size() < 20; ++n) {
        ++runs;
        QCOMPARE(prepare(), QString());
        Desk desk;
        QCOMPARE(desk.open(m_live, m_receptionist), QString());
        FaultVfs::arm(fault, n);
        const Outcome outcome = run(operation, desk);
        const qint64 firedAt = FaultVfs::firedAt();
        const bool fired = firedAt > 0;
        const QString where = QStringLiteral("N=%1: ").arg(firedAt) + FaultVfs::firedOperation();
        FaultVfs::disarm();
        struck += fired ? 1 : 0;
        failed += outcome.ok ? 0 : 1;
        const QString at = (fired ? where : QStringLiteral("N=%1: no fault").arg(n)) + QStringLiteral(": ");

        if (!outcome.ok) {
            if (!messages.contains(outcome.message)) {
                messages << outcome.message;
            }
            if (!fired) {
                problems << at + QStringLiteral("failed without a fault: ") + outcome.message;
            }
            if (outcome.message.trimmed().isEmpty()
                || outcome.message.contains(QLatin1String("success"), Qt::CaseInsensitive)) {
                problems << at + QStringLiteral("failed with the message \"%1\"").arg(outcome.message);
            }
            // Qt's own texts for a statement that was never prepared or fetched hide the disk's error.
            for (const char* raw : {"Parameter count mismatch", "Unable to fetch row", "No query"}) {
                if (outcome.message.contains(QLatin1String(raw))) {
                    problems << at + QStringLiteral("failed with Qt's message \"%1\"").arg(outcome.message);
                }
            }
            const bool saysFull = outcome.message.contains(QLatin1String("full"), Qt::CaseInsensitive);
            if (saysFull != (fault == Fault::DiskFull)) {
                problems << at
                        + QStringLiteral("the message \"%1\" for %2").arg(outcome.message, FaultVfs::name(fault));
            }
        }
        if (operation == QLatin1String("report")) {
            QFile written(output(operation));
            if (!outcome.ok && written.exists()) {
                problems << at + QStringLiteral("the report failed but left its file");
            } else if (outcome.ok && (!written.open(QIODevice::ReadOnly) || written.readAll() != reference.output)) {
                problems << at
                        + QStringLiteral("the report said it succeeded but its rows differ from the unarmed run");
            }
        }
        if (operation == QLatin1String("backup")) {
            if (!outcome.ok && QFile::exists(output(operation))) {
                problems << at + QStringLiteral("the backup failed but left its file");
            }
            // Point 9 of issue 12 (failed backups leave no journal behind) is DatabaseBackup's own test's.
            journalsLeft += !outcome.ok && QFile::exists(output(operation) + QStringLiteral("-journal")) ? 1 : 0;
            if (outcome.ok) {
                bool inBackup = false;
                const QStringList backup = checkFile(output(operation), QStringLiteral("report"), &inBackup);
                for (const QString& problem : backup) {
                    problems << at + QStringLiteral("the backup: ") + problem;
                }
            }
        }

        // The files as a crash right now would leave them (the -shm is rebuilt from the WAL at the next open),
        // for the operations that write. Copying opens and closes the files, which drops this process's POSIX
        // locks on them: harmless here only because the desk closes right after and nothing else has them open.
        const bool writes = !reference.change.empty();
        if (writes && QFile::copy(m_live, m_crash) && QFile::exists(m_live + QStringLiteral("-wal"))) {
            QFile::copy(m_live + QStringLiteral("-wal"), m_crash + QStringLiteral("-wal"));
        }
        desk.close();

        bool happened = false;
        for (const QString& problem : checkFile(m_live, operation, &happened)) {
            problems << at + QStringLiteral("at the next start: ") + problem;
        }
        if (!reference.change.empty() && outcome.ok != happened) {
            problems << at
                    + (outcome.ok ? QStringLiteral("said done, but it is not in the file at the next start")
                                  : QStringLiteral("said \"%1\", but it is in the file at the next start")
                                        .arg(outcome.message));
        }
        if (writes) {
            // A failed fsync at COMMIT leaves the transaction's frames in the WAL: a crash before the next
            // write brings it back. Whole, which is what is asserted; counted, since the message said otherwise.
            bool afterCrash = false;
            for (const QString& problem : checkFile(m_crash, operation, &afterCrash)) {
                problems << at + QStringLiteral("after a crash: ") + problem;
            }
            if (outcome.ok && !afterCrash) {
                problems << at + QStringLiteral("said done, but it is not in the file after a crash");
            }
            failedButThereAfterCrash += !outcome.ok && afterCrash ? 1 : 0;
        }
        if (!fired) {
            break; // no operation of this kind from N on
        }
        n = firedAt;
    }
    const qint64 elapsed = timer.elapsed();
    m_elapsedMs[operation] += elapsed;
    qInfo("%s, %s: %lld I/O operations, %d runs in %lld ms; the fault struck %d times, the operation failed %d "
          "times (%d of them found done after a crash, %d left a backup journal), saying: %s",
          qPrintable(operation), qPrintable(FaultVfs::name(fault)), reference.operations, runs, elapsed, struck, failed,
          failedButThereAfterCrash, journalsLeft, qPrintable(messages.join(QStringLiteral(" | "))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
