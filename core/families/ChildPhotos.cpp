// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ChildPhotos.h"

#include "centre/Session.h"
#include "families/ConsentPolicy.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kindred {
namespace {

// One child at a time, like the allergies: a board holds a few hundred children at most, and each
// lookup is a primary-key seek.
const auto ChildPhotoSql = QStringLiteral(R"(
    SELECT c.photo_consent, ph.image
    FROM children c JOIN photos ph ON ph.id = c.photo_id
    WHERE c.id = :child)");

} // namespace

ChildPhotos::ChildPhotos(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<QHash<qint64, QByteArray>> ChildPhotos::shareable(const QList<qint64>& childIds) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    QHash<qint64, QByteArray> photos;
    QSqlQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ChildPhotoSql);
    for (qint64 childId : childIds) {
        query.bindValue(QStringLiteral(":child"), childId);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        if (query.next()) {
            Child child;
            child.photoConsent = query.value(0).toBool();
            child.photo = query.value(1).toByteArray();
            const QByteArray photo = ConsentPolicy::childPhoto(child);
            if (!photo.isEmpty()) {
                photos.insert(childId, photo);
            }
        } else if (auto done = readComplete(query); !done) {
            return done.error();
        }
        query.finish();
    }
    return photos;
}

} // namespace Kindred
