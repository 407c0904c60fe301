// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/RollCallSnapshot.h"

#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "store/FilePrivacy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Kindred {
namespace {

const QString FormatName = QStringLiteral("kindred-roll-call-copy");

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

Result<QStringList> toStringList(const QJsonValue& value)
{
    if (!value.isArray()) {
        return Error {};
    }
    QStringList list;
    for (const QJsonValue& each : value.toArray()) {
        if (!each.isString()) {
            return Error {};
        }
        list << each.toString();
    }
    return list;
}

QJsonObject toObject(const RollCallPerson& p)
{
    QJsonArray contacts;
    for (const EmergencyContact& c : p.contacts) {
        contacts.append(QJsonObject {{QStringLiteral("name"), c.name},
                                     {QStringLiteral("relation"), c.relation},
                                     {QStringLiteral("phone"), c.phone}});
    }
    return QJsonObject {
        {QStringLiteral("kind"), RollCallPerson::kindKey(p.kind)},
        {QStringLiteral("id"), QString::number(p.id)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("roomId"), QString::number(p.roomId)},
        {QStringLiteral("roomName"), p.roomName},
        {QStringLiteral("since"), p.since.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("lifeThreateningAllergies"), toArray(p.lifeThreateningAllergies)},
        {QStringLiteral("otherAllergies"), toArray(p.otherAllergies)},
        {QStringLiteral("medicalNotes"), p.medicalNotes},
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("phone"), p.phone},
    };
}

// Empty when the object is not a person of this format.
std::optional<RollCallPerson> toPerson(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    RollCallPerson p;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == RollCallPerson::kindKey(RollCallPerson::Kind::Child)) {
        p.kind = RollCallPerson::Kind::Child;
    } else if (kind == RollCallPerson::kindKey(RollCallPerson::Kind::Staff)) {
        p.kind = RollCallPerson::Kind::Staff;
    } else {
        return std::nullopt;
    }
    bool idOk = false;
    bool roomOk = false;
    p.id = o.value(QStringLiteral("id")).toString().toLongLong(&idOk);
    p.roomId = o.value(QStringLiteral("roomId")).toString().toLongLong(&roomOk);
    p.name = o.value(QStringLiteral("name")).toString();
    p.roomName = o.value(QStringLiteral("roomName")).toString();
    p.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
    p.medicalNotes = o.value(QStringLiteral("medicalNotes")).toString();
    p.phone = o.value(QStringLiteral("phone")).toString();
    const auto lifeThreatening = toStringList(o.value(QStringLiteral("lifeThreateningAllergies")));
    const auto other = toStringList(o.value(QStringLiteral("otherAllergies")));
    const QJsonValue contacts = o.value(QStringLiteral("contacts"));
    if (!idOk || !roomOk || p.name.isEmpty() || !p.since.isValid() || !lifeThreatening || !other
        || !contacts.isArray()) {
        return std::nullopt;
    }
    p.lifeThreateningAllergies = lifeThreatening.value();
    p.otherAllergies = other.value();
    for (const QJsonValue& each : contacts.toArray()) {
        if (!each.isObject()) {
            return std::nullopt;
        }
        const QJsonObject c = each.toObject();
        p.contacts << EmergencyContact {c.value(QStringLiteral("name")).toString(),
                                        c.value(QStringLiteral("relation")).toString(),
                                        c.value(QStringLiteral("phone")).toString()};
    }
    return p;
}

} // namespace

QString RollCallSnapshot::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/roll-call-copy.json");
}

RollCallSnapshot::RollCallSnapshot(QString path)
    : m_path(std::move(path))
{ }

bool RollCallSnapshot::isExpired(const QDateTime& readAt, const QDateTime& now)
{
    return readAt.addDays(MaxAgeDays) < now;
}

