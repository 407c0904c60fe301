// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QVariant>

namespace Kindred {

class Database;
class Session;

// The centre's own settings, kept in its data file so that every station agrees on them. Anyone may
// read them; changing one needs ManageSettings and is audited with the old and new value. The desk has one
// (Services::settings()): every screen saves through it and listens to its changed() signal, so that a
// setting saved on one screen applies at once on every other.
class SettingsService : public QObject
{
    Q_OBJECT

public:
    // Keys in use. Each area adds its own; values are stored as text.
    static inline const QString CentreName = QStringLiteral("centre/name");
    static inline const QString CentreAddress = QStringLiteral("centre/address");
    static inline const QString CentrePhone = QStringLiteral("centre/phone");
    static inline const QString CentreTimeZone = QStringLiteral("centre/timeZone");
    // The zone an upgrade chose for a file that had none, until an administrator confirms it; empty after.
    static inline const QString CentreTimeZoneToConfirm = QStringLiteral("centre/timeZoneToConfirm");
    static inline const QString Currency = QStringLiteral("centre/currency");
    static inline const QString OpeningTime = QStringLiteral("centre/openingTime"); // "07:00"
    static inline const QString ClosingTime = QStringLiteral("centre/closingTime"); // "18:00"
    static inline const QString CentreLogoPhotoId = QStringLiteral("centre/logoPhotoId"); // photos.id of a PNG
    // Minutes during which the station that recorded a check-in or check-out may void it ("5").
    static inline const QString VoidMinutes = QStringLiteral("attendance/voidMinutes");
    // "1" (default): staff present are those clocked in; "0": those signed in at a desk today.
    static inline const QString UsesClockIn = QStringLiteral("attendance/usesClockIn");
    // Minutes after a child's booked arrival from which the desk counts them late when not here ("15").
    static inline const QString LateMinutes = QStringLiteral("attendance/lateMinutes");
    static inline const QString Country = QStringLiteral("centre/country"); // ISO 3166 alpha-2 ("AU")
    static inline const QString Language = QStringLiteral("centre/language"); // BCP 47 ("en-AU")
    // "1" in a file the demo generator filled, with its published PINs: the window says "(demo)" and its
    // 4-digit PINs are allowed (isDemoCentre). Only the system (the demo generator) may set it: a signed-in
    // user who could would lower the PIN rules of a real centre.
    static inline const QString DemoCentre = QStringLiteral("centre/demo");

    SettingsService(Database& database, Session& session, QObject* parent = nullptr);

    // Reading needs no permission: for code that has no session at hand (reports, label printing). The
    // value on file, or `fallback` when the key was never saved; fails with "Could not read the data file:
    // …" when the read did (a damaged page, a disk error): a failed read is never taken for "not set".
    static Result<QString> read(const Database& database, const QString& key, const QString& fallback = {});
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    // Only for a setting whose fallback is safe when the file cannot be read (the window's title, the
    // idle-lock minutes at start-up): the value, or `fallback` when the read failed, which is then written
    // to the diagnostic log with the reason.
    static QString readOrSafeFallback(const Database& database, const QString& key, const QString& fallback);
    // Needs ManageSettings of the acting user; writes the value and a "settings.change" audit entry
    // (old and new value) together. Saving the value already on file writes nothing. Fails with the
    // reason to show and nothing changed.
    Result<void> setValue(const QString& key, const QString& value);
    // Several settings in one transaction: all saved, or none when one cannot be.
    Result<void> setValues(const QList<QPair<QString, QString>>& values);

signals:
    // A setting was saved through this service (after the commit).
    void changed(const QString& key);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
