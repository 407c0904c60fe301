// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/SignInSheet.h"

#include "attendance/AttendanceReader.h"
#include "attendance/StaffAttendance.h"
#include "attendance/StaffPresence.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"

#include <QLocale>
#include <QRegularExpression>

namespace Kindred {
namespace {

QString duration(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid()) {
        return {};
    }
    const qint64 minutes = from.secsTo(to) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int SignInSheet::hoursInDay(QDate day)
{
    const QTimeZone zone = Clock::timeZone();
    return int(QDateTime(day, QTime(0, 0), zone).secsTo(QDateTime(day.addDays(1), QTime(0, 0), zone)) / 3600);
}

QString SignInSheet::localTime(const QDateTime& utc, QDate day)
{
    if (!utc.isValid()) {
        return {};
    }
    const QDateTime local = utc.toTimeZone(Clock::timeZone());
    if (local.date() != day) {
        return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + timeText(local.time());
    }
    return timeText(local.time());
}

QString SignInSheet::timeText(QTime time)
{
    // The locale's short time, without seconds (some locales' short format carries them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    return QLocale().toString(time, format);
}

QString SignInSheet::withheldOverride()
{
    return tr("Director override (the reason is shown only to roles that may see custody restrictions)");
}

Result<ReportDocument> SignInSheet::build(Database& database, const Session& session, QDate day, qint64 roomId)
{
    for (const Permission needed : {Permission::ViewReports, RequiredPermission}) {
        if (auto allowed = session.require(needed); !allowed) {
            return allowed.error();
        }
    }
    return build(database, day, roomId, session.can(Permission::ViewCustody), session.siteId());
}

Result<ReportDocument> SignInSheet::build(Database& database, QDate day, qint64 roomId, bool withCustody, qint64 siteId)
{
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    system.setSiteId(siteId); // the site's children and staff
    const QLocale locale;
    ReportDocument doc;
    if (auto filled = ReportHeader::fillCentre(database, doc, tr("Kindred")); !filled) {
        return filled.error();
    }
    doc.title = tr("Daily sign-in and sign-out sheet");
    const auto roomName = ReportHeader::roomText(database, roomId);
    if (!roomName) {
        return roomName.error();
    }
    doc.subtitle = tr("%1 — %2").arg(locale.toString(day, QLocale::LongFormat), roomName.value());
    if (auto named = ReportHeader::nameSite(database, doc, siteId); !named) {
        return named.error();
    }
    doc.generatedAt = Clock::currentDateTime();

    const int hours = hoursInDay(day);
    if (hours != 24) {
        doc.addParagraph(tr("Clocks changed on this day: it had %n hour(s). Times below are local times after the "
                            "change where it applies; hours attended are real elapsed time.",
                            nullptr, hours));
    }

    const auto read = AttendanceReader(database, system).forDay(day, roomId);
    if (!read) {
        return read.error();
    }
    const QList<AttendanceRecord>& records = read.value();
    ReportDocument::Table table;
    table.columns
        = {{tr("Child"), 1.5}, {tr("In"), 0.8},           {tr("Brought by"), 1.3}, {tr("Desk (in)"), 1.1},
           {tr("Out"), 0.8},   {tr("Collected by"), 1.3}, {tr("Desk (out)"), 1.1}, {tr("Hours"), 0.8, Qt::AlignRight},
           {tr("Notes"), 1.6}};
    if (roomId < 0) {
        table.columns.insert(1, {tr("Room"), 1.0});
    }
    QList<AttendanceRecord> corrected;
    int present = 0;
    for (const AttendanceRecord& r : records) {
        QStringList notes;
        if (!r.checkedOutAt.isValid()) {
            notes << tr("NOT CHECKED OUT");
            ++present;
        }
        if (r.lateMinutes > 0) {
            notes << tr("Late pickup: %n min", nullptr, r.lateMinutes);
        }
        if (!r.overrideReason.isEmpty()) {
            notes << (withCustody ? tr("Director override: %1").arg(r.overrideReason) : withheldOverride());
        }
        if (!r.groupLabel.isEmpty()) {
            notes << tr("Group: %1").arg(r.groupLabel);
        }
        if (r.corrections > 0) {
            notes << tr("Corrected (see below)");
            corrected << r;
        }
        QStringList row {r.childName,
                         localTime(r.checkedInAt, day),
                         r.broughtByName,
                         r.checkInDeskStaffName,
                         localTime(r.checkedOutAt, day),
                         r.collectedByName,
                         r.checkOutDeskStaffName,
                         duration(r.checkedInAt, r.checkedOutAt),
                         notes.join(QStringLiteral("; "))};
        if (roomId < 0) {
            row.insert(1, r.roomName);
        }
        if (!r.checkedOutAt.isValid() || !r.overrideReason.isEmpty() || r.lateMinutes > 0) {
            table.highlightedRows << int(table.rows.size());
        }
        table.rows << row;
    }
    doc.addHeading(tr("Children"));
    if (table.rows.isEmpty()) {
        doc.addParagraph(tr("No child was checked in on this day."));
    } else {
        doc.addTable(table);
    }
    doc.addKeyValues({{tr("Children checked in"), locale.toString(records.size())},
                      {tr("Not checked out"), locale.toString(present)}});

    if (!corrected.isEmpty()) {
        doc.addHeading(tr("Corrections"));
        ReportDocument::Table changes;
        changes.columns = {{tr("Child"), 1.4}, {tr("Changed"), 0.9}, {tr("Old value"), 1.0}, {tr("New value"), 1.0},
                           {tr("By"), 1.2},    {tr("When"), 1.2},    {tr("Why"), 2.0}};
        AttendanceReader reader(database, system);
        for (const AttendanceRecord& r : std::as_const(corrected)) {
            const auto corrections = reader.corrections(r.id);
            if (!corrections) {
                return corrections.error();
            }
            for (const AttendanceCorrection& c : corrections.value()) {
                const bool in = c.field == AttendanceCorrection::Field::CheckedInAt;
                changes.rows << QStringList {
                    r.childName,
                    in ? tr("Check-in") : tr("Check-out"),
                    c.oldValue.isValid() ? localTime(c.oldValue, day) : tr("(none)"),
                    localTime(c.newValue, day),
                    c.correctedByName,
                    locale.toString(c.correctedAt.toTimeZone(Clock::timeZone()), QLocale::ShortFormat),
                    c.reason};
            }
        }
        doc.addTable(changes);
    }

    doc.addHeading(tr("Staff on duty"));
    const auto readShifts = StaffPresence(database, system).presentOn(day, roomId); // the ratios' rule
    if (!readShifts) {
        return readShifts.error();
    }
    const QList<StaffShift>& shifts = readShifts.value();
    if (shifts.isEmpty()) {
        doc.addParagraph(tr("No staff member clocked in on this day."));
    } else {
        ReportDocument::Table staff;
        staff.columns = {{tr("Staff member"), 2.0},
                         {tr("Clocked in"), 1.0},
                         {tr("Clocked out"), 1.0},
                         {tr("Hours"), 0.7, Qt::AlignRight}};
        for (const StaffShift& s : shifts) {
            staff.rows << QStringList {s.staffName, localTime(s.clockedInAt, day), localTime(s.clockedOutAt, day),
                                       duration(s.clockedInAt, s.clockedOutAt)};
        }
        doc.addTable(staff);
    }
    doc.addSignatures({tr("Responsible person")});
    return doc;
}

} // namespace Kindred
