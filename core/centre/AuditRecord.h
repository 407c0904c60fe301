// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Kindred {

// One audit entry as the viewer shows it (AuditReader), after AuditDisclosure withheld what the reader may
// not see.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime atUtc;
    qint64 actorId = 0;
    QString actorName; // "System" for id 0
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;
    QString reason;
    QString station; // the computer and Kindred that wrote it (schema 17); empty for older entries
};

} // namespace Kindred
