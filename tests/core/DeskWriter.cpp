// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for TestCrashSafety and TestTwoStations: a front desk that checks children in and
// out as fast as it can through AttendanceService, and prints each record only after its commit has
// returned ("in <attendance id>", "out <attendance id>"). Failures are printed as "error <message>"
// and the desk carries on, so a test sees every refusal a receptionist would have seen.
//
//   kindred-desk-writer FILE OFFSET COUNT [OPERATIONS]
//
// works the children of COUNT families starting at OFFSET (families in name order), and stops after
// OPERATIONS check-ins and check-outs (0 or none: until it is killed).
#include "AttendanceReader.h"
#include "AttendanceService.h"
#include "Database.h"
#include "DeskProcess.h"
#include "FamilyStore.h"
#include "Session.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Kindred;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: kindred-desk-writer FILE OFFSET COUNT [OPERATIONS]" << Qt::endl;
        return 2;
    }
    const qint64 operations = args.size() > 4 ? args.at(4).toLongLong() : 0;
    OpenOptions options;
    options.createIfMissing = false;
    auto database = Database::open(args.at(1), options);
    QTextStream out(stdout);
    if (!database) {
        out << "error " << database.errorString() << Qt::endl;
        return 1;
    }
    Session session;
    FamilyStore families(*database.value(), session);
    AttendanceService desk(*database.value(), session);
    AttendanceReader reader(*database.value());
    const QList<DeskPair> pairs = DeskProcess::pairs(families, args.at(2).toInt(), args.at(3).toInt());
    if (pairs.isEmpty()) {
        out << "error no child with an authorised guardian" << Qt::endl;
        return 1;
    }
    out << "ready " << pairs.size() << Qt::endl;
    for (qint64 done = 0; operations == 0 || done < operations; ++done) {
        const DeskPair& pair = pairs.at(done % pairs.size());
        auto open = reader.openForChild(pair.childId);
        if (!open) {
            out << "error " << open.errorString() << Qt::endl;
            continue;
        }
        if (open->isPresent()) {
            auto record = desk.checkOut(pair.childId, pair.adultId);
            if (record) {
                out << "out " << record->id << Qt::endl;
            } else {
                out << "error " << record.errorString() << Qt::endl;
            }
        } else {
            auto records = desk.checkIn({pair.childId}, pair.adultId);
            if (records && !records->isEmpty()) {
                out << "in " << records->first().id << Qt::endl;
            } else {
                out << "error " << records.errorString() << Qt::endl;
            }
        }
    }
    return 0;
}
