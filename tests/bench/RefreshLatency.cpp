// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshLatency.h"

#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceService.h"
#include "base/Clock.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamilyService.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>

#include <algorithm>
#include <cstdio>

namespace Kindred {
namespace {

constexpr int NotificationTimeoutMs = 5000;

struct Pair
{
    qint64 childId = 0;
    qint64 adultId = 0;
};

// A child enrolled at `siteId` and an adult who may bring and collect it today.
Result<Pair> firstPair(const FamilyService& families, qint64 siteId)
{
    const QDate today = Clock::currentDate();
    const auto listed = families.list(0, 500); // enough to find one at any site of a chain
    if (!listed) {
        return listed.error();
    }
    for (const FamilySummary& summary : listed.value()) {
        const auto family = families.load(summary.id);
        if (!family) {
            return family.error();
        }
        for (const Child& child : std::as_const(family->children)) {
            if (child.siteId != siteId) {
                continue; // the station's desk refuses a child of another site
            }
            for (const PickupAuthorisation& pickup : child.pickups) {
                const Person* adult = family->person(pickup.personId);
                const bool restricted
                    = std::any_of(child.restrictions.cbegin(), child.restrictions.cend(),
                                  [&](const PickupRestriction& r) { return r.personId == pickup.personId; });
                if (adult && adult->isGuardian && pickup.isValidOn(today) && !restricted) {
                    return Pair {child.id, adult->id};
                }
            }
        }
    }
    return Error {QStringLiteral("no child with an adult who may collect it")};
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<std::vector<double>> measureRefreshLatency(Database& writer, int writes, qint64 siteId)
{
    auto station = writer.openAnotherConnection();
    if (!station) {
        return station.error();
    }
    ChangeFeed feed(*station.value());
    if (auto started = feed.start(); !started) {
        return started.error();
    }
    bool heard = false;
    QObject::connect(&feed, &ChangeFeed::changed, &feed, [&heard](ChangeFeed::Topics topics) {
        heard = heard || topics.testFlag(ChangeFeed::Topic::Attendance);
    });

    Session session(SystemActorKind::Demo);
    session.setSiteId(siteId);
    FamilyService families(writer, session);
    AttendanceService desk(writer, session);
    AttendanceReader reader(writer, session);
    const auto pair = firstPair(families, siteId);
    if (!pair) {
        return pair.error();
    }
    std::vector<double> ms;
    for (int i = 0; i < writes; ++i) {
        const auto open = reader.openForChild(pair->childId);
        if (!open) {
            return open.error();
        }
        if (!feed.isPushed()) {
            // A receptionist's commit falls anywhere between two polls; right after the last one heard (the
            // loop's rhythm) it would always wait a whole interval.
            QElapsedTimer pause;
            pause.start();
            const qint64 ms = QRandomGenerator::global()->bounded(ChangeFeed::PollIntervalMs);
            while (pause.elapsed() < ms) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, int(ms - pause.elapsed()));
            }
        }
        // Whatever came before this write (the start-up, the last write's echo) is not this write's news.
        QCoreApplication::processEvents();
        heard = false;
        Result<void> done;
        if (open->isPresent()) {
            const auto out = desk.checkOut(pair->childId, pair->adultId);
            done = out ? Result<void>() : Result<void>(out.error());
        } else {
            const auto in = desk.checkIn({pair->childId}, pair->adultId);
            done = in ? Result<void>() : Result<void>(in.error());
        }
        QElapsedTimer timer;
        timer.start(); // the COMMIT has returned
        if (!done) {
            return done.error();
        }
        while (!heard && timer.elapsed() < NotificationTimeoutMs) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        if (!heard) {
            return Error {QStringLiteral("the other station heard nothing of write %1 within %2 ms")
                              .arg(i + 1)
                              .arg(NotificationTimeoutMs)};
        }
        ms.push_back(elapsedMs(timer));
    }
    return ms;
}

Result<std::unique_ptr<BenchServerDatabase>> BenchServerDatabase::create(const QString& conninfo)
{
    auto admin = ServerAddress::parse(conninfo);
    if (!admin) {
        return admin.error();
    }
    const QString name = QStringLiteral("kindred_bench_%1").arg(QCoreApplication::applicationPid());
    auto address = ServerAddress::parse(admin->conninfo() + QStringLiteral(" dbname=") + name);
    if (!address) {
        return address.error();
    }
    const QString connection = QStringLiteral("kindred-bench-admin");
    Result<void> made;
    {
        auto db = ServerConnection::open(admin.value(), connection);
        if (!db) {
            return db.error();
        }
        made = execStatement(
            db.value(), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name));
        db.value().close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!made) {
        return Error {QStringLiteral("cannot create the bench's database: %1").arg(made.errorString())};
    }
    return std::unique_ptr<BenchServerDatabase>(new BenchServerDatabase(admin.value(), address.value()));
}

BenchServerDatabase::BenchServerDatabase(ServerAddress admin, ServerAddress address)
    : m_admin(std::move(admin))
    , m_address(std::move(address))
{ }

BenchServerDatabase::~BenchServerDatabase()
{
    const QString connection = QStringLiteral("kindred-bench-admin");
    {
        auto db = ServerConnection::open(m_admin, connection);
        if (db) {
            (void)execStatement(db.value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name()));
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace Kindred
