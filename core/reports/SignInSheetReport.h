// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// The daily sign-in/out sheet (SignInSheet) over a period: one sheet a day, each on its own page,
// days with nobody checked in left out; the CSV has one row per stay.
class SignInSheetReport
{
    Q_DECLARE_TR_FUNCTIONS(SignInSheetReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
