// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QObject>
#include <QVariant>

namespace Kindred {

class Database;

// The centre's own settings, kept in its data file so that every station agrees on them.
class SettingsStore : public QObject
{
    Q_OBJECT

public:
    // Keys in use. Each area adds its own; values are stored as text.
    static inline const QString CentreName = QStringLiteral("centre/name");
    static inline const QString CentreAddress = QStringLiteral("centre/address");
    static inline const QString CentrePhone = QStringLiteral("centre/phone");
    static inline const QString CentreTimeZone = QStringLiteral("centre/timeZone");
    static inline const QString Currency = QStringLiteral("centre/currency");
    static inline const QString OpeningTime = QStringLiteral("centre/openingTime"); // "07:00"
    static inline const QString ClosingTime = QStringLiteral("centre/closingTime"); // "18:00"
    static inline const QString CentreLogoPhotoId = QStringLiteral("centre/logoPhotoId"); // photos.id of a PNG

    explicit SettingsStore(Database& database, QObject* parent = nullptr);

    QString value(const QString& key, const QString& fallback = {}) const;
    Result<void> setValue(const QString& key, const QString& value);

signals:
    void changed(const QString& key);

private:
    Database& m_database;
};

} // namespace Kindred
