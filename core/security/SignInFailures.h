// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Kindred {

// One wrong PIN or password: when, and at which station. Never who typed it.
struct SignInFailure
{
    QDateTime at; // UTC
    QString station;
};

// The failures of the last minutes at one station, and the wait they started.
struct StationFailures
{
    int count = 0;
    QDateTime lockedUntil; // UTC: the latest end of a wait a failure started; invalid when none
};

// The statements over sign_in_failures (schema 11). The rules (the window, the wait, the notice) are
// SignInService's; the writes run inside the caller's write transaction. Every call reports SQL failures
// as Errors.
class SignInFailures
{
public:
    explicit SignInFailures(QSqlDatabase db);

    // One row: an INSERT, so that failures from two desks at the same moment are both kept. `lockedUntil`:
    // the end of the wait it starts (invalid: none).
    Result<void> record(const QString& station, const QDateTime& at, const QDateTime& lockedUntil);
    // The station's failures since `since`, and the latest wait any of its failures started, not cleared by an
    // administrator.
    Result<StationFailures> atStation(const QString& station, const QDateTime& since) const;
    // An administrator vouching for the station: its failures so far no longer make it wait.
    Result<int> clear(const QString& station, const QDateTime& at);
    // Every failure since `since` at any station, cleared or not, oldest first.
    Result<QList<SignInFailure>> since(const QDateTime& since) const;

    // Until when the staff member has seen the failures notice (invalid: never).
    Result<QDateTime> noticeSeenUntil(qint64 staffId) const;
    Result<void> setNoticeSeenUntil(qint64 staffId, const QDateTime& until);

private:
    QSqlDatabase m_db;
};

} // namespace Kindred
