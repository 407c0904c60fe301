// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/ReportHeader.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Centre.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QBuffer>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto LogoSql = QStringLiteral(R"(SELECT image FROM photos WHERE id = :id)");
const auto InsertPhotoSql = QStringLiteral(R"(
    INSERT INTO photos (image, created_at) VALUES (:image, :at) RETURNING id)");
const auto UpsertSettingSql = QStringLiteral(R"(
    INSERT INTO settings (key, value) VALUES (:key, :value)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)");

} // namespace

Result<ReportDocument> ReportHeader::start(Database& database, const QString& title, const ReportRequest& request,
                                           bool showPeriod)
{
    ReportDocument doc;
    if (auto filled = fillLetterhead(database, doc, tr("Kindred")); !filled) {
        return filled.error();
    }
    doc.title = title;
    const auto room = roomText(database, request.roomId);
    if (!room) {
        return room.error();
    }
    doc.subtitle = showPeriod ? tr("%1 — %2").arg(periodText(request.from, request.to), room.value()) : room.value();
    if (auto named = nameSite(database, doc, request.siteId); !named) {
        return named.error();
    }
    return doc;
}

Result<void> ReportHeader::fillLetterhead(Database& database, ReportDocument& document, const QString& fallbackName)
{
    ReportDocument head;
    if (auto filled = fillCentre(database, head, fallbackName); !filled) {
        return filled;
    }
    auto image = logo(database);
    if (!image) {
        return image.error();
    }
    document.centreName = head.centreName;
    document.centreDetails = head.centreDetails;
    document.logo = image.value();
    document.generatedAt = Clock::currentDateTime();
    return {};
}

QString ReportHeader::shownAt(const QDateTime& instant)
{
    return instant.isValid() ? QLocale().toString(instant.toTimeZone(Clock::timeZone()), QLocale::ShortFormat)
                             : QString();
}

Result<void> ReportHeader::fillCentre(Database& database, ReportDocument& document, const QString& fallbackName,
                                      bool withPhone)
{
    const auto name = SettingsService::read(database, SettingsService::CentreName, fallbackName);
    if (!name) {
        return name.error();
    }
    QStringList details;
    for (const QString& key : withPhone ? QStringList {SettingsService::CentreAddress, SettingsService::CentrePhone}
                                        : QStringList {SettingsService::CentreAddress}) {
        const auto value = SettingsService::read(database, key);
        if (!value) {
            return value.error();
        }
        if (!value->trimmed().isEmpty()) {
            details << value->trimmed();
        }
    }
    document.centreName = name.value();
    document.centreDetails = details.join(QStringLiteral(" · "));
    return {};
}

QString ReportHeader::periodText(QDate from, QDate to)
{
    const QLocale locale;
    if (from == to) {
        return locale.toString(from, QLocale::LongFormat);
    }
    const QDate monthEnd = from.addMonths(1).addDays(-1);
    if (from.day() == 1 && to == monthEnd) {
        return locale.standaloneMonthName(from.month()) + QLatin1Char(' ') + QString::number(from.year());
    }
    return tr("%1 to %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

Result<QString> ReportHeader::roomText(Database& database, qint64 roomId)
{
    if (roomId < 0) {
        return tr("All rooms");
    }
    const auto rooms = roomsById(database);
    if (!rooms) {
        return rooms.error();
    }
    const auto found = rooms->constFind(roomId);
    return found != rooms->constEnd() ? found->name : tr("No room");
}

Result<QHash<qint64, Room>> ReportHeader::roomsById(Database& database)
{
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    const auto all = CentreService(database, system).roomsAtEverySite(true);
    if (!all) {
        return all.error();
    }
    QHash<qint64, Room> rooms;
    for (const Room& room : all.value()) {
        rooms.insert(room.id, room);
    }
    return rooms;
}

Result<QString> ReportHeader::siteText(Database& database, qint64 siteId)
{
    if (siteId == ReportRequest::AllSites) {
        return tr("All sites");
    }
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    const auto sites = SiteService(database, system).sites(true);
    if (!sites) {
        return sites.error();
    }
    for (const Site& site : sites.value()) {
        if (site.id == siteId) {
            return site.name;
        }
    }
    return tr("No site");
}

Result<void> ReportHeader::nameSite(Database& database, ReportDocument& document, qint64 siteId)
{
    const auto sites = siteCount(database);
    if (!sites) {
        return sites.error();
    }
    if (sites.value() > 1) {
        const auto site = siteText(database, siteId);
        if (!site) {
            return site.error();
        }
        document.subtitle
            = document.subtitle.isEmpty() ? site.value() : tr("%1 — %2").arg(site.value(), document.subtitle);
    }
    return {};
}

Result<int> ReportHeader::siteCount(Database& database)
{
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    const auto sites = SiteService(database, system).sites(true);
    if (!sites) {
        return sites.error();
    }
    return int(sites->size());
}

Result<QImage> ReportHeader::logo(Database& database)
{
    const auto setting = SettingsService::read(database, SettingsService::CentreLogoPhotoId);
    if (!setting) {
        return setting.error();
    }
    const qint64 photoId = setting->toLongLong();
    if (photoId <= 0) {
        return QImage();
    }
    StoreQuery query(database.connection());
    query.prepare(LogoSql);
    query.bindValue(QStringLiteral(":id"), photoId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return QImage(); // the photo was removed: no logo, as when none is set
    }
    return QImage::fromData(query.value(0).toByteArray());
}

Result<void> ReportHeader::setLogo(Database& database, Session& session, const QImage& image)
{
    if (auto allowed = session.require(Permission::ManageSettings); !allowed) {
        return allowed; // the logo is one of the centre's settings
    }
    const QSqlDatabase db = database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    qint64 photoId = 0;
    if (!image.isNull()) {
        const QImage scaled = image.width() > 600 || image.height() > 600
            ? image.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!scaled.save(&buffer, "PNG")) {
            return Error {tr("Nothing was changed. The logo could not be stored as a PNG picture."),
                          QStringLiteral("logo")};
        }
        StoreQuery insert(db);
        insert.prepare(InsertPhotoSql);
        insert.bindValue(QStringLiteral(":image"), png);
        insert.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        photoId = newId.value();
    }
    StoreQuery setting(db);
    setting.prepare(UpsertSettingSql);
    setting.bindValue(QStringLiteral(":key"), SettingsService::CentreLogoPhotoId);
    setting.bindValue(QStringLiteral(":value"), photoId > 0 ? QString::number(photoId) : QStringLiteral(""));
    if (auto done = execQuery(setting); !done) {
        return done;
    }
    const QJsonObject details {{QStringLiteral("photoId"), photoId}};
    AuditEntry entry {session.actorId(), QStringLiteral("settings.logo"), QStringLiteral("settings"), 0, details, {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    return transaction.commit();
}

QString ReportHeader::hoursText(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ReportHeader::csvHours(qint64 seconds)
{
    return QString::number(double(seconds) / 3600.0, 'f', 2);
}

} // namespace Kindred
