// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-bench --children 100000 --workdir DIR   (or --file FILE, e.g. one made by kindred-gen)
// Generates (or reuses) a demo centre of N children in DIR, then measures what the front desk does
// most: opening the file, a search per keystroke, a durable check-in with all its checks and its
// audit entry, the room board refreshing, a check-out with its pickup checks; then the peak memory.
// Prints one line per figure: bench <name> children=<N> n=<samples> p50_ms=<x> p99_ms=<y>
// Exits with status 1 when an operation failed (a locked file, a refused check-in), after the figures.
// kindred-bench --reports [--workdir DIR] [--report-samples N] [--only month|year]
// Instead: the attendance report for a month of 300 children (report_month) and a year of 5,000
// (report_year, with peak_rss_mb), on seeded centres built in DIR the first time (ReportBenchRun).
// kindred-bench --server CONNINFO [--children N]
// Instead: the same figures on the centre server, in a database of the bench's own (created, filled with a demo
// centre of N children, dropped again), never the centre's. Both runs end with refresh_latency: the time from a
// check-in's COMMIT on one connection to another station's ChangeFeed hearing of it (--refresh-writes N), pushed
// by the server, polled on a data file.
// --site NAME|all: the desk lines (open aside) run as a station of that site of a chain, on the families with
// children enrolled there (default and `all`: the first site). The report lines (--reports) build centres of one
// site of their own, so --site does not apply to them. --sites N: the centre the bench generates is a chain of N
// sites (DemoCentreOptions::sites; a file of its own, bench-<children>-<N>sites.kindred).
// kindred-bench --audit-concurrent --server CONNINFO [--connections 4] [--writes 500]
// Instead: audited writes from one, then N stations at once, in a database of its own on that server
// (audit_single, audit_concurrent; AuditConcurrentBench).
#include "AuditConcurrentBench.h"
#include "RefreshLatency.h"
#include "ReportBenchRun.h"
#include "attendance/AttendanceService.h"
#include "attendance/ExpectedToday.h"
#include "attendance/RoomBoard.h"
#include "base/TextFolding.h"
#include "centre/CentreService.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Kindred;

namespace {

struct Sample
{
    qint64 familyId = 0;
    QList<qint64> childIds;
    qint64 adultId = 0;
    QStringList typed; // whole strings a receptionist would type, one keystroke at a time
};

// Operations that failed: a figure over fewer of them would be a lie, so the run ends with status 1.
int g_failures = 0;

void failed(const char* what, const QString& why)
{
    ++g_failures;
    std::fprintf(stderr, "kindred-bench: %s failed: %s\n", what, qPrintable(why));
}

void report(const char* name, int children, std::vector<double> ms)
{
    if (ms.empty()) {
        std::printf("bench %s children=%d n=0 p50_ms=nan p99_ms=nan\n", name, children);
        failed(name, QStringLiteral("nothing was measured"));
        return;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        const size_t index = std::min(ms.size() - 1, size_t(std::max(0.0, q * double(ms.size()) - 1e-9)));
        return ms[index];
    };
    std::printf("bench %s children=%d n=%zu p50_ms=%.3f p99_ms=%.3f\n", name, children, ms.size(), at(0.50), at(0.99));
    std::fflush(stdout);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Opening as the app does (with the options given), closing in between: the time to the first screen.
std::vector<double> timeOpens(const QString& path, const OpenOptions& options, int times)
{
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto opened = DataFile::open(path, options);
        const double elapsed = elapsedMs(timer);
        if (!opened) {
            failed("open", opened.errorString());
            return {};
        }
        ms.push_back(elapsed);
    }
    return ms;
}

struct DeskBench
{
    QString site; // --site: a site's name, "all" or empty (the first site)
    int samples = 300; // families sampled
    bool skipSearch = false;
    bool showSlow = false;
    int refreshWrites = 200;
};

// Opening the bench's server database as a station does, closing in between.
std::vector<double> timeServerOpens(const ServerAddress& address, int times)
{
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto opened = DataFile::openServer(address, OpenOptions {});
        const double elapsed = elapsedMs(timer);
        if (!opened) {
            failed("open", opened.errorString());
            return {};
        }
        ms.push_back(elapsed);
    }
    return ms;
}

