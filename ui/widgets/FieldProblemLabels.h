// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"

#include <QHash>

#include <QObject>
#include <QPointer>
#include <initializer_list>

class QLabel;
class QLineEdit;
class QWidget;

namespace Kindred {

// A form's problems shown the one way (ui/STYLE-NOTE.md, "Errors"): each in a label right under its field, bold
// in Palette::Alert, with the keyboard focus on the first field in error. What was typed is never touched.
// A form binds each field core names (FieldProblems, Error::field) to its widget once; the label is put under
// the widget in its layout (a form row, a box, or the row of a form or column the widget shares with others) and
// stays hidden until there is a problem to say.
class FieldProblemLabels : public QObject
{
    Q_OBJECT

public:
    explicit FieldProblemLabels(QObject* parent);

    // Shows `field`'s problems under `widget` (and focuses it for them). Returns false when the widget sits in
    // no form row or box: its problems are then handed back by show().
    bool bind(const QString& field, QWidget* widget);
    // A line edit for each field, taking the length core allows it (base/FieldLimits.h) as its maximum.
    struct Line
    {
        const char* field;
        QLineEdit* edit;
        int maxLength;
    };
    void bindLines(std::initializer_list<Line> lines);

    // Shows each problem under its field, hides the labels of fields with none, and focuses the first field in
    // error when `focus`. Returns the problems no bound field holds, for the form to show elsewhere.
    FieldProblems show(const FieldProblems& problems, bool focus = true);
    // One Error from core (a refused save) as a problem at its field.
    FieldProblems show(const Error& error, bool focus = true);
    // show(), with the problems no field holds said in `rest` (one a line), which is shown only then. Returns them.
    FieldProblems show(const FieldProblems& problems, QLabel* rest, bool focus = true);
    // The problems' messages, one a line.
    static QString lines(const FieldProblems& problems);
    void clear();

    QLabel* label(const QString& field) const; // for tests
    QWidget* widget(const QString& field) const;

private:
    void setVisible(QLabel* label, bool visible);

    struct Binding
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
    };
    QHash<QString, Binding> m_bindings;
};

} // namespace Kindred
