// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBox.h"

#include <QDebug>
#include <QInputDialog>

namespace Kindred {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QString MessageBox::s_lastDetails;
int MessageBox::s_count = 0;
QList<std::optional<QString>> MessageBox::s_promptAnswers;
QString MessageBox::s_lastPrompt;
int MessageBox::s_promptCount = 0;

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, QMessageBox::NoButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, QMessageBox::NoButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text,
                                                    QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Information, parent, title, text, buttons, QMessageBox::NoButton);
}

QMessageBox::StandardButton MessageBox::criticalWithDetails(QWidget* parent, const QString& title, const QString& text,
                                                            const QString& details)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::NoButton, details);
}

QMessageBox::StandardButton MessageBox::warningWithDetails(QWidget* parent, const QString& title, const QString& text,
                                                           const QString& details)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::NoButton, details);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

std::optional<QString> MessageBox::askText(QWidget* parent, const QString& title, const QString& label,
                                           const QString& text)
{
    s_lastPrompt = label;
    ++s_promptCount;
    if (!s_promptAnswers.isEmpty()) {
        return s_promptAnswers.takeFirst();
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

std::optional<QString> MessageBox::askItem(QWidget* parent, const QString& title, const QString& label,
                                           const QStringList& items, bool editable)
{
    s_lastPrompt = label;
    ++s_promptCount;
    if (!s_promptAnswers.isEmpty()) {
        return s_promptAnswers.takeFirst();
    }
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, 0, editable, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

void MessageBox::answerNextPrompt(const std::optional<QString>& answer)
{
    s_promptAnswers.append(answer);
}

QString MessageBox::lastPrompt()
{
    return s_lastPrompt;
}

int MessageBox::promptCount()
{
    return s_promptCount;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QString MessageBox::lastDetails()
{
    return s_lastDetails;
}

int MessageBox::count()
{
    return s_count;
}

void MessageBox::resetRecord()
{
    s_lastText.clear();
    s_lastDetails.clear();
    s_count = 0;
    s_promptAnswers.clear();
    s_lastPrompt.clear();
    s_promptCount = 0;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton, const QString& details)
{
    s_lastText = text;
    s_lastDetails = details;
    ++s_count;
    if (icon == QMessageBox::Critical) {
        // Also on the terminal: a failure to start must be readable where no window can be seen.
        qWarning().noquote() << title << ":" << text << (details.isEmpty() ? QString() : QLatin1Char('\n') + details);
    }
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // messages name people: a name is shown as typed, never as HTML
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace Kindred
