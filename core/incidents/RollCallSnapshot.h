// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/RollCall.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Kindred {

// The roll call as last read from the centre server, for an emergency while the server cannot be reached
// (issue 16, point 7).
struct RollCallCopy
{
    QDateTime readAt; // UTC
    QString
        source; // the server's address without the password (Database::path()): another server's copy is not this one's
    QList<RollCallPerson> people; // as RollCall::onPremises gave them, without photos
};

// The one thing a station on the centre server writes locally: the last roll call it read, in one file of the
// station's local data folder (0700), private to the account (0600 before any byte is written), replaced whole at
// each refresh (QSaveFile) and deleted once older than MaxAgeDays (looked at when Kindred starts and at each
// write), so that children who left long ago are not on it. Photos are left out. A copy is only ever shown read
// only, marked with its time; a damaged file is an error, never an empty roll.
class RollCallSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(RollCallSnapshot)

public:
    static constexpr int MaxAgeDays = 7;
    static constexpr int FormatVersion = 1;

    // <AppLocalDataLocation>/roll-call-copy.json (needs the application's name set).
    static QString defaultPath();

    explicit RollCallSnapshot(QString path = defaultPath());
    QString path() const { return m_path; }

    // Replaces the copy with `copy` (its folder made 0700 when Kindred creates it). Fails, leaving the previous copy
    // whole, with a message naming the file.
    Result<void> write(const RollCallCopy& copy) const;
    // The copy read from `source` (nullopt: none, another server's, or one too old, which is deleted). A file that
    // cannot be read or understood is an error saying so.
    Result<std::optional<RollCallCopy>> read(const QString& source) const;
    // Deletes the copy when it is older than MaxAgeDays by the Clock (by its own time, or the file's when it cannot
    // be read). True when it was deleted; an error when it could not be.
    Result<bool> removeIfExpired() const;
    // Whether a copy read at `readAt` is too old to show at `now`.
    static bool isExpired(const QDateTime& readAt, const QDateTime& now);

private:
    Result<RollCallCopy> parse(const QByteArray& bytes) const;
    Error damaged(const QString& why) const;

    QString m_path;
};

} // namespace Kindred
