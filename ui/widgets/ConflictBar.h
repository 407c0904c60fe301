// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Kindred {

// What every editor of a shared record shows when core refuses a stale save (Error::Code::Conflict,
// issue 13 point 4): the editor stays open with what the user typed, this bar says what changed at
// another desk, and its Reload button — after the user confirms that their edits will be discarded —
// asks the editor to load the record as it is now. One bar for every editor, so they all behave alike.
class ConflictBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictBar(QWidget* parent = nullptr);

    // Shows `error` and returns true when it is a conflict; otherwise hides and returns false, so the
    // editor shows the error its usual way.
    bool showIfConflict(const Error& error);
    // The message shown (empty when hidden).
    QString text() const;

signals:
    // Reload was clicked and the user agreed to discard what they typed.
    void reloadRequested();

private:
    void askToReload();

    QLabel* m_label;
    QPushButton* m_reloadButton;
};

} // namespace Kindred
