// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PermissionGate.h"

#include "centre/Session.h"

#include <QAction>
#include <QShortcut>
#include <QWidget>

#include <algorithm>

namespace Kindred {

bool PermissionGate::allows(const Session& session, const QList<Permission>& anyOf)
{
    return std::any_of(anyOf.cbegin(), anyOf.cend(), [&session](Permission p) { return session.can(p); });
}

void PermissionGate::bind(Session& session, QObject* context, const QList<Permission>& anyOf,
                          const std::function<void(bool allowed)>& apply)
{
    watch(session, context, [&session, anyOf, apply] { apply(allows(session, anyOf)); });
}

bool PermissionGate::allowsAll(const Session& session, const QList<Permission>& allOf)
{
    return std::all_of(allOf.cbegin(), allOf.cend(), [&session](Permission p) { return session.can(p); });
}

void PermissionGate::bindAll(Session& session, QWidget* widget, const QList<Permission>& allOf)
{
    watch(session, widget, [&session, widget, allOf] { widget->setVisible(allowsAll(session, allOf)); });
}

void PermissionGate::bindAll(Session& session, QShortcut* shortcut, const QList<Permission>& allOf)
{
    watch(session, shortcut, [&session, shortcut, allOf] { shortcut->setEnabled(allowsAll(session, allOf)); });
}

void PermissionGate::watch(Session& session, QObject* context, const std::function<void()>& update)
{
    update();
    QObject::connect(&session, &Session::actorChanged, context, update);
    QObject::connect(&session, &Session::permissionsChanged, context, update);
}

void PermissionGate::bind(Session& session, QWidget* widget, const QList<Permission>& anyOf, Mode mode)
{
    bind(session, widget, anyOf, [widget, mode](bool allowed) {
        if (mode == Mode::Disable) {
            widget->setEnabled(allowed);
        } else {
            widget->setVisible(allowed);
        }
    });
}

void PermissionGate::bind(Session& session, QAction* action, const QList<Permission>& anyOf)
{
    bind(session, action, anyOf, [action](bool allowed) { action->setVisible(allowed); });
}

void PermissionGate::bind(Session& session, QShortcut* shortcut, const QList<Permission>& anyOf)
{
    bind(session, shortcut, anyOf, [shortcut](bool allowed) { shortcut->setEnabled(allowed); });
}

} // namespace Kindred
