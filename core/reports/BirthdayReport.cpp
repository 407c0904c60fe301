// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/BirthdayReport.h"

#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "families/ChildPhotos.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.first_name || ' ' || c.last_name, c.date_of_birth, coalesce(r.name, ''), c.photo_consent, c.id
    FROM children c
    JOIN families f ON f.id = c.family_id
    LEFT JOIN rooms r ON r.id = c.room_id
    WHERE c.archived_at IS NULL AND f.status = 'enrolled' AND c.site_id = :site
      AND (:anyRoom = 1 OR c.room_id = :room))");

struct Birthday
{
    QDate on;
    QString name;
    QString room;
    int turns = 0;
    bool photoConsent = false;
    qint64 childId = 0;
};

} // namespace

QDate BirthdayReport::birthdayIn(QDate dateOfBirth, int year)
{
    if (dateOfBirth.month() == 2 && dateOfBirth.day() == 29 && !QDate::isLeapYear(year)) {
        return QDate(year, 2, 28);
    }
    return QDate(year, dateOfBirth.month(), dateOfBirth.day());
}

Result<BuiltReport> BirthdayReport::build(Database& database, const ReportRequest& request)
{
    StoreQuery query(database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ChildrenSql);
    query.bindValue(QStringLiteral(":anyRoom"), request.roomId < 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":room"), request.roomId);
    query.bindValue(QStringLiteral(":site"), request.siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<Birthday> birthdays;
    while (query.next()) {
        const QDate born = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (!born.isValid()) {
            continue;
        }
        for (int year = request.from.year(); year <= request.to.year(); ++year) {
            const QDate on = birthdayIn(born, year);
            if (on >= request.from && on <= request.to && on > born) {
                birthdays << Birthday {on,
                                       query.value(0).toString(),
                                       query.value(2).toString(),
                                       year - born.year(),
                                       query.value(3).toBool(),
                                       query.value(4).toLongLong()};
            }
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    // The id breaks a tie (two children of one name born on one day): the rows come in whatever order the store
    // reads them, which a data file and the server need not share.
    std::sort(birthdays.begin(), birthdays.end(), [](const Birthday& a, const Birthday& b) {
        if (a.on != b.on) {
            return a.on < b.on;
        }
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.childId < b.childId;
    });

    const QLocale locale;
    BuiltReport out;
    auto reportHeader = ReportHeader::start(database, tr("Birthdays"), request);
    if (!reportHeader) {
        return reportHeader.error();
    }
    out.document = std::move(reportHeader).value();
    ReportDocument& doc = out.document;
    ReportDocument::Table table;
    table.columns = {{tr("Date"), 1.6},
                     {tr("Child"), 2.0},
                     {tr("Room"), 1.4},
                     {tr("Turns"), 0.6, Qt::AlignRight},
                     {tr("Photos"), 1.4}};
    out.csvHeader = QStringList {tr("Date"), tr("Child"), tr("Room"), tr("Turns"), tr("Photo consent")};
    for (const Birthday& b : std::as_const(birthdays)) {
        table.rows << QStringList {locale.toString(b.on, QStringLiteral("dddd d MMMM")), b.name, b.room,
                                   locale.toString(b.turns), b.photoConsent ? tr("Allowed") : tr("No photos, please")};
        out.csvRows << QStringList {b.on.toString(Qt::ISODate), b.name, b.room, QString::number(b.turns),
                                    b.photoConsent ? tr("yes") : tr("no")};
    }
    doc.addTable(table);
    doc.addKeyValues({{tr("Birthdays"), locale.toString(birthdays.size())}});
    // The birthday children's photos for the room's wall: only those whose families agreed to photos.
    QList<qint64> ids;
    for (const Birthday& b : std::as_const(birthdays)) {
        ids << b.childId;
    }
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    system.setSiteId(request.siteId);
    const auto readPhotos = ChildPhotos(database, system).shareable(ids);
    if (!readPhotos) {
        return readPhotos.error();
    }
    const QHash<qint64, QByteArray>& photos = readPhotos.value();
    QList<ReportDocument::Photo> shown;
    for (const Birthday& b : std::as_const(birthdays)) {
        QImage image;
        if (photos.contains(b.childId) && image.loadFromData(photos.value(b.childId))) {
            shown << ReportDocument::Photo {b.name, image};
        }
    }
    if (!shown.isEmpty()) {
        doc.addHeading(tr("Photos"));
        doc.addPhotos(shown);
    }
    return out;
}

} // namespace Kindred
