// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BoundValues.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace Kindred {

void adaptBoundValues(QSqlQuery& query)
{
    const QSqlDriver* driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL) {
        return;
    }
    if (query.isForwardOnly() && !query.isActive()) {
        query.setForwardOnly(false);
    }
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).typeId() == QMetaType::Bool) {
            query.bindValue(int(i), qint64(values.at(i).toBool() ? 1 : 0));
        }
    }
}

} // namespace Kindred
