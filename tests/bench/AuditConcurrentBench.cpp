// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditConcurrentBench.h"

#include "audit/AuditLog.h"
#include "centre/DataFile.h"
#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Kindred {
namespace {

struct Run
{
    std::vector<double> ms; // one write transaction each, from BEGIN to COMMIT
    qint64 wallMs = 0;
    int retries = 0; // begin() found the write lock busy past the connection's wait and tried again
    QStringList failures;
};

void print(const char* name, int connections, const Run& run)
{
    std::vector<double> ms = run.ms;
    if (ms.empty()) {
        std::printf("bench %s children=0 n=0 p50_ms=nan p99_ms=nan\n", name);
        return;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        const size_t index = std::min(ms.size() - 1, size_t(std::max(0.0, q * double(ms.size()) - 1e-9)));
        return ms[index];
    };
    std::printf("bench %s children=0 n=%zu p50_ms=%.3f p99_ms=%.3f\n", name, ms.size(), at(0.50), at(0.99));
    std::printf("# %s: %d connection(s), %zu audited writes in %lld ms (%.0f writes/s), %d busy retries\n", name,
                connections, ms.size(), run.wallMs,
                run.wallMs > 0 ? 1000.0 * double(ms.size()) / double(run.wallMs) : 0.0, run.retries);
    std::fflush(stdout);
}

// One station: its own connection, `writes` write transactions of one audited change each.
void station(const ServerAddress& address, int index, int writes, Run& run, QMutex& mutex)
{
    auto opened = DataFile::openServer(address);
    if (!opened) {
        const QMutexLocker locker(&mutex);
        run.failures << opened.errorString();
        return;
    }
    const QSqlDatabase db = opened.value()->connection();
    QJsonObject snapshot;
    for (int i = 0; i < 12; ++i) {
        snapshot.insert(QStringLiteral("field%1").arg(i), QStringLiteral("a value about thirty characters %1").arg(i));
    }
    std::vector<double> ms;
    int retries = 0;
    QString failure;
    for (int n = 0; n < writes && failure.isEmpty(); ++n) {
        snapshot.insert(QStringLiteral("n"), n);
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            WriteTransaction transaction(db);
            auto begun = transaction.begin();
            if (!begun && begun.error().code == Error::Code::Busy) {
                ++retries;
                continue;
            }
            if (!begun) {
                failure = begun.errorString();
                break;
            }
            const AuditEntry entry {0,
                                    QStringLiteral("family.update"),
                                    QStringLiteral("family"),
                                    index * 100000 + n,
                                    {{QStringLiteral("old"), snapshot}},
                                    {}};
            if (auto appended = AuditLog::append(db, entry); !appended) {
                failure = appended.errorString();
                break;
            }
            if (auto committed = transaction.commit(); !committed) {
                failure = committed.errorString();
            }
            break;
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const QMutexLocker locker(&mutex);
    run.ms.insert(run.ms.end(), ms.begin(), ms.end());
    run.retries += retries;
    if (!failure.isEmpty()) {
        run.failures << failure;
    }
}

Run runStations(const ServerAddress& address, int connections, int writes)
{
    Run run;
    QMutex mutex;
    QList<QThread*> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < connections; ++i) {
        threads << QThread::create([&, i] { station(address, i, writes, run, mutex); });
        threads.last()->start();
    }
    for (QThread* thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    run.wallMs = wall.elapsed();
    return run;
}

} // namespace

int runAuditConcurrentBench(const QString& conninfo, int connections, int writesPerConnection)
{
    const auto admin = ServerAddress::parse(conninfo);
    if (!admin) {
        std::fprintf(stderr, "kindred-bench: --server: %s\n", qPrintable(admin.errorString()));
        return 1;
    }
    // A database of its own, made and dropped here: never the centre's.
    const QString name = QStringLiteral("kindred_bench_audit_%1").arg(QCoreApplication::applicationPid());
    const QString adminConnection = QStringLiteral("kindred-bench-admin");
    int status = 0;
    {
        const auto adminDb = ServerConnection::open(admin.value(), adminConnection);
        if (!adminDb) {
            std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(adminDb.errorString()));
            return 1;
        }
        const QSqlDatabase db = adminDb.value();
        (void)execStatement(db, QStringLiteral("SET client_min_messages = warning")); // no "skipping" notice
        (void)execStatement(db, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (auto made = execStatement(
                db, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name));
            !made) {
            std::fprintf(stderr, "kindred-bench: cannot make the database %s: %s\n", qPrintable(name),
                         qPrintable(made.errorString() + made.error().detail));
            return 1;
        }
        const auto address = ServerAddress::parse(admin->conninfo() + QStringLiteral(" dbname=") + name);
        {
            auto opened = DataFile::openServer(address.value()); // the schema, once
            if (!opened) {
                std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(opened.errorString()));
                status = 1;
            }
        }
        if (status == 0) {
            std::printf("# audit on the server: one hash chain for the database, appended under the store's one "
                        "write lock; %d writes per connection\n",
                        writesPerConnection);
            const Run single = runStations(address.value(), 1, writesPerConnection);
            print("audit_single", 1, single);
            const Run concurrent = runStations(address.value(), connections, writesPerConnection);
            print("audit_concurrent", connections, concurrent);
            for (const Run* run : {&single, &concurrent}) {
                for (const QString& failure : run->failures) {
                    std::fprintf(stderr, "kindred-bench: an audited write failed: %s\n", qPrintable(failure));
                    status = 1;
                }
            }
            auto opened = DataFile::openServer(address.value());
            const auto verified
                = opened ? AuditLog::verifyChain(opened.value()->connection()) : Result<void>(opened.error());
            std::printf("# audit chain after the concurrent run: %s\n",
                        verified ? "valid" : qPrintable(verified.errorString()));
            if (!verified) {
                status = 1;
            }
        }
        (void)execStatement(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QSqlDatabase::database(adminConnection, false).close();
    QSqlDatabase::removeDatabase(adminConnection);
    return status;
}

} // namespace Kindred
