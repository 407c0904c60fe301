// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Kindred {

// A station's count of wrong PINs and passwords in the last 15 minutes, and the wait it causes.
struct DeskPinStatus
{
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when PINs may be tried
};

// An account whose PIN was set before PINs had digests (schema 6): only its Argon2id hash is known.
struct LegacyPin
{
    qint64 staffId = 0;
    QString pinHash;
};

// The statements behind one-PIN sign-in (schema 6): the per-file key and the PIN digest → account index
// (wrong PINs are SignInFailures' since schema 11). The rules (what is refused, what is audited) are
// SignInService's; the writes here run inside the caller's write transaction. Every call reports SQL
// failures as Errors.
class PinIndex
{
    Q_DECLARE_TR_FUNCTIONS(PinIndex)

public:
    explicit PinIndex(QSqlDatabase db);

    // The PIN's keyed digest in this data file.
    Result<QString> digest(const QString& pin) const;
    // The active staff member whose PIN has this digest, with that PIN's hash; staffId 0 when none.
    Result<LegacyPin> find(const QString& digest) const;
    // True when an active staff member other than `staffId` has this digest.
    Result<bool> isTakenByOther(const QString& digest, qint64 staffId) const;
    // Active accounts other than `exceptStaffId` with a PIN hash but no digest.
    Result<QList<LegacyPin>> legacyPins(qint64 exceptStaffId = 0) const;

    // Takes the digest from an archived staff member who still holds it (they cannot sign in), then
    // gives it to `staffId`.
    Result<void> assignDigest(qint64 staffId, const QString& digest);

private:
    QSqlDatabase m_db;
};

} // namespace Kindred
