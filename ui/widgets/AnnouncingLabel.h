// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Kindred {

// A status line that a screen reader speaks when it changes (issue 17, point 7). Qt 6.4 has no announcement
// event, so the label presents itself to assistive technology as a status bar and, on each announce(), sends
// a name-changed event (heard as the new status) and, for a refusal, an alert event too. Said again when the
// same text is announced twice: the second refused scan is as much news as the first.
class AnnouncingLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Urgency { Status, Alert };
    Q_ENUM(Urgency)

    explicit AnnouncingLabel(QWidget* parent = nullptr);

    // Shows `text` and has it spoken; an empty text clears the label quietly.
    void announce(const QString& text, Urgency urgency = Urgency::Status);
    Urgency urgency() const { return m_urgency; }

signals:
    // After the events were sent: what a screen reader was given to say. (Qt sends accessibility events only
    // while an assistive technology listens, so this is what a test can observe.)
    void announced(const QString& text, Kindred::AnnouncingLabel::Urgency urgency);

private:
    Urgency m_urgency = Urgency::Status;
};

} // namespace Kindred
