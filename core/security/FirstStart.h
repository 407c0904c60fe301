// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "security/StaffCredentials.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

#include <sys/types.h>

namespace Kindred {

class Database;
class Session;

// What a new centre starts with: the first-start wizard and `kindred init` fill it in.
struct FirstStartSetup
{
    QString centreName;
    QString country; // ISO 3166 alpha-2 ("AU"); empty: not said
    QString timeZone; // IANA ("Australia/Melbourne"); required
    QString currency; // ISO 4217 ("AUD"); empty: the country's, else this computer's
    QString language; // BCP 47 ("en-AU"); empty: this computer's
    QList<Room> rooms;
    StaffMember administrator; // first and last name; the role is always administrator
    QString password;
};

// A real first start: a new data file gets the centre's own details and one administrator (the only
// staff row of a new centre; the jobs that act without a person are system actors, not staff). The
// wizard and `kindred init` both come here, so the rules are the same for both.
class FirstStart
{
    Q_DECLARE_TR_FUNCTIONS(FirstStart)

public:
    static constexpr int MinAdministratorPasswordLength = 12;

    // The first (or reset) administrator's password: at least 12 characters, not only spaces, and
    // containing neither the centre's name (or a word of it of four letters or more) nor the person's
    // first or last name, in any case or accent. Fails naming the field "password".
    static Result<void> validateAdministratorPassword(const QString& password, const QString& centreName,
                                                      const StaffMember& person);
    // Codes as stored. Each normalises what it accepts into `normalised` when given ("en_au" → "en-AU").
    static bool isCountryCode(const QString& code, QString* normalised = nullptr);
    static bool isCurrencyCode(const QString& code, QString* normalised = nullptr);
    static bool isLanguageTag(const QString& tag, QString* normalised = nullptr);

    // Every field checked (Error::field "centreName", "timeZone", "country", "currency", "language",
    // "rooms[1].name", "firstName", "lastName", "password"); the codes normalised and the defaults filled
    // in (currency from the country, language from this computer).
    static Result<FirstStartSetup> validate(FirstStartSetup setup);

    // Creates the data file at `path` with the centre set up. The file must not exist or be empty; it is
    // built beside it under a hidden name and renamed into place only when complete, so a failure (or a
    // cancelled wizard, which never calls this) leaves no file. Returns the administrator.
    static Result<StaffMember> createFile(const QString& path, const FirstStartSetup& setup,
                                          const HashLimits& limits = HashLimits::interactive());
    // The same into an open file that has no accounts yet: settings, rooms, then the administrator.
    static Result<StaffMember> setUp(Database& database, const FirstStartSetup& setup,
                                     const HashLimits& limits = HashLimits::interactive());

    // The first administrator of a file with no accounts, in ONE write transaction that first checks that
    // no account exists: two desks at first start cannot both create one (the second is refused). The
    // password must pass validateAdministratorPassword (`centreName` may be empty); `pin` is optional.
    // Audited as the "init" system actor. On success `session` (when given) is signed in as the member.
    static Result<StaffMember> createFirstAdministrator(Database& database, Session* session, StaffMember member,
                                                        const QString& password, const QString& pin,
                                                        const HashLimits& limits = HashLimits::interactive());

    // `kindred init --reset-admin`: a new password for the centre's last administrator, who forgot it.
    // Refused when the file has several active administrators (another one can set it from Accounts) or
    // none. Clears the account's wrong-try count; audited as the "init" system actor. Returns the member.
    static Result<StaffMember> resetAdministrator(Database& database, const QString& password,
                                                  const HashLimits& limits = HashLimits::interactive());
    // Only the operating-system owner of the data file may reset its administrator: compares `euid`
    // (geteuid() in the command) with the file's owner (stat, without opening the file).
    static Result<void> requireFileOwner(const QString& path, uid_t euid);
};

} // namespace Kindred
