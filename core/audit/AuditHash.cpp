// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditHash.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QStringList>

namespace Kindred {

QString AuditHash::of(const QString& previousHash, const QString& atUtc, qint64 actorId, const QString& action,
                      const QString& entity, qint64 entityId, const QString& details, const QString& reason,
                      const QString& station)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList parts {previousHash, atUtc, QString::number(actorId), action, entity, QString::number(entityId),
                       details,      reason};
    if (!station.isEmpty()) {
        parts.append(station);
    }
    for (const QString& part : parts) {
        const QByteArray bytes = part.toUtf8();
        const QByteArray length = QByteArray::number(bytes.size());
        hash.addData(length);
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditHash::contentDigestOf(const QString& details, const QString& reason)
{
    return of(QStringLiteral("original"), QString(), 0, QString(), QString(), 0, details, reason);
}

} // namespace Kindred
