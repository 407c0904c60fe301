// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/StaffCredentials.h"

#include <sodium.h>

namespace Kindred {
namespace {

bool sodiumReady()
{
    // sodium_init() is thread-safe and cheap after the first call; it returns 1 when already done.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

HashLimits HashLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashLimits HashLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<void> StaffCredentials::validatePin(const QString& pin, int minimumLength)
{
    if (pin.size() < minimumLength || pin.size() > MaxPinLength) {
        return fieldError(QStringLiteral("pin"), tr("A PIN has %1 to %2 digits.").arg(minimumLength).arg(MaxPinLength));
    }
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return fieldError(QStringLiteral("pin"), tr("A PIN has digits only."));
        }
    }
    return {};
}

bool StaffCredentials::looksLikePin(const QString& secret)
{
    return validatePin(secret, LegacyMinPinLength).ok();
}

Result<void> StaffCredentials::validatePassword(const QString& password)
{
    if (password.size() < MinPasswordLength) {
        return fieldError(
            QStringLiteral("password"),
            tr("A password has at least %1 characters; a short sentence is easy to remember.").arg(MinPasswordLength));
    }
    if (password.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("password"), tr("A password cannot be only spaces."));
    }
    return {};
}

Result<QString> StaffCredentials::hash(const QString& secret, const HashLimits& limits)
{
    if (!sodiumReady()) {
        return Error {tr("Kindred could not start its password protection on this computer.")};
    }
    const QByteArray bytes = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()), limits.opsLimit,
                              limits.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error {tr("This computer did not have enough free memory to protect the PIN or password. Close "
                         "other programs and try again.")};
    }
    return QString::fromLatin1(out);
}

bool StaffCredentials::verify(const QString& hash, const QString& secret)
{
    if (hash.isEmpty() || !sodiumReady()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size()))
        == 0;
}

bool StaffCredentials::needsRehash(const QString& hash, const HashLimits& limits)
{
    const QByteArray stored = hash.toLatin1();
    return sodiumReady() && crypto_pwhash_str_needs_rehash(stored.constData(), limits.opsLimit, limits.memLimit) != 0;
}

QString StaffCredentials::pinDigest(const QByteArray& key, const QString& pin)
{
    if (key.size() != PinKeyBytes || !sodiumReady()) {
        return {};
    }
    const QByteArray bytes = pin.toUtf8();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()), std::size_t(key.size()));
    return QString::fromLatin1(out.toHex());
}

} // namespace Kindred
