// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

// The one rule for the reason a person gives when stepping outside the pickup rules (releasing a child to
// someone not allowed) or changing them (an authorisation or a "do not release" restriction): a reader
// months later, an inspector or a family court, must learn from it what happened. At least MinLength
// characters and MinWords different words, and not a placeholder ("test test test", "n/a", "asdf…",
// the same word again and again). Every override path and every custody change checks it here.
class OverrideReason
{
    Q_DECLARE_TR_FUNCTIONS(OverrideReason)

public:
    static constexpr int MinLength = 15;
    static constexpr int MinWords = 3;

    // Fails, naming `field`, with what is missing from the reason; nothing is recorded by the check.
    static Result<void> check(const QString& reason, const QString& field = QStringLiteral("overrideReason"));
};

} // namespace Kindred
