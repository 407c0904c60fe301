// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SecurityController.h"

#include "Services.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/RoleService.h"
#include "centre/Session.h"
#include "centre/SessionCheck.h"
#include "centre/SettingsService.h"
#include "incidents/IncidentsSection.h"
#include "incidents/RollCallWindow.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "shell/SignInDialog.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "widgets/KeyMap.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace Kindred {

SecurityController::SecurityController(Services& services, QMainWindow* window, QAction* emergency)
    : QObject(window)
    , m_database(services.database())
    , m_session(services.session())
    , m_window(window)
    , m_emergencyAction(emergency)
    , m_signIn(services.signIn())
    , m_accounts(services.staffAccounts())
    , m_roles(services.roles())
    , m_settings(services.settings())
    // Unreadable, the default minutes stand in (the diagnostic log says so): a screen that locks by itself
    // is the safe side of a setting that cannot be read.
    , m_idleLock(
          IdleLock::minutesFromSetting(SettingsService::readOrSafeFallback(m_database, IdleLock::SettingKey, {})))
    , m_timer(new QTimer(this))
    , m_securityTimer(new QTimer(this))
    , m_whoButton(new QToolButton(window))
{
    (void)m_roles.reload(); // on failure the built-in defaults stay in force
    qApp->installEventFilter(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &SecurityController::checkIdle);
    m_timer->start();
    m_securityTimer->setObjectName(QStringLiteral("securityChangesTimer"));
    m_securityTimer->setInterval(500); // gating follows another desk within a second
    connect(m_securityTimer, &QTimer::timeout, this, &SecurityController::checkSecurityChanges);
    // On the centre server another station's change of roles, permissions or accounts is pushed (ChangeFeed, the
    // window started it): nothing is asked of the server twice a second from every station. A data file's
    // stations read its version (a local pragma), and so does a server station whose feed could not start.
    ChangeFeed& feed = services.changes();
    if (feed.isPushed() && feed.isActive()) {
        connect(&feed, &ChangeFeed::changed, this, [this](ChangeFeed::Topics topics) {
            if (topics.testFlag(ChangeFeed::Topic::Security)) {
                checkSecurityChanges();
            }
        });
    } else {
        m_securityTimer->start();
    }
    // New idle minutes, saved on any screen, apply at once.
    connect(&m_settings, &SettingsService::changed, this, [this](const QString& key) {
        if (key == IdleLock::SettingKey) {
            m_idleLock.setTimeoutMinutes(
                IdleLock::minutesFromSetting(SettingsService::readOrSafeFallback(m_database, key, {})));
        }
    });

    auto* lock = new QAction(tr("&Switch user or lock"), window);
    lock->setObjectName(QStringLiteral("switchUserAction"));
    lock->setShortcut(KeyMap::sequence(KeyMap::LockScreen));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    connect(lock, &QAction::triggered, this, &SecurityController::lockNow);
    window->addAction(lock);

    // Everyone at the desk can see whose name their actions will be recorded under.
    m_whoButton->setObjectName(QStringLiteral("signedInButton"));
    m_whoButton->setAutoRaise(true);
    m_whoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    window->statusBar()->insertPermanentWidget(0, m_whoButton);
    connect(&m_session, &Session::actorChanged, this, &SecurityController::showWhoIsSignedIn);
    connect(m_whoButton, &QToolButton::clicked, this, &SecurityController::lockNow);
    // Serving another site may leave the person at the desk without a role here (SessionCheck revokes them at
    // once, centre/SiteRoles): the next person signs in. Queued, so that the check has run first.
    connect(
        &m_session, &Session::siteChanged, this,
        [this] {
            if (m_session.isSignedIn() && m_session.isRevoked() && !isLocked()) {
                lockNow();
            }
        },
        Qt::QueuedConnection);
    showWhoIsSignedIn();
}

void SecurityController::showWhoIsSignedIn()
{
    const QString keys = KeyMap::sequence(KeyMap::LockScreen).toString(QKeySequence::NativeText);
    m_whoButton->setVisible(m_session.isSignedIn());
    m_whoButton->setText(tr("%1 · %2").arg(isolated(m_session.actor().fullName()), m_session.roleName()));
    m_whoButton->setToolTip(
        Qt::convertFromPlainText(tr("Signed in as %1 (%2). Switch user or lock: %3")
                                     .arg(isolated(m_session.actor().fullName()), m_session.roleName(), keys)));
}

void SecurityController::checkSecurityChanges()
{
    // Only when another connection committed is the version row read.
    const auto dataVersion = SessionCheck::dataVersion(m_database.connection());
    if (!dataVersion) {
        return; // the next tick tries again; core's own writes re-check regardless
    }
    if (dataVersion.value() == m_dataVersion) {
        return;
    }
    m_dataVersion = dataVersion.value();
    if (!SessionCheck::refresh(m_database.connection(), m_session)) {
        m_dataVersion = -1; // read again at the next tick
        return;
    }
    if (m_session.isSignedIn() && m_session.isRevoked() && !isLocked()) {
        lockNow(); // archived or PIN reset elsewhere: the next person signs in
    }
}

