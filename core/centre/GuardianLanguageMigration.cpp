// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/GuardianLanguageMigration.h"

#include "audit/AuditLog.h"
#include "base/LanguageNames.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QList>
#include <QPair>

namespace Kindred {
namespace {

const auto WrittenSql = QStringLiteral(R"(SELECT id, preferred_language FROM people WHERE preferred_language <> '')");
const auto CodeSql = QStringLiteral(R"(UPDATE people SET preferred_language = :code WHERE id = :id)");

} // namespace

Result<void> GuardianLanguageMigration::apply(const QSqlDatabase& db, bool upgrading)
{
    StoreQuery written(db);
    if (!written.exec(WrittenSql)) {
        return StoreError::fromSql(written.lastError());
    }
    QList<QPair<qint64, QString>> rewrites;
    int kept = 0;
    while (written.next()) {
        const QString text = written.value(1).toString();
        const auto code = LanguageNames::codeOf(text);
        if (!code) {
            ++kept;
        } else if (*code != text) {
            rewrites.append({written.value(0).toLongLong(), *code});
        }
    }
    if (auto complete = readComplete(written); !complete) {
        return complete.error();
    }
    StoreQuery update(db);
    update.prepare(CodeSql);
    for (const auto& [id, code] : std::as_const(rewrites)) {
        update.bindValue(QStringLiteral(":code"), code);
        update.bindValue(QStringLiteral(":id"), id);
        if (!update.exec()) {
            return StoreError::fromSql(update.lastError());
        }
    }
    if (!upgrading || rewrites.isEmpty()) {
        return {};
    }
    return AuditLog::append(
        db,
        {0,
         QStringLiteral("families.languages"),
         QStringLiteral("people"),
         0,
         {{QStringLiteral("rewritten"), int(rewrites.size())}, {QStringLiteral("keptAsText"), kept}},
         QStringLiteral("data file updated to version %1").arg(Version)});
}

} // namespace Kindred
