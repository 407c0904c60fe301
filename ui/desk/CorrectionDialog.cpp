// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/CorrectionDialog.h"

#include "attendance/AttendanceCorrections.h"
#include "base/Clock.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Kindred {

CorrectionDialog::CorrectionDialog(AttendanceCorrections& corrections, qint64 attendanceId, QWidget* parent)
    : QDialog(parent)
    , m_corrections(corrections)
    , m_attendanceId(attendanceId)
    , m_fieldComboBox(new QComboBox(this))
    , m_timeEdit(new QDateTimeEdit(QDateTime(Clock::currentDate(), Clock::currentDateTime().time()), this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_warningLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    m_fieldComboBox->setObjectName(QStringLiteral("correctionFieldComboBox"));
    m_timeEdit->setObjectName(QStringLiteral("correctionTimeEdit"));
    m_reasonLineEdit->setObjectName(QStringLiteral("correctionReasonLineEdit"));
    m_warningLabel->setObjectName(QStringLiteral("correctionWarningLabel"));
    m_errorLabel->setObjectName(QStringLiteral("correctionErrorLabel"));
    setWindowTitle(tr("Correct an attendance record"));
    setWindowModality(Qt::WindowModal);

    const auto record = m_corrections.record(attendanceId);
    if (record) {
        m_record = record.value();
    }
    // Only what applies: a check-out time exists to correct, or a stay of an earlier day to close (a
    // child still here today leaves through a check-out, never through a correction).
    if (m_record.checkedOutAt.isValid()) {
        m_fieldComboBox->addItem(tr("Check-out time"), int(Action::CheckOutTime));
    } else if (m_record.id != 0 && m_record.day < Clock::currentDate()) {
        m_fieldComboBox->addItem(tr("Check-out time (forgotten check-out of an earlier day)"),
                                 int(Action::CheckOutTime));
    }
    m_fieldComboBox->addItem(tr("Check-in time"), int(Action::CheckInTime));
    m_fieldComboBox->addItem(tr("Void the check-in (it was a mistake)"), int(Action::VoidCheckIn));
    if (m_record.checkedOutAt.isValid()) {
        m_fieldComboBox->addItem(tr("Void the check-out (it was a mistake)"), int(Action::VoidCheckOut));
    }
    if (m_record.checkedInAt.isValid()) {
        const QDateTime local = (m_record.checkedOutAt.isValid() ? m_record.checkedOutAt : m_record.checkedInAt)
                                    .toTimeZone(Clock::timeZone());
        m_timeEdit->setDateTime(QDateTime(local.date(), local.time()));
    }
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setDisplayFormat(dateEditFormat() + QStringLiteral(" HH:mm"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert)));
    if (!record) {
        m_errorLabel->setText(record.errorString());
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    if (m_record.id != 0) {
        auto* name = new QLabel(m_record.childName, this);
        name->setTextFormat(Qt::PlainText);
        form->addRow(tr("Child:"), name);
    }
    form->addRow(tr("Correct:"), m_fieldComboBox);
    form->addRow(tr("Correct time:"), m_timeEdit);
    form->addRow(tr("Reason:"), m_reasonLineEdit);
    form->addRow(m_warningLabel);
    form->addRow(m_errorLabel);
    form->addRow(buttons);
    connect(m_fieldComboBox, &QComboBox::currentIndexChanged, this, &CorrectionDialog::updateForAction);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForAction();
}

void CorrectionDialog::setAction(Action action)
{
    m_fieldComboBox->setCurrentIndex(m_fieldComboBox->findData(int(action)));
}

CorrectionDialog::Action CorrectionDialog::action() const
{
    return Action(m_fieldComboBox->currentData().toInt());
}

void CorrectionDialog::updateForAction()
{
    const Action chosen = action();
    const bool isVoid = chosen == Action::VoidCheckIn || chosen == Action::VoidCheckOut;
    m_timeEdit->setEnabled(!isVoid);
    // Only the hint's number: the void itself reads the setting again and refuses if it cannot.
    const auto window = m_corrections.voidWindowMinutes();
    const int minutes = window ? window.value() : 5;
    m_reasonLineEdit->setPlaceholderText(
        isVoid ? tr("Why (needed after %n minute(s), or from another desk)", nullptr, minutes)
               : tr("Why (kept with the old value)"));
    if (chosen == Action::VoidCheckIn) {
        m_warningLabel->setText(tr("%1 will leave the roll call and every list of who is here, as if never checked "
                                   "in. Void a check-in only if the child did not come.")
                                    .arg(m_record.childName));
    } else if (chosen == Action::VoidCheckOut) {
        m_warningLabel->setText(tr("%1's stay will be open again: %1 counts as here until checked out to an adult "
                                   "on the pickup list.")
                                    .arg(m_record.childName));
    } else {
        m_warningLabel->clear();
    }
    m_warningLabel->setVisible(isVoid);
}

void CorrectionDialog::save()
{
    Result<AttendanceRecord> done = Error {};
    switch (action()) {
    case Action::VoidCheckIn:
        // The roll call is what an evacuation relies on: say so before a child disappears from it.
        if (m_record.isPresent()
            && MessageBox::question(this, tr("Void the check-in"),
                                    tr("%1 will no longer be on the roll call or counted as here. Void the check-in?")
                                        .arg(m_record.childName))
                != QMessageBox::Yes) {
            return;
        }
        done = m_corrections.voidCheckIn(m_attendanceId, m_reasonLineEdit->text());
        break;
    case Action::VoidCheckOut:
        done = m_corrections.voidCheckOut(m_attendanceId, m_reasonLineEdit->text());
        break;
    case Action::CheckOutTime:
    case Action::CheckInTime: {
        const QDateTime local(m_timeEdit->date(), m_timeEdit->time(), Clock::timeZone());
        done = m_corrections.correct(m_attendanceId,
                                     action() == Action::CheckInTime ? AttendanceCorrection::Field::CheckedInAt
                                                                     : AttendanceCorrection::Field::CheckedOutAt,
                                     local.toUTC(), m_reasonLineEdit->text());
        break;
    }
    }
    if (!done) {
        m_errorLabel->setText(done.errorString());
        if (done.error().field == QLatin1String("reason")) {
            m_reasonLineEdit->setFocus();
        }
        return;
    }
    accept();
}

} // namespace Kindred
