// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace Kindred {

// How slow (and memory-hungry) an Argon2id hash is. The app uses interactive(); tests and the demo
// centre use minimum(), which is fast and weak: never for real accounts.
struct HashLimits
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    static HashLimits interactive(); // libsodium's interactive limits: 2 passes over 64 MiB
    static HashLimits minimum();
};

// PINs and passwords: what is acceptable, and their salted Argon2id hashes (libsodium's
// crypto_pwhash_str: the algorithm, limits and a random salt are inside the hash string).
class StaffCredentials
{
    Q_DECLARE_TR_FUNCTIONS(StaffCredentials)

public:
    // A new or changed PIN: 6 to 8 digits. PINs of 4 or 5 digits set before schema 11 (and the demo
    // centre's published PINs) still sign in until changed; roles that may override a pickup or manage
    // accounts must choose a new one at their next sign-in (SignInService::signInChangingPin).
    static constexpr int MinPinLength = 6;
    static constexpr int LegacyMinPinLength = 4;
    static constexpr int MaxPinLength = 8;
    static constexpr int MinPasswordLength = 10;

    // Fails, naming the field "pin"/"password", with what is wrong. `minimumLength` is MinPinLength for
    // every real centre; the demo centre keeps its 4-digit PINs (LegacyMinPinLength).
    static Result<void> validatePin(const QString& pin, int minimumLength = MinPinLength);
    // True when `secret` has the shape of a PIN that may sign in: 4 to 8 digits (older PINs included).
    static bool looksLikePin(const QString& secret);
    static Result<void> validatePassword(const QString& password);

    // Fails only when the machine cannot spare the memory the limits ask for.
    static Result<QString> hash(const QString& secret, const HashLimits& limits);
    static bool verify(const QString& hash, const QString& secret);
    // True when `hash` was made with other limits than `limits` (it is then hashed again at sign-in).
    static bool needsRehash(const QString& hash, const HashLimits& limits);

    static constexpr int PinKeyBytes = 32;
    // The PIN's keyed BLAKE2b digest (crypto_generichash, 32 bytes, as hex): a fast index that finds the
    // account a PIN belongs to. Never the proof: the Argon2id hash is still checked. Empty when the key
    // is not PinKeyBytes long or libsodium cannot start.
    static QString pinDigest(const QByteArray& key, const QString& pin);
};

} // namespace Kindred
