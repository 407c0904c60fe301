// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>

namespace Kindred {

class Database;
class SettingsService;

// The centre's own details and the desk's behaviour as one form edits them: name, address, phone,
// opening hours, time zone, currency and the idle-lock minutes. Kept in SettingsService, one key each.
struct CentreSettings
{
    Q_DECLARE_TR_FUNCTIONS(CentreSettings)

public:
    static constexpr int MaxIdleLockMinutes = 240;
    static constexpr int MaxUndoMinutes = 60;
    static constexpr int MaxLateMinutes = 240;

    QString name;
    QString address;
    QString phone;
    QString timeZone; // IANA id ("Australia/Melbourne"); every file has one from its creation (schema 8)
    QString currency; // ISO 4217 ("AUD"); empty: the computer's locale
    // BCP 47 ("en-AU"): the window's language for staff without one of their own, the commands' and the wall
    // board's, and the formats of dates and money (LanguageChoice); empty: the computer's (LANG).
    QString language;
    QTime opening {7, 0};
    QTime closing {18, 0};
    int idleLockMinutes = 5; // 0: the screen never locks by itself
    // How long the desk that checked a child in or out may undo it (attendance/voidMinutes); later, a
    // director's correction. 0: never at the desk.
    int undoMinutes = 5;
    // How long after a child's booked arrival the desk shows them as late (attendance/lateMinutes, read by
    // ExpectedToday).
    int lateMinutes = 15;

    // What is on file, with the defaults for what was never saved; the read error when the file could
    // not be read (never the defaults in its place).
    static Result<CentreSettings> load(const Database& database);
    // Days and hours are the centre's, whatever zone the computer is set to: gives Clock the saved
    // time zone (the computer's own when none is saved, or when it cannot be read, which the diagnostic
    // log then says). Called when a file opens and after a change.
    static void applyTimeZone(const Database& database);
    // The saved time zone, or an error asking for one when none (or an unknown one) is saved: for
    // reports, which must not guess whose days they count.
    static Result<QTimeZone> savedTimeZone(const Database& database);
    // The zone an upgrade saved for a file that had none, while no administrator has confirmed it; empty
    // otherwise. Fails when the file could not be read.
    static Result<QString> timeZoneToConfirm(const Database& database);
    // An administrator keeps the zone the upgrade chose: clears the flag, audited (needs ManageSettings).
    static Result<void> confirmTimeZone(SettingsService& settings);
    // Ok, or the first wrong field (Error::field is "name", "closing", "timeZone"…) and why.
    Result<void> validate() const;
    // validate(), then every setting in one audited change (needs ManageSettings). Nothing is
    // changed when it fails.
    Result<void> save(SettingsService& settings) const;

    bool operator==(const CentreSettings& other) const = default;
};

} // namespace Kindred
