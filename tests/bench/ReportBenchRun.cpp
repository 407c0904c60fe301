// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBenchRun.h"

#include "base/Clock.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "demo/DemoCentreGenerator.h"
#include "reports/AttendanceReport.h"
#include "reports/ReportCatalogue.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Kindred {
namespace {

const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.family_id, c.room_id, (SELECT min(p.id) FROM people p WHERE p.family_id = c.family_id)
    FROM children c JOIN families f ON f.id = c.family_id
    WHERE f.status = 'enrolled' AND c.archived_at IS NULL AND c.room_id IS NOT NULL)");
const auto StaffSql = QStringLiteral(R"(SELECT id, room_id FROM staff WHERE room_id IS NOT NULL)");
const auto InsertStaySql = QStringLiteral(R"(
    INSERT INTO attendance (child_id, family_id, room_id, day, security_code, checked_in_at, brought_by_person_id,
                            checked_out_at, collected_by_person_id)
    VALUES (:child, :family, :room, :day, :code, :in, :person, :out, :person2))");
const auto InsertAbsenceSql = QStringLiteral(R"(
    INSERT INTO absences (child_id, day, reason, recorded_at) VALUES (:child, :day, 'Sick', :at))");
const auto InsertShiftSql = QStringLiteral(R"(
    INSERT INTO staff_shifts (staff_id, room_id, day, clocked_in_at, clocked_out_at)
    VALUES (:staff, :room, :day, :in, :out))");

struct Kid
{
    qint64 id, family, room, person;
};

QString utc(QDate day, int minutes)
{
    return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), Clock::timeZone()).toUTC().toString(Qt::ISODateWithMs);
}

// A weekday history: each child comes on ~85% of days (07:30–09:30 to 15:00–17:30), is absent sick on
// ~3%, and each room's staff work 07:00–17:30.
Result<void> fillHistory(Database& database, QDate from, QDate to, quint32 seed)
{
    const QSqlDatabase db = database.connection();
    QList<Kid> kids;
    QList<QPair<qint64, qint64>> staff;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(ChildrenSql);
        if (auto done = execQuery(q); !done) {
            return done;
        }
        while (q.next()) {
            kids << Kid {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()};
        }
        q.prepare(StaffSql);
        if (auto done = execQuery(q); !done) {
            return done;
        }
        while (q.next()) {
            staff << qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
        }
    }
    QRandomGenerator random(seed);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5) {
            continue;
        }
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        QSqlQuery stay(db);
        stay.prepare(InsertStaySql);
        QSqlQuery absence(db);
        absence.prepare(InsertAbsenceSql);
        QSqlQuery shift(db);
        shift.prepare(InsertShiftSql);
        const QString dayText = day.toString(Qt::ISODate);
        int code = 0;
        for (const Kid& kid : std::as_const(kids)) {
            const int roll = int(random.bounded(100));
            if (roll < 85) {
                stay.bindValue(QStringLiteral(":child"), kid.id);
                stay.bindValue(QStringLiteral(":family"), kid.family);
                stay.bindValue(QStringLiteral(":room"), kid.room);
                stay.bindValue(QStringLiteral(":day"), dayText);
                stay.bindValue(QStringLiteral(":code"), QString::number(++code));
                stay.bindValue(QStringLiteral(":in"), utc(day, 450 + int(random.bounded(120))));
                stay.bindValue(QStringLiteral(":person"), kid.person);
                stay.bindValue(QStringLiteral(":out"), utc(day, 900 + int(random.bounded(150))));
                stay.bindValue(QStringLiteral(":person2"), kid.person);
                if (auto done = execQuery(stay); !done) {
                    return done;
                }
            } else if (roll < 88) {
                absence.bindValue(QStringLiteral(":child"), kid.id);
                absence.bindValue(QStringLiteral(":day"), dayText);
                absence.bindValue(QStringLiteral(":at"), utc(day, 480));
                if (auto done = execQuery(absence); !done) {
                    return done;
                }
            }
        }
        for (const auto& [staffId, roomId] : std::as_const(staff)) {
            shift.bindValue(QStringLiteral(":staff"), staffId);
            shift.bindValue(QStringLiteral(":room"), roomId);
            shift.bindValue(QStringLiteral(":day"), dayText);
            shift.bindValue(QStringLiteral(":in"), utc(day, 420));
            shift.bindValue(QStringLiteral(":out"), utc(day, 1050));
            if (auto done = execQuery(shift); !done) {
                return done;
            }
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
    }
    return {};
}

} // namespace

