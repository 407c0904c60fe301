// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TicketReport.h"

#include "base/Clock.h"
#include "centre/ReportHeader.h"
#include "centre/SiteService.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

const auto TicketsSql = QStringLiteral(R"(
    SELECT created_at, category, kind, acknowledged_at, resolved_at, due_acknowledge_at, due_resolve_at,
           first_contact_resolution, followup_rating
    FROM tickets WHERE created_at >= :from AND created_at < :to AND (:everySite = 1 OR site_id = :site)
    ORDER BY created_at)");

struct Accumulator
{
    TicketReportRow row;
    QList<double> acknowledgeHours;
    QList<double> resolveHours;
    int ratingSum = 0;
};

double hoursBetween(const QDateTime& from, const QDateTime& to)
{
    return double(from.msecsTo(to)) / 3'600'000.0;
}

bool missedTarget(const QDateTime& done, const QDateTime& due, const QDateTime& now)
{
    return due.isValid() && (done.isValid() ? done > due : now > due);
}

void fold(Accumulator& acc, TicketKind kind, const QDateTime& created, const QDateTime& acknowledged,
          const QDateTime& resolved, bool late, bool firstContact, int rating)
{
    ++acc.row.countsByKind[size_t(kind)];
    ++acc.row.total;
    if (acknowledged.isValid()) {
        acc.acknowledgeHours << hoursBetween(created, acknowledged);
    }
    if (resolved.isValid()) {
        acc.resolveHours << hoursBetween(created, resolved);
    }
    acc.row.overdue += late ? 1 : 0;
    acc.row.resolvedAtFirstContact += firstContact ? 1 : 0;
    if (rating >= 1 && rating <= 5) {
        acc.ratingSum += rating;
        ++acc.row.satisfactionResponses;
    }
}

TicketReportRow finish(Accumulator& acc)
{
    TicketReportRow row = acc.row;
    row.medianHoursToAcknowledge = TicketReport::median(acc.acknowledgeHours);
    row.medianHoursToResolve = TicketReport::median(acc.resolveHours);
    row.firstContactShare = row.total ? double(row.resolvedAtFirstContact) / row.total : 0.0;
    if (row.satisfactionResponses > 0) {
        row.averageSatisfaction = double(acc.ratingSum) / row.satisfactionResponses;
    }
    return row;
}

QString hoursText(const std::optional<double>& hours)
{
    return hours ? QLocale().toString(*hours, 'f', 1) : QStringLiteral("—");
}

QString csvNumber(const std::optional<double>& value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

} // namespace

std::optional<double> TicketReport::median(QList<double> values)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

Result<QList<TicketReportRow>> TicketReport::computeFor(const Session& session, const QSqlDatabase& db, QDate fromMonth,
                                                        QDate toMonth, const QDateTime& now, qint64 siteId)
{
    if (auto allowed = SiteService::requireReader(session, siteId); !allowed) {
        return allowed.error();
    }
    return compute(db, fromMonth, toMonth, now, siteId);
}

