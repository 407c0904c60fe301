// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;
class QLabel;

namespace Kindred {

// What an empty list or table says in place of its rows: why it is empty and what to do ("No families match
// “Iy”. Check the spelling, or search by phone or card number."), so that a blank never leaves the person
// guessing. Shown in the middle of the view whenever its model has no rows, hidden as soon as it has one; a
// list whose read failed shows the failure instead (setText). One helper for every list, as the dashboard's
// charts say why they are empty.
class EmptyListNote : public QObject
{
    Q_OBJECT

public:
    // Watches `view` (and whatever model it is given later); the note and its label belong to the view's viewport.
    EmptyListNote(QAbstractItemView* view, const QString& text);

    void setText(const QString& text);
    QString text() const;
    // Shown now (the view's model has no rows).
    bool isShown() const;
    QLabel* label() const { return m_label; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watchModel();
    void update();

    QPointer<QAbstractItemView> m_view;
    QLabel* m_label;
    QPointer<QObject> m_model;
};

} // namespace Kindred
