// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Kindred {

// Every message box of the app goes through here, so that a test can answer the next one without a
// person (setNextAnswer) and check what it said (lastText). Modelled on KeePassXC's gui/MessageBox.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    // Asks a yes/no question; `defaultButton` is what Enter picks.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // The next box is not shown: it returns `answer` at once. NoButton turns this off again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked for (shown or pre-answered), and how many were asked for.
    static QString lastText();
    static int count();
    static void resetRecord();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);

    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
    static int s_count;
};

} // namespace Kindred
