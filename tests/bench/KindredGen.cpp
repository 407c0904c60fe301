// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-gen --children N --years Y --out FILE [--seed S] [--time-zone ZONE] [--sites N]
// Builds a realistic centre or multi-site operator for benchmarks and load tests: families of one to
// four children with multicultural names, rooms, staff and pickup rules (DemoCentreGenerator), then
// Y years of daily attendance with weekly schedules, absences, late pickups, incidents and parents'
// tickets (HistoryGenerator). --sites N (default 1) makes a chain of N sites: site 1 named after the
// centre, the others after suburbs ("Kindred Northside"), each with its own rooms and educators; the
// families are spread over the sites (about 2% with children at two), and every stay, incident and
// ticket is recorded at the child's site. One site builds the same file as before sites existed.
// The same seed builds the same file. The centre's time zone is saved in it (default: this computer's),
// and its days are that zone's. Prints progress and the time taken.
#include "base/Clock.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "demo/DemoCentreGenerator.h"
#include "demo/HistoryGenerator.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>

using namespace Kindred;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate a Kindred data file with years of history"));
    parser.addHelpOption();
    const QCommandLineOption childrenOption(QStringLiteral("children"), QStringLiteral("Children enrolled."),
                                            QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years of attendance history."),
                                         QStringLiteral("y"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The data file to create."),
                                       QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"),
                                        QStringLiteral("20261123"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        QStringLiteral("The centre's time zone (default: this computer's)."),
                                        QStringLiteral("zone"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"), QStringLiteral("Sites of the chain (1: one centre)."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({childrenOption, yearsOption, outOption, seedOption, zoneOption, sitesOption});
    parser.process(app);
    const QString zone = parser.value(zoneOption);
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid()) {
        std::fprintf(stderr, "kindred-gen: %s is not a time zone this computer knows\n", qPrintable(zone));
        return 1;
    }
    bool sitesOk = false;
    const int sites = parser.value(sitesOption).toInt(&sitesOk);
    if (!sitesOk || sites < 1) {
        std::fprintf(stderr, "kindred-gen: --sites takes a number of sites, 1 or more\n");
        return 1;
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        std::fprintf(stderr, "kindred-gen: --out FILE is required\n");
        return 2;
    }
    if (QFileInfo::exists(out)) {
        std::fprintf(stderr, "kindred-gen: %s already exists; it was not changed\n", qPrintable(out));
        return 1;
    }
    QElapsedTimer total;
    total.start();
    auto opened = DataFile::open(out);
    if (!opened) {
        std::fprintf(stderr, "kindred-gen: %s\n", qPrintable(opened.errorString()));
        return 1;
    }
    DemoCentreOptions centre;
    centre.children = parser.value(childrenOption).toInt();
    centre.seed = parser.value(seedOption).toUInt();
    centre.photos = centre.children <= 2000;
    centre.timeZone = zone;
    centre.sites = sites;
    auto generated = DemoCentreGenerator(*opened.value()).generate(centre);
    if (!generated) {
        std::fprintf(stderr, "kindred-gen: %s\n", qPrintable(generated.errorString()));
        return 1;
    }
    // The history's days are the centre's.
    CentreSettings::applyTimeZone(*opened.value());
    std::printf("centre: %d children in %d families, %d adults, %d sites, %d rooms, %d staff in %.1f s (time zone "
                "%s)\n",
                generated->children, generated->families, generated->adults, generated->sites, generated->rooms,
                generated->staff, double(total.elapsed()) / 1000.0, Clock::timeZone().id().constData());
    std::fflush(stdout);

    QElapsedTimer history;
    history.start();
    HistoryOptions options;
    options.years = parser.value(yearsOption).toInt();
    options.seed = centre.seed;
    int month = 0;
    options.progress = [&](QDate day, qint64 rows) {
        if (day.month() != month) {
            month = day.month();
            std::printf("  %s: %lld attendance rows, %.1f s\n", qPrintable(day.toString(QStringLiteral("yyyy-MM"))),
                        rows, double(history.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    };
    auto written = HistoryGenerator(*opened.value()).generate(options);
    if (!written) {
        std::fprintf(stderr, "kindred-gen: %s\n", qPrintable(written.errorString()));
        return 1;
    }
    opened.value().reset(); // the last connection checkpoints the WAL into the file
    std::printf("history: %d open days, %lld attendance rows, %lld absences, %lld late pickups, %lld incidents, "
                "%lld tickets in %.1f s\n",
                written->days, written->attendance, written->absences, written->latePickups, written->incidents,
                written->tickets, double(history.elapsed()) / 1000.0);
    std::printf("total: %.1f s, file %.1f MB\n", double(total.elapsed()) / 1000.0, double(QFileInfo(out).size()) / 1e6);
    return 0;
}