// What the front desk does most, timed on an open centre (a data file or the bench's server database): prints the
// bench lines and returns the exit status.
int benchDesk(Database& db, const DeskBench& desk, const std::vector<double>& openMs,
              const std::vector<double>& openFullMs)
{
    int children = 0;
    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    CentreService centre(db, session);
    const QList<StaffMember> staff = centre.staff().value();
    if (staff.isEmpty()) {
        std::fprintf(stderr, "the centre has no staff\n");
        return 1;
    }
    // The desk is worked by a receptionist, with that role's permission checks on every call.
    const auto receptionist = std::find_if(staff.cbegin(), staff.cend(),
                                           [](const StaffMember& m) { return m.role == StaffRole::Receptionist; });
    const StaffMember& deskStaff = receptionist != staff.cend() ? *receptionist : staff.first();
    // A station of one site: --site NAME, or the first site (also for `all`: a desk serves one site).
    Site site {Site::First, {}, false};
    if (!desk.site.isEmpty() && desk.site.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0) {
        auto found = SiteService(db, session).find(desk.site);
        if (!found) {
            std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(found.errorString()));
            return 1;
        }
        site = found.value();
    } else if (auto first = SiteService(db, session).site(Site::First); first) {
        site = first.value();
    }
    session.setSiteId(site.id);
    std::printf("# the desk lines as a station of site %lld (%s)\n", site.id, qPrintable(site.name));
    session.signIn(deskStaff);
    FamilyService families(db, session);
    AttendanceService attendance(db, session);
    children = families.activeChildCount().value();
    if (!openMs.empty()) {
        report("open", children, openMs);
    }
    if (!openFullMs.empty()) {
        report("open_full_quick_check", children, openFullMs);
    }

    // Families picked at random; from each, what a receptionist types to find it.
    QRandomGenerator random(20261123);
    const int familyCount = families.activeFamilyCount().value();
    QList<Sample> samples;
    // Only families with a child at the station's site: the desk refuses the others' children.
    for (int tries = 0; samples.size() < desk.samples && tries < desk.samples * 100; ++tries) {
        const QList<FamilySummary> one = families.list(int(random.bounded(quint32(familyCount))), 1).value();
        if (one.isEmpty()) {
            continue;
        }
        auto family = families.load(one.first().id);
        if (!family || family->children.isEmpty() || family->adults.isEmpty()) {
            continue;
        }
        Sample sample;
        sample.familyId = family->id;
        const Child* first = nullptr;
        for (const Child& child : family->children) {
            if (child.siteId == site.id) {
                sample.childIds << child.id;
                first = first ? first : &child;
            }
        }
        if (!first) {
            continue;
        }
        sample.adultId = family->adults.first().id;
        const Child& child = *first;
        switch (samples.size() % 4) {
        case 0:
            sample.typed << foldForSearch(child.firstName) + QLatin1Char(' ') + foldForSearch(child.lastName);
            break;
        case 1:
            sample.typed << foldForSearch(family->adults.first().lastName);
            break;
        case 2:
            sample.typed << digitsOnly(family->adults.first().mobilePhone).left(8);
            break;
        default:
            sample.typed << family->cardCode;
            break;
        }
        samples << sample;
    }
    if (samples.isEmpty()) {
        std::fprintf(stderr, "kindred-bench: no family has a child at %s\n", qPrintable(site.name));
        return 1;
    }

    // Search: every prefix of every typed string is one query, as the field fires per keystroke.
    std::vector<double> search;
    std::vector<double> searchName;
    std::vector<double> searchPhone;
    std::vector<double> searchCard;
    int found = 0;
    for (int i = 0; i < (desk.skipSearch ? 0 : samples.size()); ++i) {
        for (const QString& text : samples.at(i).typed) {
            for (int length = 1; length <= text.size(); ++length) {
                const QString prefix = text.left(length);
                QElapsedTimer timer;
                timer.start();
                const QList<FamilySummary> result = families.search(prefix).value();
                const double ms = elapsedMs(timer);
                found += result.isEmpty() ? 0 : 1;
                search.push_back(ms);
                if (desk.showSlow && ms > 3.0) {
                    std::fprintf(stderr, "slow search %.3f ms: \"%s\" (%lld found)\n", ms, qPrintable(prefix),
                                 qint64(result.size()));
                }
                (i % 4 == 2 ? searchPhone : i % 4 == 3 ? searchCard : searchName).push_back(ms);
            }
        }
    }
    if (!desk.skipSearch) {
        report("search_keystroke", children, search);
        report("search_name_keystroke", children, searchName);
        report("search_phone_keystroke", children, searchPhone);
        report("search_card_keystroke", children, searchCard);
    }

    // Check-in: one child at a time, each a durable transaction with its checks and audit entry;
    // then the same children checked out to the adult (pickup rule included).
    std::vector<double> checkIn;
    std::vector<double> checkOut;
    QList<QPair<qint64, qint64>> checkedIn;
    QSet<qint64> seen; // a family sampled twice: its children are checked in once
    for (const Sample& sample : std::as_const(samples)) {
        for (qint64 childId : sample.childIds) {
            if (seen.contains(childId)) {
                continue;
            }
            seen.insert(childId);
            QElapsedTimer timer;
            timer.start();
            auto done = attendance.checkIn({childId}, sample.adultId, deskStaff.id);
            const double ms = elapsedMs(timer);
            if (done) {
                if (desk.showSlow && ms > 4.0) {
                    std::fprintf(stderr, "slow check-in %.3f ms: #%lld of the run\n", ms, qint64(checkIn.size()));
                }
                checkIn.push_back(ms);
                checkedIn << qMakePair(childId, sample.adultId);
            } else {
                failed("check-in", done.errorString());
            }
        }
    }
    report("checkin", children, checkIn);

    // The room board with those children present, as the page repaints it after each event.
    std::vector<double> board;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto rooms = RoomBoard(db, session).rooms();
        board.push_back(elapsedMs(timer));
        if (!rooms) {
            failed("board_refresh", QStringLiteral("the board could not be read: %1").arg(rooms.errorString()));
        } else if (rooms->isEmpty()) {
            failed("board_refresh", QStringLiteral("the board is empty"));
        }
    }
    report("board_refresh", children, board);

    // What the desk reads besides the family when it opens one (issue 15): its children booked today and not yet
    // here (ExpectedToday), and which of them are late, for their status chips; and the today panel's
    // figures, read again on every attendance change while no family is open.
    std::vector<double> familyToday;
    std::vector<double> todayPanel;
    const ExpectedToday expected(db, session);
    for (const Sample& sample : std::as_const(samples)) {
        QElapsedTimer timer;
        timer.start();
        const auto booked = expected.childrenBookedAndNotHere(sample.familyId);
        const auto late = expected.lateChildren(sample.familyId);
        familyToday.push_back(elapsedMs(timer));
        if (!booked || !late) {
            failed("desk_family_today", !booked ? booked.errorString() : late.errorString());
        }
    }
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto figures = expected.figures();
        todayPanel.push_back(elapsedMs(timer));
        if (!figures) {
            failed("today_panel", figures.errorString());
        }
    }
    report("desk_family_today", children, familyToday);
    report("today_panel", children, todayPanel);
    for (const auto& [childId, adultId] : std::as_const(checkedIn)) {
        QElapsedTimer timer;
        timer.start();
        auto done = attendance.checkOut(childId, adultId, deskStaff.id);
        const double ms = elapsedMs(timer);
        if (done) {
            checkOut.push_back(ms);
        } else {
            failed("check-out", done.errorString());
        }
    }
    report("checkout", children, checkOut);
    // Another station hearing of a check-in: on a data file, within the feed's poll of data_version.
    if (auto latency = measureRefreshLatency(db, desk.refreshWrites, site.id)) {
        report("refresh_latency", children, std::move(latency).value());
    } else {
        failed("refresh_latency", latency.errorString());
    }
    std::printf("# %d of %zu keystrokes found at least one family\n", found, search.size());
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bench peak_memory children=%d max_rss_mb=%.1f\n", children, double(usage.ru_maxrss) / 1024.0);
    if (g_failures > 0) {
        std::fprintf(stderr, "kindred-bench: %d operation(s) failed; the figures above are incomplete\n", g_failures);
        return 1;
    }
    return 0;
}

