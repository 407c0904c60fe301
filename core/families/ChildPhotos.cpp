// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ChildPhotos.h"

#include "centre/Session.h"
#include "families/ConsentPolicy.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kindred {
namespace {

// Many children in one statement, like the allergies: a board holds a few hundred children, and one round trip
// to a server per child made it slow there. Fewer per statement than ids alone, since each row holds a photo.
const auto ChildrenPhotosSql = QStringLiteral(R"(
    SELECT c.id, c.photo_consent, ph.image
    FROM children c JOIN photos ph ON ph.id = c.photo_id
    WHERE c.id IN (:ids))");
constexpr qsizetype PhotosPerStatement = 100;

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
    for (const QList<qint64>& chunk : SqlList::chunks(childIds, PhotosPerStatement)) {
        const SqlList ids(QStringLiteral(":ids"), chunk);
        StoreQuery query(m_database.connection());
        setForwardOnlyAlongsideStatements(query);
        query.prepare(ids.expand(ChildrenPhotosSql));
        ids.bind(query);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            Child child;
            child.photoConsent = query.value(1).toBool();
            child.photo = query.value(2).toByteArray();
            const QByteArray photo = ConsentPolicy::childPhoto(child);
            if (!photo.isEmpty()) {
                photos.insert(query.value(0).toLongLong(), photo);
            }
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    return photos;
}

} // namespace Kindred
