// SPDX-License-Identifier: GPL-3.0-or-later
// The real `kindred` executable, started as a scheduled job or a terminal would start it: no display,
// no QT_QPA_PLATFORM. Help and the commands need no window; reports only read the file.
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "centre/DataFile.h"
#include "centre/SettingsService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kindred(const QStringList& arguments, const QByteArray& zone = {}, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    if (!zone.isEmpty()) {
        environment.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KINDRED_EXECUTABLE), arguments);
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// What the command said last (Qt may warn before it, e.g. about XDG_RUNTIME_DIR).
QString lastLine(const QString& text)
{
    return text.trimmed().section(QLatin1Char('\n'), -1);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool makeFile(const QString& path, int version = -1)
{
    OpenOptions options;
    options.targetVersion = version;
    return DataFile::open(path, options).ok();
}

int schemaVersionOf(const QString& path)
{
    OpenOptions peek;
    peek.quickCheck = false;
    auto opened = Database::openForReading(path, peek);
    return opened ? opened.value()->schemaVersion() : -1;
}

} // namespace

class TestCommandLineProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void worksWithNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << "Usage: kindred [GLOBAL] [COMMAND [ARGS]]";
        QTest::newRow("--help after a command")
            << QStringList {QStringLiteral("report"), QStringLiteral("--help")} << "kindred report --list";
        QTest::newRow("--version") << QStringList {QStringLiteral("--version")} << "kindred ";
        QTest::newRow("report --list") << QStringList {QStringLiteral("report"), QStringLiteral("--list")}
                                       << "emergency-contacts";
    }
    void worksWithNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = kindred(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void refusesWhatIsNotThereYet_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        // Issue 13, point 9: no option of the executable skips the sign-in (the old hidden screenshot options did).
        QTest::newRow("no --screenshot") << QStringList {QStringLiteral("--screenshot=a.png")}
                                         << "kindred: there is no option --screenshot";
        QTest::newRow("no --screenshot-editor")
            << QStringList {QStringLiteral("--demo"), QStringLiteral("--screenshot-editor=a.png")}
            << "kindred: there is no option --screenshot-editor";
        QTest::newRow("export") << QStringList {QStringLiteral("export")}
                                << "kindred export: not available in this version.";
        QTest::newRow("import") << QStringList {QStringLiteral("import"), QStringLiteral("x.json")}
                                << "kindred import: not available in this version.";
        QTest::newRow("a wrong option") << QStringList {QStringLiteral("report"), QStringLiteral("--frob")}
                                        << "kindred report: there is no option --frob";
    }
    void refusesWhatIsNotThereYet()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = kindred(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(lastLine(run.err).startsWith(expected), qPrintable(run.err));
    }

    // Issue 13, point 8: `kindred init` used to say "not available in this version", so a real centre
    // could only be made by the window (and the window made the demo).
    void initSetsUpANewCentre()
    {
        QTemporaryDir dir; // the demo tests below count the files of m_dir
        const QString file = dir.filePath(QStringLiteral("init.kindred"));
        const Run run = kindred({QStringLiteral("init"), QStringLiteral("--database"), file, QStringLiteral("--centre"),
                                 QStringLiteral("Little Gumnuts"), QStringLiteral("--time-zone"),
                                 QStringLiteral("Australia/Perth"), QStringLiteral("--admin"),
                                 QStringLiteral("Ngozi Okafor"), QStringLiteral("--country"), QStringLiteral("AU"),
                                 QStringLiteral("--lang"), QStringLiteral("en_AU")},
                                {}, "tea and toast at seven\ntea and toast at seven\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Ngozi Okafor")), qPrintable(run.out));
        auto opened = DataFile::open(file);
        QVERIFY(opened.ok());
        Database& database = *opened.value();
        QSqlQuery staff(database.connection());
        QVERIFY(staff.exec(QStringLiteral("SELECT first_name, last_name, role FROM staff")));
        QVERIFY(staff.next());
        QCOMPARE(staff.value(0).toString(), QStringLiteral("Ngozi"));
        QCOMPARE(staff.value(2).toString(), QStringLiteral("administrator"));
        QVERIFY(!staff.next()); // the only staff row
        staff.finish();
        QCOMPARE(SettingsService::read(database, SettingsService::CentreName).value(),
                 QStringLiteral("Little Gumnuts"));
        QCOMPARE(SettingsService::read(database, SettingsService::Currency).value(), QStringLiteral("AUD"));
        QCOMPARE(SettingsService::read(database, SettingsService::Language).value(), QStringLiteral("en-AU"));
        QCOMPARE(SettingsService::read(database, SettingsService::DemoCentre).value(), QString());
    }

    void initRefuses_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the passwords differ") << QStringList() << QByteArray("tea and toast at seven\ntea and jam\n")
                                              << "kindred init: the two passwords differ";
        QTest::newRow("no password") << QStringList() << QByteArray()
                                     << "kindred init: give the administrator's password";
        QTest::newRow("too short") << QStringList() << QByteArray("short one\nshort one\n")
                                   << "kindred init: password: The administrator's password has at least 12";
        QTest::newRow("the person's name")
            << QStringList() << QByteArray("okafor okafor okafor\nokafor okafor okafor\n")
            << "kindred init: password: The password must not contain your own name";
        QTest::newRow("the centre's name")
            << QStringList() << QByteArray("i love gumnuts a lot\ni love gumnuts a lot\n")
            << "kindred init: password: The password must not contain the centre's";
        QTest::newRow("a currency that is no code")
            << QStringList {QStringLiteral("--currency"), QStringLiteral("dollars")}
            << QByteArray("tea and toast at seven\ntea and toast at seven\n") << "kindred init: --currency:";
        QTest::newRow("no time zone") << QStringList {QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}
                                      << QByteArray("tea and toast at seven\ntea and toast at seven\n")
                                      << "kindred init: Mars/Olympus is not a time zone";
    }
    void initRefuses()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("refused.kindred"));
        QStringList arguments {QStringLiteral("init"),        QStringLiteral("--database"), file,
                               QStringLiteral("--centre"),    QStringLiteral("Gumnuts"),    QStringLiteral("--admin"),
                               QStringLiteral("Ngozi Okafor")};
        if (!extra.contains(QStringLiteral("--time-zone"))) {
            arguments << QStringLiteral("--time-zone") << QStringLiteral("Australia/Perth");
        }
        arguments << extra;
        const Run run = kindred(arguments, {}, input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(lastLine(run.err).startsWith(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(file)); // nothing was made
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void initRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("existing.kindred"));
        QVERIFY(makeFile(file));
        const QByteArray before = fileHash(file);
        const Run run
            = kindred({QStringLiteral("init"), QStringLiteral("--database"), file, QStringLiteral("--centre"),
                       QStringLiteral("Gumnuts"), QStringLiteral("--time-zone"), QStringLiteral("Australia/Perth")},
                      {}, "tea and toast at seven\ntea and toast at seven\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(lastLine(run.err).contains(QLatin1String("already exists")), qPrintable(run.err));
        QCOMPARE(fileHash(file), before);
    }

    // The last administrator forgot the password: the file's owner sets a new one, audited.
    void initResetsTheAdministrator()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("reset.kindred"));
        Run run = kindred({QStringLiteral("init"), QStringLiteral("--database"), file, QStringLiteral("--centre"),
                           QStringLiteral("Gumnuts"), QStringLiteral("--time-zone"), QStringLiteral("Australia/Perth")},
                          {}, "tea and toast at seven\ntea and toast at seven\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = kindred({QStringLiteral("init"), QStringLiteral("--reset-admin"), QStringLiteral("--database"), file}, {},
                      "a brand new phrase\nnot the same\n");
        QCOMPARE(run.exitCode, 1);
        run = kindred({QStringLiteral("init"), QStringLiteral("--reset-admin"), QStringLiteral("--database"), file}, {},
                      "a brand new phrase\na brand new phrase\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto opened = DataFile::open(file);
        QVERIFY(opened.ok());
        QSqlQuery audit(opened.value()->connection());
        QVERIFY(audit.exec(QStringLiteral(
            "SELECT actor_staff_id IS NULL, details FROM audit_log WHERE action = 'account.reset_admin'")));
        QVERIFY(audit.next());
        QVERIFY(audit.value(0).toBool());
        QVERIFY(audit.value(1).toString().contains(QLatin1String("\"systemActor\":\"init\"")));
        QVERIFY(!audit.next());
    }

    void demoBuildsANewFileWhole()
    {
        const QString file = path(QStringLiteral("demo.kindred"));
        const Run run = kindred({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("5"),
                                 QStringLiteral("--time-zone"), QStringLiteral("America/Los_Angeles"),
                                 QStringLiteral("--database"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("America/Los_Angeles")), qPrintable(run.out));
        // Nothing but the file itself is left in the folder.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("demo.kindred")});
        auto opened = Database::openForReading(file);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(SettingsService::read(*opened.value(), SettingsService::CentreTimeZone).value(),
                 QStringLiteral("America/Los_Angeles"));
        // Issue 15, point 13: four weeks of history behind it, and a sentence about today.
        QVERIFY2(run.out.contains(QStringLiteral("History: ")), qPrintable(run.out));
        {
            QSqlQuery history(opened.value()->connection());
            QVERIFY(history.exec(QStringLiteral("SELECT COUNT(*), MIN(day) FROM attendance")));
            QVERIFY(history.next());
            QVERIFY(history.value(0).toInt() > 0);
            QVERIFY(QDate::fromString(history.value(1).toString(), Qt::ISODate) <= QDate::currentDate().addDays(-20));
        }
        opened.value().reset();

        // A file that exists is never built over.
        const QByteArray before = fileHash(file);
        const Run again = kindred({QStringLiteral("demo"), QStringLiteral("--database"), file});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(lastLine(again.err).startsWith(QStringLiteral("kindred demo: ")), qPrintable(again.err));
        QCOMPARE(fileHash(file), before);

        const Run none = kindred({QStringLiteral("demo"), QStringLiteral("--database"), path(QStringLiteral("n")),
                                  QStringLiteral("--children"), QStringLiteral("0")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("n"))));
    }

    // Issue 16, point 8: `--sites N` builds a chain, its staff at one site or two with a role at each, sealed as
    // the accounts screen seals them; a number of sites out of range is refused before anything is written.
    void demoBuildsAChain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chain.kindred"));
        const Run run
            = kindred({QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("3"),
                       QStringLiteral("--children"), QStringLiteral("24"), QStringLiteral("--database"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("A chain of 3 sites.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("3309")), qPrintable(run.out));
        auto opened = Database::openForReading(file);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        const QSqlDatabase db = opened.value()->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sites), (SELECT count(*) FROM sites WHERE name "
                                          "= 'Kindred Northside'), (SELECT count(DISTINCT staff_id) FROM "
                                          "staff_site_roles), (SELECT count(DISTINCT site_id) FROM children)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toInt(), 24); // every educator: eight a site
        QCOMPARE(query.value(3).toInt(), 3);
        query.finish();
        const auto findings = RecordDigest::verify(db);
        QVERIFY2(findings.ok(), qPrintable(findings.errorString()));
        QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
        QVERIFY(AuditLog::verifyChain(db).ok());
        opened.value().reset();

        for (const char* sites : {"0", "21", "-1", "two"}) {
            const QString none = dir.filePath(QStringLiteral("none.kindred"));
            const Run refused = kindred({QStringLiteral("demo"), QStringLiteral("--database"), none,
                                         QStringLiteral("--sites=") + QLatin1String(sites)});
            QCOMPARE(refused.exitCode, 1);
            QCOMPARE(lastLine(refused.err),
                     QStringLiteral("kindred demo: --sites takes a number of sites from 1 to 20, not \"%1\".")
                         .arg(QLatin1String(sites)));
            QVERIFY(!QFile::exists(none));
        }
    }

    // Ctrl+C or a kill during the build: no half-built centre, no temporary file left behind.
    void anInterruptedDemoLeavesNothing()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KINDRED_EXECUTABLE),
                      {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("50000"),
                       QStringLiteral("--database"), dir.filePath(QStringLiteral("big.kindred"))});
        QVERIFY(process.waitForStarted());
        // Wait until the build has begun (its hidden file is there), then interrupt it.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(), 20000);
        QTest::qWait(500);
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        QVERIFY(process.exitCode() != 0 || process.exitStatus() != QProcess::NormalExit);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void migrateUpgradesWithABackup()
    {
        const QString file = path(QStringLiteral("old.kindred"));
        QVERIFY(makeFile(file, Database::latestSchemaVersion() - 1));
        // The version before the latest, or the last script below it when that number is a gap (never handed out).
        const int before = schemaVersionOf(file);
        QVERIFY(before > 0 && before < Database::latestSchemaVersion());
        const Run run = kindred({QStringLiteral("--database"), file, QStringLiteral("migrate")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(
                     QStringLiteral("from data version %1 to %2").arg(before).arg(Database::latestSchemaVersion())),
                 qPrintable(run.out));
        QCOMPARE(schemaVersionOf(file), Database::latestSchemaVersion());
        const Run again = kindred({QStringLiteral("migrate"), QStringLiteral("--database"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("up to date")), qPrintable(again.out));
        const Run missing
            = kindred({QStringLiteral("migrate"), QStringLiteral("--database"), path(QStringLiteral("none"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("none"))));
    }

    void reportRefuses_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a date with a time")
            << "current" << QStringList {QStringLiteral("--from"), QStringLiteral("2026-03-01T10:00")} << 1
            << "is not a date";
        QTest::newRow("a file that needs upgrading")
            << "old" << QStringList {} << 1 << "this file needs upgrading: run kindred migrate";
        QTest::newRow("a file with no time zone")
            << "no zone" << QStringList {} << 1 << "set the centre's time zone first";
        QTest::newRow("an empty file") << "empty" << QStringList {} << 2 << "cannot open";
        QTest::newRow("no file") << "missing" << QStringList {} << 2 << "cannot open";
    }
    void reportRefuses()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("centre.kindred"));
        if (setup == QLatin1String("current") || setup == QLatin1String("no zone")) {
            QVERIFY(makeFile(file));
        } else if (setup == QLatin1String("old")) {
            QVERIFY(makeFile(file, Database::latestSchemaVersion() - 1));
        } else if (setup == QLatin1String("empty")) {
            QFile empty(file);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        if (setup == QLatin1String("no zone")) {
            auto opened = DataFile::open(file);
            QVERIFY(opened.ok());
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM settings WHERE key = 'centre/timeZone'")));
        }
        const QByteArray before = fileHash(file);
        const Run run
            = kindred(QStringList {QStringLiteral("report"), QStringLiteral("enrolment"), QStringLiteral("--out"),
                                   dir.filePath(QStringLiteral("e.csv")), QStringLiteral("--database"), file}
                      + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(lastLine(run.err).startsWith(QStringLiteral("kindred report: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("e.csv"))));
        QCOMPARE(fileHash(file), before); // not migrated, not created
        // No backup beside it either (SQLite's own -wal and -shm of a reader aside).
        QStringList left = QDir(dir.path()).entryList(QDir::Files);
        left.removeIf([](const QString& name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(left.size(), setup == QLatin1String("missing") ? 0 : 1);
    }

    // An auditor's copy: the file 0444 in a folder 0555.
    void reportReadsAReadOnlyCopy()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/centre.kindred");
        QVERIFY(makeFile(file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                          | QFile::ReadOther | QFile::ExeOther));
        const QByteArray before = fileHash(file);
        const QString out = dir.filePath(QStringLiteral("enrolment.csv"));
        const Run run = kindred({QStringLiteral("report"), QStringLiteral("enrolment"), QStringLiteral("--database"),
                                 file, QStringLiteral("--out"), out});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(out));
        QCOMPARE(fileHash(file), before);
    }

    // A desk in the middle of a save holds the write lock: the report reads past it, at once.
    void reportIsNotStoppedByADeskSaving()
    {
        TestCentre desk;
        QVERIFY(desk.isValid());
        QSqlQuery lock(desk.database().connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('test/pending', 'x')")));
        QElapsedTimer timer;
        timer.start();
        const QString out = desk.dirPath() + QStringLiteral("/enrolment.csv");
        const Run run = kindred({QStringLiteral("report"), QStringLiteral("enrolment"), QStringLiteral("--database"),
                                 desk.path(), QStringLiteral("--out"), out});
        const qint64 ms = timer.elapsed();
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(out));
        QVERIFY2(ms < 4000, qPrintable(QStringLiteral("the report took %1 ms").arg(ms)));
    }
};

QTEST_MAIN(TestCommandLineProcess)
#include "TestCommandLineProcess.moc"
