// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for TestDatabase: saves families one after another and prints the id of each
// as soon as its commit has returned, until it is killed. Like the desk, it keeps a second connection
// checking the file on a background thread while it writes.
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <QThread>

using namespace Kindred;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        return 2;
    }
    auto database = DataFile::open(app.arguments().at(1));
    if (!database) {
        QTextStream(stderr) << database.errorString() << Qt::endl;
        return 1;
    }
    const QString path = app.arguments().at(1);
    QThread* checking = QThread::create([path] {
        OpenOptions options;
        options.quickCheck = false;
        options.createIfMissing = false;
        auto connection = DataFile::open(path, options);
        while (connection) {
            (void)connection.value()->quickCheck();
            QThread::msleep(20);
        }
    });
    checking->start(QThread::LowPriority); // runs until the kill
    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    FamilyService families(*database.value(), session);
    QTextStream out(stdout);
    for (int n = 0;; ++n) {
        Family family;
        family.householdName = QStringLiteral("Durable %1").arg(n);
        family.status = FamilyStatus::Enrolled;
        Person guardian;
        guardian.firstName = QStringLiteral("Kim");
        guardian.lastName = family.householdName;
        guardian.isGuardian = true;
        guardian.mobilePhone = QStringLiteral("0400 000 %1").arg(n % 1000, 3, 10, QLatin1Char('0'));
        family.adults << guardian;
        auto saved = families.save(family);
        if (!saved) {
            QTextStream(stderr) << saved.errorString() << Qt::endl;
            return 1;
        }
        out << "committed " << saved.value() << Qt::endl;
    }
}
