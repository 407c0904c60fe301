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

// A child and an adult who may bring and collect it today.
Result<Pair> firstPair(const FamilyService& families)
{
    const QDate today = Clock::currentDate();
    const auto listed = families.list(0, 50);
    if (!listed) {
        return listed.error();
    }
    for (const FamilySummary& summary : listed.value()) {
        const auto family = families.load(summary.id);
        if (!family) {
            return family.error();
        }
        for (const Child& child : std::as_const(family->children)) {
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

Result<std::vector<double>> measureRefreshLatency(Database& writer, int writes)
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
    FamilyService families(writer, session);
    AttendanceService desk(writer, session);
    AttendanceReader reader(writer, session);
    const auto pair = firstPair(families);
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

int runServerRefreshBench(const QString& conninfo, int children, int writes)
{
    auto address = ServerAddress::parse(conninfo);
    if (!address) {
        std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(address.errorString()));
        return 1;
    }
    // A database of the bench's own, never the centre's.
    const QString name = QStringLiteral("kindred_bench_%1").arg(QCoreApplication::applicationPid());
    const QString admin = QStringLiteral("kindred-bench-admin");
    {
        auto db = ServerConnection::open(address.value(), admin);
        if (!db) {
            std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(db.errorString()));
            return 1;
        }
        if (auto made = execStatement(
                db.value(),
                QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name));
            !made) {
            std::fprintf(stderr, "kindred-bench: cannot create the bench's database: %s\n",
                         qPrintable(made.errorString()));
            return 1;
        }
    }
    const auto dropped = qScopeGuard([&] {
        auto db = QSqlDatabase::database(admin, false);
        (void)execStatement(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        db.close();
    });
    const auto benchAddress = ServerAddress::parse(address->conninfo() + QStringLiteral(" dbname=") + name);
    if (!benchAddress) {
        std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(benchAddress.errorString()));
        return 1;
    }
    int status = 0;
    {
        OpenOptions options;
        options.createIfMissing = true;
        auto opened = DataFile::openServer(benchAddress.value(), options);
        if (!opened) {
            std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(opened.errorString()));
            return 1;
        }
        DemoCentreOptions demo;
        demo.children = children;
        demo.photos = false;
        if (auto generated = DemoCentreGenerator(*opened.value()).generate(demo); !generated) {
            std::fprintf(stderr, "kindred-bench: generation failed: %s\n", qPrintable(generated.errorString()));
            return 1;
        }
        std::printf("# server database %s with %d children\n", qPrintable(name), children);
        auto ms = measureRefreshLatency(*opened.value(), writes);
        if (!ms) {
            std::fprintf(stderr, "kindred-bench: refresh_latency failed: %s\n", qPrintable(ms.errorString()));
            status = 1;
        } else {
            std::vector<double> sorted = std::move(ms).value();
            std::sort(sorted.begin(), sorted.end());
            const auto at = [&](double q) {
                return sorted[std::min(sorted.size() - 1, size_t(std::max(0.0, q * double(sorted.size()) - 1e-9)))];
            };
            std::printf("bench refresh_latency children=%d n=%zu p50_ms=%.3f p99_ms=%.3f\n", children, sorted.size(),
                        at(0.50), at(0.99));
            std::fflush(stdout);
        }
    }
    return status;
}

} // namespace Kindred
