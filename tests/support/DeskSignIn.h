// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/SecurityController.h"

#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QWidget>

namespace Kindred {

// Signs in at the real window's lock by typing `pin` and Enter into the sign-in dialog, as at the desk (the demo
// publishes 1111 for its director and 2222 for its receptionist). True once the lock has lifted; false when the
// window has no lock up or the PIN was refused. For GUI tests only (it needs the ui library).
inline bool signInAtTheLock(QWidget* window, const QString& pin)
{
    auto* security = window ? window->findChild<SecurityController*>() : nullptr;
    if (!security || !security->isLocked() || !security->dialog()) {
        return false;
    }
    auto* field = security->dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    if (!field) {
        return false;
    }
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
    // A person of another language gets a new window (and controller) once the lock lifts: gone means lifted.
    const QPointer<SecurityController> guard(security);
    return QTest::qWaitFor([guard] { return !guard || !guard->isLocked(); });
}

} // namespace Kindred