Result<QList<TicketReportRow>> TicketReport::compute(const QSqlDatabase& db, QDate fromMonth, QDate toMonth,
                                                     const QDateTime& now, qint64 siteId)
{
    const QDate first(fromMonth.year(), fromMonth.month(), 1);
    const QDate last(toMonth.year(), toMonth.month(), 1);
    if (!first.isValid() || !last.isValid() || last < first) {
        return fieldError(QStringLiteral("toMonth"), tr("Choose a last month that is not before the first month."));
    }
    const QTimeZone zone = Clock::timeZone();
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(TicketsSql);
    query.bindValue(QStringLiteral(":from"), QDateTime(first, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":to"),
                    QDateTime(last.addMonths(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":everySite"), siteId == ReportRequest::AllSites ? 1 : 0);
    query.bindValue(QStringLiteral(":site"), siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    // Keyed by (month, category index); the month's total sorts after its categories.
    QMap<QPair<QDate, int>, Accumulator> groups;
    constexpr int AllCategories = 1000;
    while (query.next()) {
        const QDateTime created = instantFromSql(query.value(0));
        const QDate local = created.toTimeZone(zone).date();
        const QDate month(local.year(), local.month(), 1);
        const TicketCategory category = ticketCategoryFromKey(query.value(1).toString());
        const TicketKind kind = ticketKindFromKey(query.value(2).toString());
        const QDateTime acknowledged = instantFromSql(query.value(3));
        const QDateTime resolved = instantFromSql(query.value(4));
        const bool late = missedTarget(acknowledged, instantFromSql(query.value(5)), now)
            || missedTarget(resolved, instantFromSql(query.value(6)), now);
        const bool firstContact = query.value(7).toBool();
        const int rating = query.value(8).isNull() ? 0 : query.value(8).toInt();
        for (int key : {int(category), AllCategories}) {
            Accumulator& acc = groups[qMakePair(month, key)];
            acc.row.month = month;
            if (key != AllCategories) {
                acc.row.category = category;
            }
            fold(acc, kind, created, acknowledged, resolved, late, firstContact, rating);
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    QList<TicketReportRow> rows;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        rows << finish(it.value());
    }
    return rows;
}

QStringList TicketReport::csvHeader()
{
    QStringList header {tr("Month"), tr("Category")};
    for (TicketKind kind : allTicketKinds()) {
        header << ticketKindName(kind);
    }
    header << tr("Total") << tr("Median hours to acknowledge") << tr("Median hours to resolve") << tr("Overdue")
           << tr("Resolved at first contact") << tr("Share resolved at first contact (%)")
           << tr("Average satisfaction (1-5)") << tr("Follow-ups");
    return header;
}

QList<QStringList> TicketReport::csvRows(const QList<TicketReportRow>& rows)
{
    QList<QStringList> out;
    for (const TicketReportRow& row : rows) {
        QStringList cells {row.month.toString(QStringLiteral("yyyy-MM")),
                           row.category ? ticketCategoryName(*row.category) : tr("All categories")};
        for (int count : row.countsByKind) {
            cells << QString::number(count);
        }
        cells << QString::number(row.total) << csvNumber(row.medianHoursToAcknowledge, 2)
              << csvNumber(row.medianHoursToResolve, 2) << QString::number(row.overdue)
              << QString::number(row.resolvedAtFirstContact) << QString::number(row.firstContactShare * 100.0, 'f', 1)
              << csvNumber(row.averageSatisfaction, 2) << QString::number(row.satisfactionResponses);
        out << cells;
    }
    return out;
}

Result<ReportDocument> TicketReport::document(Database& database, const QList<TicketReportRow>& rows, QDate fromMonth,
                                              QDate toMonth)
{
    const QLocale locale;
    ReportDocument doc;
    if (auto filled = ReportHeader::fillCentre(database, doc, tr("Our centre"), false); !filled) {
        return filled.error();
    }
    doc.title = tr("Parents' feedback and complaints");
    const QString format = QStringLiteral("MMMM yyyy");
    doc.subtitle = fromMonth.year() == toMonth.year() && fromMonth.month() == toMonth.month()
        ? locale.toString(fromMonth, format)
        : tr("%1 to %2").arg(locale.toString(fromMonth, format), locale.toString(toMonth, format));
    doc.generatedAt = Clock::currentDateTime();
    if (rows.isEmpty()) {
        doc.addParagraph(tr("No tickets were raised in this period."));
        return doc;
    }

    ReportDocument::Table raised;
    raised.columns << ReportDocument::Column {tr("Month"), 1.2} << ReportDocument::Column {tr("Category"), 1.5};
    for (TicketKind kind : allTicketKinds()) {
        raised.columns << ReportDocument::Column {ticketKindName(kind), 1.5, Qt::AlignRight};
    }
    raised.columns << ReportDocument::Column {tr("Total"), 0.8, Qt::AlignRight};

    ReportDocument::Table response;
    response.columns << ReportDocument::Column {tr("Month"), 1.2} << ReportDocument::Column {tr("Category"), 1.5}
                     << ReportDocument::Column {tr("Median hours to acknowledge"), 1.4, Qt::AlignRight}
                     << ReportDocument::Column {tr("Median hours to resolve"), 1.2, Qt::AlignRight}
                     << ReportDocument::Column {tr("Overdue"), 0.9, Qt::AlignRight}
                     << ReportDocument::Column {tr("Resolved at first contact"), 1.1, Qt::AlignRight}
                     << ReportDocument::Column {tr("Average satisfaction"), 1.6, Qt::AlignRight};

    for (const TicketReportRow& row : rows) {
        const QString month = locale.toString(row.month, QStringLiteral("MMM yyyy"));
        const QString category = row.category ? ticketCategoryName(*row.category) : tr("All categories");
        QStringList cells {month, category};
        for (int count : row.countsByKind) {
            cells << locale.toString(count);
        }
        cells << locale.toString(row.total);
        raised.rows << cells;

        const QString satisfaction = row.averageSatisfaction
            ? tr("%1 (n = %2)")
                  .arg(locale.toString(*row.averageSatisfaction, 'f', 1), locale.toString(row.satisfactionResponses))
            : QStringLiteral("—");
        if (row.overdue > 0) {
            response.highlightedRows << int(response.rows.size());
        }
        response.rows << QStringList {month,
                                      category,
                                      hoursText(row.medianHoursToAcknowledge),
                                      hoursText(row.medianHoursToResolve),
                                      locale.toString(row.overdue),
                                      locale.toString(row.firstContactShare * 100.0, 'f', 0) + QLatin1Char('%'),
                                      satisfaction};
    }
    doc.addHeading(tr("What parents raised"));
    doc.addTable(raised);
    doc.addHeading(tr("How we responded"));
    doc.addParagraph(tr("Hours are elapsed clock hours from capture. A ticket is overdue when it was acknowledged or "
                        "resolved after its target, or is still waiting past it; overdue lines are marked in red."));
    doc.addTable(response);
    return doc;
}

} // namespace Kindred
