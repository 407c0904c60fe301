// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for TestCrashSafety and TestTwoStations: a front desk that checks children in and
// out as fast as it can through AttendanceService, and prints each record only after its commit has
// returned ("in <attendance id>", "out <attendance id>"). Failures are printed as "error <message>"
// and the desk carries on, so a test sees every refusal a receptionist would have seen.
//
//   kindred-desk-writer FILE OFFSET COUNT [OPERATIONS] [--wait]
//
// works the children of COUNT families starting at OFFSET (families in name order), and stops after
// OPERATIONS check-ins and check-outs (0 or none: until it is killed).
//
// It opens the file the way the desk does (ui/AppStartup): the file is opened, then the start-up checks
// (the big-file quick check and the audit-trail walk) run on connections of their own in background
// threads, and "ready" is printed once they are done. While the desk works, another background
// connection keeps checking the file, as the quick check of a big file would. With --wait it waits for
// a line on its standard input before the first check-in, and after the last one prints "done" and
// waits to be killed with the file still open.
#include "DeskProcess.h"
#include "TestStore.h"
#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceService.h"
#include "audit/AuditWitness.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QSettings>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <string>

using namespace Kindred;

namespace {

// One whole line at a time, from any thread, flushed at once: a kill may come at any moment.
void say(const QString& line)
{
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// What AppStartup::checkInBackground does: a connection of its own, opened on the checking thread.
std::unique_ptr<Database> backgroundConnection(const QString& path)
{
    OpenOptions options;
    options.quickCheck = false;
    options.createIfMissing = false;
    auto connection = TestStore::openCentre(path, options);
    if (!connection) {
        say(QStringLiteral("error ") + connection.errorString());
        return nullptr;
    }
    return std::move(connection).value();
}

void startUpChecks(const QString& path)
{
    QThread* quickCheck = QThread::create([path] {
        if (auto connection = backgroundConnection(path)) {
            if (auto checked = connection->quickCheck(); !checked) {
                say(QStringLiteral("error ") + checked.errorString());
            }
        }
    });
    QThread* auditTrail = QThread::create([path] {
        if (auto connection = backgroundConnection(path)) {
            // The witness is kept beside the test's file (or in the test's home), not in the user's settings.
            const QString beside = path.startsWith(QLatin1String("server:"))
                ? QDir::home().filePath(QStringLiteral("server.witness.ini"))
                : path + QStringLiteral(".witness.ini");
            QSettings settings(beside, QSettings::IniFormat);
            (void)AuditWitness::verifyAndRemember(connection->connection(), settings, path);
        }
    });
    quickCheck->start(QThread::LowPriority);
    auditTrail->start(QThread::LowPriority);
    quickCheck->wait();
    auditTrail->wait();
    delete quickCheck;
    delete auditTrail;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool wait = args.removeAll(QStringLiteral("--wait")) > 0;
    if (args.size() < 4) {
        say(QStringLiteral("usage: kindred-desk-writer FILE|server:CONNINFO OFFSET COUNT [OPERATIONS] [--wait]"));
        return 2;
    }
    const QString path = args.at(1);
    const qint64 operations = args.size() > 4 ? args.at(4).toLongLong() : 0;
    OpenOptions options;
    options.createIfMissing = false;
    auto database = TestStore::openCentre(path, options);
    if (!database) {
        say(QStringLiteral("error ") + database.errorString());
        return 1;
    }
    startUpChecks(path);

    std::atomic<bool> working {true};
    QThread* checking = QThread::create([path, &working] {
        if (auto connection = backgroundConnection(path)) {
            while (working) {
                if (auto checked = connection->quickCheck(); !checked) {
                    say(QStringLiteral("error ") + checked.errorString());
                }
                QThread::msleep(50);
            }
        }
    });
    checking->start(QThread::LowPriority);

    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    FamilyService families(*database.value(), session);
    AttendanceService desk(*database.value(), session);
    AttendanceReader reader(*database.value(), session);
    const QList<DeskPair> pairs = DeskProcess::pairs(families, args.at(2).toInt(), args.at(3).toInt());
    if (pairs.isEmpty()) {
        say(QStringLiteral("error no child with an authorised guardian"));
        return 1;
    }
    say(QStringLiteral("ready %1").arg(pairs.size()));
    std::string line;
    if (wait) {
        std::getline(std::cin, line);
    }
    for (qint64 done = 0; operations == 0 || done < operations; ++done) {
        const DeskPair& pair = pairs.at(done % pairs.size());
        auto open = reader.openForChild(pair.childId);
        if (!open) {
            say(QStringLiteral("error ") + open.errorString());
            continue;
        }
        if (open->isPresent()) {
            auto record = desk.checkOut(pair.childId, pair.adultId);
            say(record ? QStringLiteral("out %1").arg(record->id)
                       : QString(QStringLiteral("error ") + record.errorString()));
        } else {
            auto records = desk.checkIn({pair.childId}, pair.adultId);
            say(records && !records->isEmpty() ? QStringLiteral("in %1").arg(records->first().id)
                                               : QString(QStringLiteral("error ") + records.errorString()));
        }
    }
    if (wait) {
        say(QStringLiteral("done"));
        std::getline(std::cin, line); // killed here, with the file open
    }
    working = false;
    checking->wait();
    delete checking;
    return 0;
}
