// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-audit-bench [--entries N]
// How long the audit trail's checks take: appends N entries (details the size of a family snapshot) to
// a new file in a temporary folder, then times AuditLog::verifyChain, a redaction (AuditRedaction) of 1,000 entries and
// the check again. Prints the figures; the file is removed.
#include "audit/AuditLog.h"
#include "audit/AuditRedaction.h"
#include "base/Clock.h"
#include "centre/DataFile.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Kindred;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time the audit trail's chain check"));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Entries to write."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(entriesOption);
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit-bench.kindred"));
    auto opened = DataFile::open(path);
    if (!opened) {
        std::fprintf(stderr, "kindred-audit-bench: %s\n", qPrintable(opened.errorString()));
        return 1;
    }
    const QSqlDatabase db = opened.value()->connection();
    QJsonObject snapshot;
    for (int i = 0; i < 12; ++i) {
        snapshot.insert(QStringLiteral("field%1").arg(i), QStringLiteral("a value about thirty characters %1").arg(i));
    }
    QElapsedTimer timer;
    timer.start();
    constexpr int PerTransaction = 500; // a station writes one per transaction; batched here to save time
    for (int done = 0; done < entries;) {
        WriteTransaction transaction(db);
        if (!transaction.begin()) {
            return 1;
        }
        for (int i = 0; i < PerTransaction && done < entries; ++i, ++done) {
            snapshot.insert(QStringLiteral("n"), done);
            if (!AuditLog::append(db,
                                  AuditEntry {0,
                                              QStringLiteral("family.update"),
                                              QStringLiteral("family"),
                                              done % 5000,
                                              {{QStringLiteral("old"), snapshot}},
                                              {}})) {
                return 1;
            }
        }
        if (!transaction.commit()) {
            return 1;
        }
    }
    std::printf("entries written:            %d in %lld ms (%.1f MB file)\n", entries, timer.elapsed(),
                QFileInfo(path).size() / 1048576.0);

    timer.restart();
    const auto verified = AuditLog::verifyChain(db);
    std::printf("verifyChain:                %lld ms (%s)\n", timer.elapsed(), verified.ok() ? "valid" : "INVALID");

    QList<qint64> ids;
    for (qint64 id = 1; id <= qMin(entries, 1000); ++id) {
        ids << id * qMax<qint64>(1, entries / 1000);
    }
    timer.restart();
    {
        WriteTransaction transaction(db);
        if (!transaction.begin()) {
            return 1;
        }
        // As the Anonymiser redacts: bound to a family that left, whose anonymisation entry follows at once.
        QSqlQuery family(db);
        family.prepare(QStringLiteral("INSERT INTO families (household_name, status, card_code, created_at, "
                                      "anonymised_at) VALUES ('Anonymised family', 'withdrawn', 'BENCH', :at, :at)"));
        family.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!family.exec()) {
            return 1;
        }
        const qint64 familyId = family.lastInsertId().toLongLong();
        auto redacted = AuditRedaction::redact(
            db, 0, familyId, ids, [](const QString& reason) { return reason; }, QStringLiteral("Benchmark"));
        if (!redacted
            || !AuditLog::append(db,
                                 {0,
                                  QStringLiteral("family.anonymise"),
                                  QStringLiteral("family"),
                                  familyId,
                                  {},
                                  QStringLiteral("Benchmark")})
            || !transaction.commit()) {
            return 1;
        }
        std::printf("redact:                     %d entries in %lld ms\n", redacted.value(), timer.elapsed());
    }
    timer.restart();
    const auto again = AuditLog::verifyChain(db);
    std::printf("verifyChain after redaction: %lld ms (%s)\n", timer.elapsed(), again.ok() ? "valid" : "INVALID");
    return verified.ok() && again.ok() ? 0 : 1;
}
