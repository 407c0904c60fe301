// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/IdleLock.h"
#include "shell/SignInDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMainWindow;
class QTimer;
class QToolButton;

namespace Kindred {

class Database;
class RoleService;
class Services;
class Session;
class SettingsService;
class SignInService;
class StaffAccountService;

// Who may use the window: asks for the first administrator or a sign-in when the window opens,
// switches the person at the desk (Ctrl+L, then the next person's PIN alone), and locks the screen
// after the configured idle minutes (security/idleLockMinutes). While nobody is signed in or the
// screen is locked, the window's contents are hidden behind the sign-in dialog, open dialogs are covered,
// and the session is signed out, so that core refuses everything until the next sign-in. Key presses and
// clicks anywhere in the application count as activity (an event filter feeding IdleLock).
class SecurityController : public QObject
{
    Q_OBJECT

public:
    // Signs in through the desk's sign-in service and follows its idle-lock setting. `emergency` (the roll
    // call, F12) stays usable on the locked screen; a window with IncidentsSection::EmergencyWindowProperty
    // (the emergency roll call) is never covered.
    SecurityController(Services& services, QMainWindow* window, QAction* emergency = nullptr);
    ~SecurityController() override;

    SignInService& signIn() { return m_signIn; }
    StaffAccountService& accounts() { return m_accounts; }
    IdleLock& idleLock() { return m_idleLock; }
    // Opens the first-administrator or sign-in dialog (window-modal, not blocking).
    void start();
    void lockNow(); // Ctrl+L: switch user or step away
    bool isLocked() const { return m_dialog != nullptr; }
    SignInDialog* dialog() const { return m_dialog; }
    // Locks when the idle time has passed; a timer calls it every 5 s (tests call it directly).
    void checkIdle();
    // Another desk's change to roles, permissions, staff or PINs: reloads the session so that the window's
    // gating follows (and locks when the person at the desk may no longer act). A timer calls it twice a
    // second; it reads the version row only when PRAGMA data_version says another connection wrote.
    void checkSecurityChanges();

signals:
    // Someone signed in (or unlocked): the window may follow their language (AppStartup).
    void signedIn();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDialog(int mode);
    void setContentsHidden(bool hidden);
    void showWhoIsSignedIn();
    // After a sign-in: an administrator is shown the day's wrong PINs once there were many.
    void showFailureNotice();

    Database& m_database;
    Session& m_session;
    QMainWindow* m_window;
    QAction* m_emergencyAction;
    SignInService& m_signIn;
    StaffAccountService& m_accounts;
    RoleService& m_roles;
    SettingsService& m_settings;
    IdleLock m_idleLock;
    QTimer* m_timer;
    QTimer* m_securityTimer;
    qint64 m_dataVersion = -1;
    QToolButton* m_whoButton; // in the status bar: who is at the desk; a click locks
    QPointer<SignInDialog> m_dialog;
    // While locked, every other open dialog (a family being edited, a check-out half done) is covered
    // rather than closed, so nothing typed is lost and nothing in it can be read.
    QList<QPointer<QWidget>> m_curtains;
};

} // namespace Kindred
