// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Kindred {

class Database;
class Session;

// Children's photos for what is shown or printed beyond the front desk's own identification screen:
// the room board, the roll call, reports. Only a child whose family gave photo consent has one here
// (ConsentPolicy::childPhoto); the front desk reads the photo with the family and marks the missing consent.
// A photo identifies a child as the family's page does: only for a reader who may look up families
// (ViewFamilies); the board and the roll call show none to any other reader.
class ChildPhotos
{
public:
    ChildPhotos(Database& database, const Session& session);

    // Child id → image bytes, for the children among `childIds` with a photo and photo consent. A child
    // missing from the answer is shown without a photo; a read that fails is an Error, and so is a reader
    // without ViewFamilies (the Session::require error).
    Result<QHash<qint64, QByteArray>> shareable(const QList<qint64>& childIds) const;

private:
    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