void SecurityController::showFailureNotice()
{
    const auto failures = m_signIn.failureNotice();
    if (!failures || failures->isEmpty()) {
        return;
    }
    QStringList lines;
    const QLocale locale;
    for (const SignInFailure& failure : failures.value()) {
        lines << tr("%1 at %2")
                     .arg(locale.toString(failure.at.toTimeZone(Clock::timeZone()), QLocale::ShortFormat),
                          failure.station);
    }
    MessageBox::warning(m_window, tr("Wrong PINs"),
                        tr("There were %n wrong PIN(s) or password(s) in the last 24 hours. Someone may be trying to "
                           "guess a colleague's PIN: ask who was at these stations, and change PINs that may be "
                           "known.",
                           nullptr, int(failures->size()))
                            + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    (void)m_signIn.acknowledgeFailureNotice();
}

SecurityController::~SecurityController()
{
    qApp->removeEventFilter(this);
}

void SecurityController::start()
{
    m_session.signOut();
    // Only a file that surely has no accounts asks for a first administrator; one whose accounts cannot be read
    // asks for a sign-in, which then says what is wrong.
    const auto accounts = m_accounts.hasAccounts();
    const bool firstStart = accounts && !accounts.value();
    showDialog(int(firstStart ? SignInDialog::Mode::FirstAdministrator : SignInDialog::Mode::SignIn));
}

void SecurityController::lockNow()
{
    if (isLocked()) {
        return;
    }
    m_idleLock.lock();
    showDialog(int(SignInDialog::Mode::Unlock));
}

bool SecurityController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && !m_curtains.isEmpty()) { // a covered dialog keeps its curtain
        for (const QPointer<QWidget>& curtain : std::as_const(m_curtains)) {
            if (curtain && curtain->parentWidget() == watched) {
                curtain->setGeometry(curtain->parentWidget()->rect());
            }
        }
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_idleLock.recordActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SecurityController::checkIdle()
{
    if (!isLocked() && m_session.isSignedIn() && m_idleLock.isLocked()) {
        showDialog(int(SignInDialog::Mode::Unlock));
    }
}

void SecurityController::showDialog(int mode)
{
    const qint64 previous = m_session.actorId();
    // Locked means locked: nobody acts while the dialog is up, so core refuses whatever a covered dialog,
    // a timer or a shortcut might still try in the previous person's name. The next PIN signs in again.
    // The lock never covers the roll call: one open in the previous person's name goes, and the emergency roll
    // call (which acts as no one, and picks up a drill under way) takes its place once the lock is up.
    bool rollCallOpen = false;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* rollCall = qobject_cast<RollCallWindow*>(window);
        if (rollCall && rollCall->isVisible()
            && !rollCall->property(IncidentsSection::EmergencyWindowProperty).toBool()) {
            rollCallOpen = true;
            rollCall->close();
        }
    }
    if (m_session.isSignedIn() || m_session.systemActor() != SystemActorKind::None) {
        m_session.signOut();
    }
    setContentsHidden(true);
    auto* dialog = new SignInDialog(m_signIn, m_accounts, SignInDialog::Mode(mode), m_window);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An emergency does not wait for a PIN: F12 opens the roll call from the locked screen too.
    if (m_emergencyAction) {
        dialog->addAction(m_emergencyAction);
    }
    dialog->preselect(previous);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        m_idleLock.unlock();
        setContentsHidden(false);
        showFailureNotice();
        emit signedIn();
    });
    connect(dialog, &QDialog::rejected, this, [] { QApplication::quit(); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    if (rollCallOpen && m_emergencyAction) {
        m_emergencyAction->trigger();
    }
}

void SecurityController::setContentsHidden(bool hidden)
{
    if (QWidget* central = m_window->centralWidget()) {
        central->setVisible(!hidden);
    }
    for (const QPointer<QWidget>& curtain : std::as_const(m_curtains)) {
        if (curtain) {
            curtain->parentWidget()->setEnabled(true);
            delete curtain.data();
        }
    }
    m_curtains.clear();
    if (!hidden) {
        return;
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* dialog = qobject_cast<QDialog*>(window);
        // The emergency roll call acts as no one (SystemActorKind::Emergency): it stays usable.
        if (!dialog || dialog == m_dialog || !dialog->isVisible()
            || dialog->property(IncidentsSection::EmergencyWindowProperty).toBool()) {
            continue;
        }
        auto* curtain = new QLabel(tr("Kindred is locked. Sign in to carry on with this."), dialog);
        curtain->setObjectName(QStringLiteral("lockCurtain"));
        curtain->setAlignment(Qt::AlignCenter);
        curtain->setWordWrap(true);
        curtain->setAutoFillBackground(true);
        curtain->setGeometry(dialog->rect());
        dialog->setEnabled(false); // no typing into it from behind the curtain
        curtain->show();
        curtain->raise();
        m_curtains << curtain;
    }
}

} // namespace Kindred
