// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/ReportRequest.h"

#include <QDate>
#include <QStringList>

#include <memory>

namespace Kindred {

class Database;

// The attendance-report benchmark shared by kindred-report-bench and kindred-bench --reports.

// Opens the seeded centre file of `children` in `dir`, generating it with a weekday attendance
// history from `from` to `to` the first time; null (and a message on stderr) when that fails.
std::unique_ptr<Database> reportCentre(const QString& dir, int children, QDate from, QDate to);
// The process's peak resident memory so far.
double peakRssMb();
// Times the report `samples` times and prints
//   bench <name> children=<N> n=<samples> p50_ms=<x> p99_ms=<y> rows=<r> [peak_rss_mb=<m>]
// then times writing its CSV and PDF into `outDir`. 0 on success, 1 on failure.
int measureReport(Database& database, const char* name, int children, const ReportRequest& request, int samples,
                  const QString& outDir, bool peak);
// report_month (300 children, March 2025) and report_year (5,000 children, 2025) in `dir`; `only` is
// "month", "year" or empty for both. The year is measured in a fresh process of this program,
// started with `childArguments` and "--only year", so that its peak memory is the report's.
// Needs a QGuiApplication (fonts for the PDF). Returns the exit code.
int runReportBench(const QString& dir, int samples, const QString& only, const QStringList& childArguments);

} // namespace Kindred
