// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionDialog.h"

#include "AttendanceCorrections.h"
#include "Clock.h"
#include "UiStyle.h"

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
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    m_fieldComboBox->setObjectName(QStringLiteral("correctionFieldComboBox"));
    m_timeEdit->setObjectName(QStringLiteral("correctionTimeEdit"));
    m_reasonLineEdit->setObjectName(QStringLiteral("correctionReasonLineEdit"));
    setWindowTitle(tr("Correct an attendance time"));
    setWindowModality(Qt::WindowModal);
    m_fieldComboBox->addItem(tr("Check-out time (forgotten check-out)"),
                             int(AttendanceCorrection::Field::CheckedOutAt));
    m_fieldComboBox->addItem(tr("Check-in time"), int(AttendanceCorrection::Field::CheckedInAt));
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setDisplayFormat(dateEditFormat() + QStringLiteral(" HH:mm"));
    m_reasonLineEdit->setPlaceholderText(tr("Why (kept with the old value)"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QString::fromLatin1(AlertColor)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Correct:"), m_fieldComboBox);
    form->addRow(tr("Correct time:"), m_timeEdit);
    form->addRow(tr("Reason:"), m_reasonLineEdit);
    form->addRow(m_errorLabel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CorrectionDialog::save()
{
    const QDateTime local(m_timeEdit->date(), m_timeEdit->time(), Clock::timeZone());
    auto done
        = m_corrections.correct(m_attendanceId, AttendanceCorrection::Field(m_fieldComboBox->currentData().toInt()),
                                local.toUTC(), m_reasonLineEdit->text());
    if (!done) {
        m_errorLabel->setText(done.errorString());
        return;
    }
    accept();
}

} // namespace Kindred
