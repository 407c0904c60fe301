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
    // A failure whose system detail (SQLite's own words) waits behind "Show details", so that the box
    // fits the screen; an empty `details` shows a plain box.
    static QMessageBox::StandardButton criticalWithDetails(QWidget* parent, const QString& title, const QString& text,
                                                           const QString& details);
    static QMessageBox::StandardButton warningWithDetails(QWidget* parent, const QString& title, const QString& text,
                                                          const QString& details);
    // Asks a yes/no question; `defaultButton` is what Enter picks.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // The next box is not shown: it returns `answer` at once. NoButton turns this off again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked for (shown or pre-answered), and how many were asked for.
    static QString lastText();
    // The detailed text of the last box asked for (empty when it had none).
    static QString lastDetails();
    static int count();
    static void resetRecord();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString& details = {});

    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
    static QString s_lastDetails;
    static int s_count;
};

} // namespace Kindred
