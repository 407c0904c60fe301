// SPDX-License-Identifier: GPL-3.0-or-later
// kindred-report-bench [--workdir DIR] [--samples N] [--only month|year]
// Builds (or reuses) two seeded demo centres with an attendance history — 300 children with one
// month (March 2025), 5,000 children with one year (2025) — then times the attendance report on
// each, and writes the year's CSV and PDF. The year is measured in a fresh process so that its peak
// memory (getrusage) is the report's, not the generator's. Prints, one line per figure:
//   bench <name> children=<N> n=<samples> p50_ms=<x> p99_ms=<y> [rows=<r>] [peak_rss_mb=<m>]
#include "ReportBenchRun.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>

#include <algorithm>

using namespace Kindred;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kindred report benchmark"));
    parser.addHelpOption();
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where the centre files live."),
                                           QStringLiteral("dir"),
                                           QDir::temp().filePath(QStringLiteral("kindred-bench")));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), QStringLiteral("Runs of each report."),
                                           QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("month or year."),
                                        QStringLiteral("which"));
    parser.addOptions({workdirOption, samplesOption, onlyOption});
    parser.process(app);
    const QString dir = parser.value(workdirOption);
    const int samples = std::max(1, parser.value(samplesOption).toInt());
    return runReportBench(dir, samples, parser.value(onlyOption),
                          {QStringLiteral("--workdir"), dir, QStringLiteral("--samples"), QString::number(samples)});
}
