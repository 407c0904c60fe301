// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kindred {

class Database;
class Session;

// One guardian who agreed to be in the parent directory.
struct DirectoryEntry
{
    qint64 personId = 0;
    QString name;
    QString householdName;
    QString email;
    QString phone;
    QString preferredLanguage;
    QStringList languages; // the family's
    QStringList cultures; // only when the family shares them
    QStringList celebrations; // only when the family shares them
    QStringList children; // "Amara (Koalas)"
};

// The parent directory, so that new parents can find families who speak their language or share
// their culture: only enrolled families' guardians who gave directory consent, and cultures only
// where the family agreed to share them. Needs ViewFamilies.
class ParentDirectory
{
    Q_DECLARE_TR_FUNCTIONS(ParentDirectory)

public:
    ParentDirectory(Database& database, Session& session);

    // `filter` (optional) matches a language, culture, celebration or name, accents and case ignored.
    Result<QList<DirectoryEntry>> entries(const QString& filter = {}) const;
    static ReportDocument toReport(const QList<DirectoryEntry>& entries, const QString& centreName,
                                   const QDateTime& generatedAt);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
