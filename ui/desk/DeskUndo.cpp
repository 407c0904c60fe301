// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DeskUndo.h"

#include "attendance/AttendanceCorrections.h"
#include "desk/DeskContext.h"
#include "store/BusyRetry.h"
#include "widgets/KeyMap.h"
#include "widgets/PermissionGate.h"

#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace Kindred {

DeskUndo::DeskUndo(DeskContext& desk, AttendanceCorrections& corrections, Session& session, QWidget* buttonParent)
    : QObject(buttonParent)
    , m_desk(desk)
    , m_corrections(corrections)
    , m_button(new QPushButton(buttonParent))
    , m_expiry(new QTimer(this))
    , m_busyRetry(new BusyRetry(this))
{
    m_button->setObjectName(QStringLiteral("undoButton"));
    m_button->setFocusPolicy(Qt::NoFocus); // Ctrl+Z from anywhere on the desk does the same
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &DeskUndo::undo);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, m_button, &QWidget::hide);
    auto* shortcut = new QShortcut(KeyMap::sequence(KeyMap::Undo), &m_desk.deskWidget());
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &DeskUndo::undo);
    PermissionGate::bind(session, shortcut, {Permission::CheckInOut});
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] { m_desk.showStatus(BusyRetry::waitingMessage(), false); });
}

void DeskUndo::remember(DeparturePolicy::VoidKind kind, const QList<AttendanceRecord>& records)
{
    m_kind = kind;
    m_attendanceIds.clear();
    m_names.clear();
    for (const AttendanceRecord& record : records) {
        m_attendanceIds << record.id;
        m_names << record.childName;
    }
    if (m_attendanceIds.isEmpty()) {
        forget();
        return;
    }
    const QString names = m_names.join(QStringLiteral(", "));
    m_button->setText(kind == DeparturePolicy::VoidKind::CheckIn ? tr("Undo check-in of %1 (Ctrl+Z)").arg(names)
                                                                 : tr("Undo check-out of %1 (Ctrl+Z)").arg(names));
    const auto minutes = m_corrections.voidWindowMinutes();
    m_button->setVisible(!minutes || minutes.value() > 0); // 0: the centre allows no undo at the desk
    m_expiry->start(std::chrono::minutes(minutes ? minutes.value() : 5));
}

void DeskUndo::forget()
{
    m_attendanceIds.clear();
    m_names.clear();
    m_expiry->stop();
    m_button->hide();
}

void DeskUndo::undo()
{
    if (m_attendanceIds.isEmpty()) {
        m_desk.showStatus(tr("Nothing to undo at this desk."), false);
        m_desk.focusSearch();
        return;
    }
    const QList<qint64> ids = m_attendanceIds;
    const DeparturePolicy::VoidKind kind = m_kind;
    const QString names = m_names.join(QStringLiteral(", "));
    const bool started = m_busyRetry->run(
        [this, ids, kind]() -> Result<void> {
            auto done = m_corrections.undo(ids, kind);
            return done ? Result<void> {} : Result<void>(done.error());
        },
        [this, kind, names](const Result<void>& done) {
            // Done or refused, this action is settled: a refusal stands (later is a director's correction).
            forget();
            if (!done) {
                m_desk.showStatus(done.errorString(), false);
                return;
            }
            m_desk.showStatus(kind == DeparturePolicy::VoidKind::CheckIn
                                  ? tr("Check-in undone for %1.").arg(names)
                                  : tr("Check-out undone for %1: here again, and the next check-out goes "
                                       "through the pickup list again.")
                                        .arg(names),
                              true);
        });
    if (!started) {
        m_desk.showStatus(BusyRetry::waitingMessage(), false);
    }
    m_desk.focusSearch();
}

} // namespace Kindred