// Opens the centre file for `children`, generating it with its history the first time.
std::unique_ptr<Database> reportCentre(const QString& dir, int children, QDate from, QDate to)
{
    const QString path
        = QDir(dir).filePath(QStringLiteral("report-bench-%1-%2.kindred").arg(children).arg(from.year()));
    const bool exists = QFileInfo::exists(path);
    auto opened = DataFile::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.errorString()));
        return nullptr;
    }
    if (!exists) {
        Session system(SystemActorKind::Demo); // the demo builder may change every setting
        if (!SettingsService(*opened.value(), system)
                 .setValue(SettingsService::CentreTimeZone, QString::fromUtf8(Clock::timeZone().id()))) {
            return nullptr;
        }
        QElapsedTimer timer;
        timer.start();
        DemoCentreOptions options;
        options.children = children;
        options.photos = false;
        options.seed = 20250301;
        if (auto generated = DemoCentreGenerator(*opened.value()).generate(options); !generated) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(generated.errorString()));
            return nullptr;
        }
        if (auto filled = fillHistory(*opened.value(), from, to, 42); !filled) {
            std::fprintf(stderr, "history: %s\n", qPrintable(filled.errorString()));
            return nullptr;
        }
        std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(path), double(timer.elapsed()) / 1000.0);
    }
    return std::move(opened).value();
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

namespace {

void print(const char* name, int children, std::vector<double> ms, const QString& extra)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    std::printf("bench %s children=%d n=%zu p50_ms=%.1f p99_ms=%.1f%s\n", name, children, ms.size(), at(0.5), at(0.99),
                qPrintable(extra));
    std::fflush(stdout);
}

} // namespace

int measureReport(Database& database, const char* name, int children, const ReportRequest& request, int samples,
                  const QString& outDir, bool peak)
{
    std::vector<double> ms;
    int rows = 0;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto built = AttendanceReport::build(database, request);
        if (!built) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(built.errorString()));
            return 1;
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        rows = int(built->csvRows.size());
    }
    print(name, children, ms,
          QStringLiteral(" rows=%1%2")
              .arg(rows)
              .arg(peak ? QStringLiteral(" peak_rss_mb=%1").arg(peakRssMb(), 0, 'f', 1) : QString()));

    // The whole job a scheduled run does: build, then write the CSV and the PDF.
    for (const char* suffix : {"csv", "pdf"}) {
        QElapsedTimer timer;
        timer.start();
        auto built = AttendanceReport::build(database, request);
        const QString path
            = QDir(outDir).filePath(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(suffix)));
        auto written = ReportCatalogue::write(built.value(), path, {});
        if (!written) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(written.errorString()));
            return 1;
        }
        const QByteArray label = QByteArray(name) + "_" + suffix;
        std::printf("bench %s children=%d n=1 total_ms=%.1f %s=%d%s\n", label.constData(), children,
                    double(timer.nsecsElapsed()) / 1e6, suffix[0] == 'p' ? "pages" : "rows", written.value(),
                    peak ? qPrintable(QStringLiteral(" peak_rss_mb=%1").arg(peakRssMb(), 0, 'f', 1)) : "");
        std::fflush(stdout);
    }
    return 0;
}

int runReportBench(const QString& dir, int samples, const QString& only, const QStringList& childArguments)
{
    Clock::setTimeZone(QTimeZone("Australia/Melbourne"));
    QDir().mkpath(dir);
    if (only.isEmpty() || only == QLatin1String("month")) {
        auto db = reportCentre(dir, 300, QDate(2025, 3, 1), QDate(2025, 3, 31));
        if (!db
            || measureReport(*db, "report_month", 300,
                             {QStringLiteral("attendance"), QDate(2025, 3, 1), QDate(2025, 3, 31), -1}, samples, dir,
                             false)) {
            return 1;
        }
    }
    if (only == QLatin1String("year")) {
        auto db = reportCentre(dir, 5000, QDate(2025, 1, 1), QDate(2025, 12, 31));
        return !db
            || measureReport(*db, "report_year", 5000,
                             {QStringLiteral("attendance"), QDate(2025, 1, 1), QDate(2025, 12, 31), -1},
                             std::min(samples, 3), dir, true);
    }
    if (only.isEmpty()) {
        // Generate first (this process), then measure in a fresh one so that the peak is the report's.
        if (!reportCentre(dir, 5000, QDate(2025, 1, 1), QDate(2025, 12, 31))) {
            return 1;
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    childArguments + QStringList {QStringLiteral("--only"), QStringLiteral("year")});
        child.waitForFinished(-1);
        return child.exitCode();
    }
    return 0;
}

} // namespace Kindred