// A server just filled with a centre is still at work on it: autovacuum and autoanalyze on every table, and
// checkpoints writing out what the load left. Its desk statements are measured as a centre's server runs day to
// day, so the bench does that work first. CHECKPOINT needs a superuser or pg_checkpoint; without it the
// figures may include a checkpoint's writes, and the bench says so.
void settleServer(Database& db)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db.connection());
    // Not the shared catalogs, which only a superuser may vacuum: no warning for each.
    query.exec(QStringLiteral("SET client_min_messages = error"));
    if (!query.exec(QStringLiteral("VACUUM (ANALYZE)"))) {
        std::printf("# VACUUM (ANALYZE) failed, the figures include the server's catching up: %s\n",
                    qPrintable(query.lastError().text()));
    } else if (!query.exec(QStringLiteral("CHECKPOINT"))) {
        std::printf("# CHECKPOINT is not permitted to this role, the figures may include one: %s\n",
                    qPrintable(query.lastError().text()));
    } else {
        std::printf("# settled in %.1f s (VACUUM (ANALYZE), CHECKPOINT)\n", double(timer.elapsed()) / 1000.0);
    }
    std::fflush(stdout);
}

// kindred-bench --server CONNINFO: the same figures on a database of the bench's own on that server, filled with a
// demo centre of `children` and dropped at the end.
int benchServer(const QString& conninfo, int children, int sites, const DeskBench& desk)
{
    auto server = BenchServerDatabase::create(conninfo);
    if (!server) {
        std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    OpenOptions options;
    options.createIfMissing = true;
    auto opened = DataFile::openServer(server.value()->address(), options);
    if (!opened) {
        std::fprintf(stderr, "kindred-bench: %s\n", qPrintable(opened.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    DemoCentreOptions demo;
    demo.children = children;
    demo.photos = false;
    demo.sites = sites;
    auto generated = DemoCentreGenerator(*opened.value()).generate(demo);
    if (!generated) {
        std::fprintf(stderr, "kindred-bench: generation failed: %s\n", qPrintable(generated.errorString()));
        return 1;
    }
    std::printf("# generated %d children in %d families in %.1f s (server database %s)\n", generated->children,
                generated->families, double(timer.elapsed()) / 1000.0, qPrintable(server.value()->name()));
    std::fflush(stdout);
    settleServer(*opened.value());
    const std::vector<double> openMs = timeServerOpens(server.value()->address(), 5);
    return benchDesk(*opened.value(), desk, openMs, {});
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv); // fonts for the reports' PDFs
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kindred front-desk benchmark"));
    parser.addHelpOption();
    const QCommandLineOption childrenOption(QStringLiteral("children"), QStringLiteral("Children in the centre."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where the centre file lives."),
                                           QStringLiteral("dir"), QDir::tempPath());
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Families sampled."),
                                           QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption skipSearchOption(QStringLiteral("skip-search"), QStringLiteral("Measure check-in only."));
    const QCommandLineOption slowestOption(QStringLiteral("show-slow"), QStringLiteral("List searches over 3 ms and check-ins over 4 ms."));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Use this existing data file."),
                                        QStringLiteral("file"));
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Measure the month and year attendance reports instead."));
    const QCommandLineOption reportSamplesOption(QStringLiteral("report-samples"),
                                                 QStringLiteral("Runs of each report."), QStringLiteral("n"),
                                                 QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("With --reports: month or year."),
                                        QStringLiteral("which"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Measure on this centre server, in a database of the "
                                                         "bench's own (created and dropped)."),
                                          QStringLiteral("conninfo"));
    const QCommandLineOption refreshWritesOption(QStringLiteral("refresh-writes"),
                                                 QStringLiteral("Writes timed for refresh_latency."),
                                                 QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption auditConcurrentOption(
        QStringLiteral("audit-concurrent"),
        QStringLiteral("With --server: time audited writes from several connections at once (audit_concurrent)."));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("With --audit-concurrent: stations writing at once."),
                                               QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption writesOption(QStringLiteral("writes"),
                                          QStringLiteral("With --audit-concurrent: audited writes per station."),
                                          QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        QStringLiteral("The desk lines as a station of this site (default "
                                                       "and all: the first)."),
                                        QStringLiteral("name|all"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"),
                                         QStringLiteral("Sites of the centre the bench generates (default 1)."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({childrenOption, workdirOption, samplesOption, skipSearchOption, slowestOption, fileOption,
                       reportsOption, reportSamplesOption, onlyOption, serverOption, refreshWritesOption,
                       auditConcurrentOption, connectionsOption, writesOption, siteOption, sitesOption});
    parser.process(app);
    const int sites = std::max(1, parser.value(sitesOption).toInt());
    if (parser.isSet(auditConcurrentOption)) {
        if (!parser.isSet(serverOption)) {
            std::fprintf(stderr, "kindred-bench: --audit-concurrent needs --server CONNINFO\n");
            return 1;
        }
        return runAuditConcurrentBench(parser.value(serverOption), std::max(1, parser.value(connectionsOption).toInt()),
                                       std::max(1, parser.value(writesOption).toInt()));
    }
    DeskBench desk;
    desk.samples = std::max(10, parser.value(samplesOption).toInt());
    desk.skipSearch = parser.isSet(skipSearchOption);
    desk.showSlow = parser.isSet(slowestOption);
    desk.refreshWrites = std::max(1, parser.value(refreshWritesOption).toInt());
    desk.site = parser.value(siteOption);
    if (parser.isSet(serverOption)) {
        return benchServer(parser.value(serverOption), parser.value(childrenOption).toInt(), sites, desk);
    }
    if (parser.isSet(reportsOption)) {
        if (parser.isSet(siteOption)) {
            // The report lines build one-site centres of their own (report_month, report_year).
            std::printf("# --site does not apply to the report lines: their centres have one site\n");
        }
        const QString dir = parser.value(workdirOption);
        const int runs = std::max(1, parser.value(reportSamplesOption).toInt());
        return runReportBench(dir, runs, parser.value(onlyOption),
                              {QStringLiteral("--reports"), QStringLiteral("--workdir"), dir,
                               QStringLiteral("--report-samples"), QString::number(runs)});
    }
    int children = parser.value(childrenOption).toInt();
    QDir().mkpath(parser.value(workdirOption));
    const QString path = parser.isSet(fileOption)
        ? parser.value(fileOption)
        : QDir(parser.value(workdirOption))
              .filePath(sites > 1 ? QStringLiteral("bench-%1-%2sites.kindred").arg(children).arg(sites)
                                  : QStringLiteral("bench-%1.kindred").arg(children));

    const bool exists = QFileInfo::exists(path);
    std::vector<double> openMs;
    std::vector<double> openFullMs;
    if (exists) {
        // What the receptionist waits for when the app starts: the default options (quick_check only
        // below OpenOptions::quickCheckMaxBytes), and a full quick_check for comparison.
        openMs = timeOpens(path, OpenOptions {}, 5);
        OpenOptions full;
        full.quickCheckMaxBytes = -1;
        openFullMs = timeOpens(path, full, 2);
    }
    OpenOptions options;
    options.quickCheck = false;
    auto opened = DataFile::open(path, options);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.errorString()));
        return 1;
    }
    Database& db = *opened.value();
    if (!exists) {
        QElapsedTimer timer;
        timer.start();
        DemoCentreOptions demo;
        demo.children = children;
        demo.photos = false;
        demo.sites = sites;
        auto generated = DemoCentreGenerator(db).generate(demo);
        if (!generated) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(generated.errorString()));
            return 1;
        }
        std::printf("# generated %d children in %d families in %.1f s (%s)\n", generated->children, generated->families,
                    double(timer.elapsed()) / 1000.0, qPrintable(path));
    } else {
        std::printf("# reusing %s\n", qPrintable(path));
    }
    std::fflush(stdout);

    return benchDesk(db, desk, openMs, openFullMs);
}
