// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

namespace Kindred {

// The part of schema 25 that SQL cannot do (issue 17, point 4): each adult's preferred language, written so far
// as free text ("Arabic", "español", "Mandarin"), becomes the BCP 47 code it names (LanguageNames::codeOf), so
// that what Kindred prints for them can be in their language. What names no language ("Sign language") is kept
// as typed, and their documents come in English. On a file that already held families an audit entry says how
// many were rewritten. Runs inside MigrationRunner's transaction for version 25.
class GuardianLanguageMigration
{
public:
    static constexpr int Version = 25;

    static Result<void> apply(const QSqlDatabase& db, bool upgrading);
};

} // namespace Kindred
