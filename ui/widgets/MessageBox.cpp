// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBox.h"

#include <QDebug>

namespace Kindred {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QString MessageBox::s_lastDetails;
int MessageBox::s_count = 0;

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
