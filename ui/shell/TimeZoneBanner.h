// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Kindred {

class Database;
class Session;
class SettingsService;

// A strip across the top of the main window, for those who may change settings, while the centre's
// time zone is one an upgrade chose (CentreSettings::timeZoneToConfirm): "Confirm" keeps it (audited),
// "Change…" asks for the Settings section. Hidden for everyone else and once confirmed or changed.
class TimeZoneBanner : public QFrame
{
    Q_OBJECT

public:
    TimeZoneBanner(Database& database, Session& session, SettingsService& settings, QWidget* parent = nullptr);

signals:
    void changeRequested();

private:
    void refresh();
    void confirm();

    Database& m_database;
    Session& m_session;
    SettingsService& m_settings;
    QLabel* m_messageLabel;
    QPushButton* m_confirmButton;
    QPushButton* m_changeButton;
};

} // namespace Kindred
