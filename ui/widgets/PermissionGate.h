// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Permission.h"

#include <QList>

#include <functional>

class QAction;
class QObject;
class QShortcut;
class QWidget;

namespace Kindred {

class Session;

// The one place where the UI hides what the acting user may not do. Each bind() applies the rule at
// once and again whenever the person at the desk or the permission matrix changes
// (Session::actorChanged, Session::permissionsChanged), for as long as the target lives. Core still
// refuses on its own (Session::require); this only spares the user buttons that would be refused.
// A list of permissions means "any of them".
class PermissionGate
{
public:
    enum class Mode {
        Hide, // shown only to those allowed (buttons, tabs' contents, sections)
        Disable, // shown but greyed (a field whose absence would be confusing)
    };

    static void bind(Session& session, QWidget* widget, const QList<Permission>& anyOf, Mode mode = Mode::Hide);
    // A hidden action is also disabled, so its shortcut does not fire.
    static void bind(Session& session, QAction* action, const QList<Permission>& anyOf);
    static void bind(Session& session, QShortcut* shortcut, const QList<Permission>& anyOf);
    // For what the others do not cover: `apply(allowed)` now and on every change while `context` lives.
    static void bind(Session& session, QObject* context, const QList<Permission>& anyOf,
                     const std::function<void(bool allowed)>& apply);

    // Shown only to those who have every one of `allOf` (a drop-in both registers a family and checks in).
    static void bindAll(Session& session, QWidget* widget, const QList<Permission>& allOf);
    static void bindAll(Session& session, QShortcut* shortcut, const QList<Permission>& allOf);

    static bool allows(const Session& session, const QList<Permission>& anyOf);
    static bool allowsAll(const Session& session, const QList<Permission>& allOf);

private:
    // `update()` now and whenever the actor or the matrix changes, while `context` lives.
    static void watch(Session& session, QObject* context, const std::function<void()>& update);
};

} // namespace Kindred