Error RollCallSnapshot::damaged(const QString& why) const
{
    DiagnosticLog::error(QStringLiteral("rollcall"), QStringLiteral("copy %1 unusable: %2").arg(m_path, why));
    return {tr("The last copy of the roll call on this computer (%1) cannot be read: %2. It is not shown, so that "
               "nobody takes it for a complete roll. Use the printed list or the room sign-in sheets.")
                .arg(QDir::toNativeSeparators(m_path), why)};
}

Result<void> RollCallSnapshot::write(const RollCallCopy& copy) const
{
    if (auto expired = removeIfExpired(); !expired) {
        return expired.error();
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    const auto failed = [this](const QString& why) {
        DiagnosticLog::error(QStringLiteral("rollcall"), QStringLiteral("copy %1 not written: %2").arg(m_path, why));
        return Error {tr("Could not keep a copy of the roll call on this computer (%1): %2.")
                          .arg(QDir::toNativeSeparators(m_path), why)};
    };
    if (!FilePrivacy::createFolder(folder)) {
        return failed(tr("its folder could not be created"));
    }
    QJsonArray people;
    for (const RollCallPerson& p : copy.people) {
        people.append(toObject(p));
    }
    const QJsonObject root {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("readAt"), copy.readAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"), copy.source},
        {QStringLiteral("count"), int(copy.people.size())},
        {QStringLiteral("people"), people},
    };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file.errorString());
    }
    // On the temporary file, before a byte of the roll is in it; the rename keeps the mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return failed(tr("it could not be made private"));
    }
    if (file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        return failed(file.errorString());
    }
    return {};
}

Result<bool> RollCallSnapshot::removeIfExpired() const
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        return false;
    }
    QDateTime readAt;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        if (const auto copy = parse(file.readAll())) {
            readAt = copy->readAt;
        }
    }
    if (!readAt.isValid()) {
        readAt = info.lastModified().toUTC();
    }
    if (!isExpired(readAt, Clock::currentDateTimeUtc())) {
        return false;
    }
    if (!QFile::remove(m_path)) {
        return Error {tr("Could not delete the old copy of the roll call on this computer (%1).")
                          .arg(QDir::toNativeSeparators(m_path))};
    }
    DiagnosticLog::info(QStringLiteral("rollcall"), QStringLiteral("copy older than %1 days deleted").arg(MaxAgeDays));
    return true;
}

Result<std::optional<RollCallCopy>> RollCallSnapshot::read(const QString& source) const
{
    const auto expired = removeIfExpired();
    if (!expired) {
        return expired.error();
    }
    QFile file(m_path);
    if (!file.exists()) {
        return std::optional<RollCallCopy>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return damaged(file.errorString());
    }
    auto copy = parse(file.readAll());
    if (!copy) {
        return copy.error();
    }
    if (copy->source != source) {
        return std::optional<RollCallCopy>();
    }
    return std::optional<RollCallCopy>(std::move(copy).value());
}

Result<RollCallCopy> RollCallSnapshot::parse(const QByteArray& bytes) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(tr("it is damaged or incomplete"));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        return damaged(tr("it is not a Kindred roll call"));
    }
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        return damaged(tr("it was written by another version of Kindred"));
    }
    RollCallCopy copy;
    copy.readAt = QDateTime::fromString(root.value(QStringLiteral("readAt")).toString(), Qt::ISODateWithMs);
    copy.source = root.value(QStringLiteral("source")).toString();
    const QJsonValue people = root.value(QStringLiteral("people"));
    // The count written beside the list: a list cut short but still valid JSON is not taken for the whole roll.
    if (!copy.readAt.isValid() || !people.isArray()
        || people.toArray().size() != root.value(QStringLiteral("count")).toInt(-1)) {
        return damaged(tr("it is damaged or incomplete"));
    }
    for (const QJsonValue& each : people.toArray()) {
        auto person = toPerson(each);
        if (!person) {
            return damaged(tr("it is damaged or incomplete"));
        }
        copy.people << std::move(*person);
    }
    return copy;
}

} // namespace Kindred
