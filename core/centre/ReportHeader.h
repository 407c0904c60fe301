// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportDocument.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

namespace Kindred {

class Database;
class Session;
struct Room;

// What every report shares: the centre's name, address, phone and logo at the top, the period and
// the room in the subtitle, and the centre's logo kept in the data file (a PNG in the photos table,
// pointed at by SettingsService::CentreLogoPhotoId).
class ReportHeader
{
    Q_DECLARE_TR_FUNCTIONS(ReportHeader)

public:
    // A document with the centre's header, `title`, and a subtitle naming the period (when the
    // report has one), the room and, when the centre has more than one site, the site ("All sites" for
    // ReportRequest::AllSites). Fails with the read error when the centre's details, its logo or the
    // room cannot be read: a report never goes out under a made-up header.
    static Result<ReportDocument> start(Database& database, const QString& title, const ReportRequest& request,
                                        bool showPeriod = true);
    // The letterhead every printed document carries (reports, incident reports, roll calls, drill logs): the
    // centre's name (`fallbackName` when none was ever saved), its address and phone, its logo, and the
    // printing time in the centre's zone. Fails with the read error, the document then unchanged.
    static Result<void> fillLetterhead(Database& database, ReportDocument& document, const QString& fallbackName);
    // The centre's name (`fallbackName` when none was ever saved) and its address and phone (`withPhone`)
    // joined by " · ", on `document`. Fails with the read error, the document unchanged.
    static Result<void> fillCentre(Database& database, ReportDocument& document, const QString& fallbackName,
                                   bool withPhone = true);
    // An instant as shown on paper: short date and time in the centre's zone; empty for an invalid one.
    static QString shownAt(const QDateTime& instant);
    static QString periodText(QDate from, QDate to);
    // "All rooms" for a negative id, the room's name, "No room" for a room that is not on file; the read error.
    static Result<QString> roomText(Database& database, qint64 roomId);
    // Every room of every site, archived ones too (old attendance may point at them), by id.
    static Result<QHash<qint64, Room>> roomsById(Database& database);
    // The site's name, "All sites" for ReportRequest::AllSites, "No site" for one not on file; the read error.
    static Result<QString> siteText(Database& database, qint64 siteId);
    // When the centre has more than one site, puts the site's name (siteText) before `document`'s subtitle: a
    // chain's report says whose it is. Fails with the read error, the document unchanged.
    static Result<void> nameSite(Database& database, ReportDocument& document, qint64 siteId);
    // How many sites the centre has, archived ones too: a report names its site when there are several.
    static Result<int> siteCount(Database& database);

    // The centre's logo, or a null image when none is set (or its picture cannot be decoded); the read
    // error when the setting or the picture cannot be read.
    static Result<QImage> logo(Database& database);
    // Stores the logo as PNG (scaled to at most 600 px) and points the setting at it, audited, in one
    // write transaction. A null image removes the logo. Fails with a message when nothing was saved.
    static Result<void> setLogo(Database& database, Session& session, const QImage& image);

    // Helpers every report formats with.
    static QString hoursText(qint64 seconds); // "7:05"
    static QString csvHours(qint64 seconds); // "7.08"
};

} // namespace Kindred
