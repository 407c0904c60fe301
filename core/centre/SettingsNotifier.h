// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Kindred {

// One per process: SettingsService announces every saved setting here and each SettingsService on the same
// data file passes it on as its own changed() signal, so that a change made on one screen (the idle-lock
// minutes, the centre's name) reaches every other screen holding a SettingsService of its own.
class SettingsNotifier : public QObject
{
    Q_OBJECT

public:
    static SettingsNotifier* instance();

signals:
    void changed(const QString& databasePath, const QString& key);
};

} // namespace Kindred
