// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Kindred {

class Database;

// Children's photos for what is shown or printed beyond the front desk's own identification screen:
// the room board, the roll call, reports. Only a child whose family gave photo consent has one here
// (ConsentPolicy::childPhoto); the front desk reads the photo with the family and marks the missing consent.
class ChildPhotos
{
public:
    explicit ChildPhotos(Database& database);

    // Child id → image bytes, for the children among `childIds` with a photo and photo consent. A child
    // missing from the answer is shown without a photo; a read that fails is an Error.
    Result<QHash<qint64, QByteArray>> shareable(const QList<qint64>& childIds) const;

private:
    Database& m_database;
};

} // namespace Kindred
