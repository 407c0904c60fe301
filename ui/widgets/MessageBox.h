// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <optional>

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

    // Asks for one line of text (a reason, a note) that starts as `text`; nothing when cancelled.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          const QString& text = {});
    // Asks to choose one of `items` (or, when `editable`, to type another); nothing when cancelled.
    static std::optional<QString> askItem(QWidget* parent, const QString& title, const QString& label,
                                          const QStringList& items, bool editable = false);

    // The next box is not shown: it returns `answer` at once. NoButton turns this off again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked for (shown or pre-answered), and how many were asked for.
    static QString lastText();
    // The detailed text of the last box asked for (empty when it had none).
    static QString lastDetails();
    static int count();
    // The next prompt (askText, askItem) is not shown: it returns `answer` at once, std::nullopt as if
    // cancelled. Answers queue up, one per prompt, for a flow that asks twice.
    static void answerNextPrompt(const std::optional<QString>& answer);
    // The label of the last prompt asked for, and how many were asked for.
    static QString lastPrompt();
    static int promptCount();
    // Forgets the record of boxes and prompts, and any prompt answers still queued.
    static void resetRecord();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString& details = {});

    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
    static QString s_lastDetails;
    static int s_count;
    static QList<std::optional<QString>> s_promptAnswers;
    static QString s_lastPrompt;
    static int s_promptCount;
};

} // namespace Kindred
