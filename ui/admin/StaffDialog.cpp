// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffDialog.h"

#include "base/FieldLimits.h"
#include "centre/CentreService.h"
#include "centre/CentreValidation.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/LanguageComboBox.h"
#include "widgets/Palette.h"
#include "widgets/PhotoField.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Kindred {

StaffDialog::StaffDialog(CentreService& centre, const StaffMember& member, QWidget* parent)
    : QDialog(parent)
    , m_centre(centre)
    , m_member(member)
    , m_firstNameLineEdit(new QLineEdit(member.firstName, this))
    , m_lastNameLineEdit(new QLineEdit(member.lastName, this))
    , m_roleComboBox(new QComboBox(this))
    , m_roomComboBox(new QComboBox(this))
    , m_phoneLineEdit(new QLineEdit(member.phone, this))
    , m_emailLineEdit(new QLineEdit(member.email, this))
    , m_certificationsLineEdit(new QLineEdit(member.certifications.join(QStringLiteral(", ")), this))
    , m_languageComboBox(new LanguageComboBox(tr("The centre's language"), this))
    , m_photoField(new PhotoField(this))
    , m_errorLabel(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
    , m_problems(new FieldProblemLabels(this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(member.id == 0 ? tr("New staff member") : member.fullName());
    m_firstNameLineEdit->setObjectName(QStringLiteral("staffFirstNameLineEdit"));
    m_lastNameLineEdit->setObjectName(QStringLiteral("staffLastNameLineEdit"));
    m_roleComboBox->setObjectName(QStringLiteral("staffRoleComboBox"));
    m_roomComboBox->setObjectName(QStringLiteral("staffRoomComboBox"));
    m_phoneLineEdit->setObjectName(QStringLiteral("staffPhoneLineEdit"));
    m_emailLineEdit->setObjectName(QStringLiteral("staffEmailLineEdit"));
    m_certificationsLineEdit->setObjectName(QStringLiteral("staffCertificationsLineEdit"));
    m_certificationsLineEdit->setPlaceholderText(tr("comma-separated, e.g. First aid (exp. 2027-03)"));
    m_languageComboBox->setObjectName(QStringLiteral("staffLanguageComboBox"));
    m_languageComboBox->setToolTip(tr("Kindred's window speaks this language while they are signed in."));
    m_languageComboBox->setLanguage(member.language);
    for (auto role : {StaffRole::Receptionist, StaffRole::Staff, StaffRole::Director, StaffRole::Administrator}) {
        m_roleComboBox->addItem(staffRoleName(role), int(role));
    }
    m_roleComboBox->setCurrentIndex(m_roleComboBox->findData(int(member.role)));
    m_roomComboBox->addItem(tr("(floating)"), qint64(0));
    const auto rooms = centre.rooms();
    for (const Room& room : rooms ? rooms.value() : QList<Room> {}) {
        m_roomComboBox->addItem(room.name, room.id);
    }
    m_roomComboBox->setCurrentIndex(qMax(0, m_roomComboBox->findData(member.roomId)));
    m_photoField->setPhoto(member.photo);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&First name:"), m_firstNameLineEdit);
    form->addRow(tr("Famil&y name:"), m_lastNameLineEdit);
    form->addRow(tr("R&ole:"), m_roleComboBox);
    form->addRow(tr("&Room:"), m_roomComboBox);
    form->addRow(tr("&Phone:"), m_phoneLineEdit);
    form->addRow(tr("&Email:"), m_emailLineEdit);
    form->addRow(tr("&Certifications:"), m_certificationsLineEdit);
    form->addRow(tr("&Language:"), m_languageComboBox);
    form->addRow(tr("Photo:"), m_photoField);
    form->addRow(m_errorLabel);
    form->addRow(m_conflictBar);
    form->addRow(buttons);
    m_problems->bindLines({
        {"firstName", m_firstNameLineEdit, FieldLimits::PersonName},
        {"lastName", m_lastNameLineEdit, FieldLimits::PersonName},
        {"phone", m_phoneLineEdit, FieldLimits::Phone},
        {"email", m_emailLineEdit, FieldLimits::Email},
        {"certifications", m_certificationsLineEdit, FieldLimits::Notes},
    });
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &StaffDialog::reload);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!rooms) {
        // The rooms are not "none": the error shows, and saving waits, since the member's room would otherwise
        // be saved as "(floating)".
        m_errorLabel->setText(rooms.errorString());
        m_errorLabel->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_roomComboBox->setEnabled(false);
    }
    resize(480, sizeHint().height());
}

StaffMember StaffDialog::member() const
{
    StaffMember member = m_member;
    member.firstName = m_firstNameLineEdit->text().trimmed();
    member.lastName = m_lastNameLineEdit->text().trimmed();
    member.role = static_cast<StaffRole>(m_roleComboBox->currentData().toInt());
    member.roomId = m_roomComboBox->currentData().toLongLong();
    member.phone = m_phoneLineEdit->text().trimmed();
    member.email = m_emailLineEdit->text().trimmed();
    member.language = m_languageComboBox->language();
    member.certifications.clear();
    for (const QString& item : m_certificationsLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty()) {
            member.certifications << item.trimmed();
        }
    }
    if (m_photoField->isNew()) {
        member.photo = m_photoField->photo();
        member.photoId = 0;
    }
    return member;
}

void StaffDialog::save()
{
    StaffMember edited = member();
    // Every problem at once, each under its field; nothing is saved until there is none.
    if (const FieldProblems problems = CentreValidation::problems(edited); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    auto saved = m_centre.saveStaff(edited);
    if (saved) {
        m_member = edited;
        accept();
        return;
    }
    if (m_conflictBar->showIfConflict(saved.error())) { // changed at another desk: what was typed stays
        m_errorLabel->hide();
        return;
    }
    FieldProblems problems;
    problems.add(saved.error().field, saved.errorString());
    showProblems(problems);
}

void StaffDialog::showProblems(const FieldProblems& problems)
{
    m_problems->show(problems, m_errorLabel);
}

void StaffDialog::reload()
{
    auto current = m_centre.staffMember(m_member.id);
    if (!current) {
        m_errorLabel->setText(current.errorString());
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_member = current.value();
    m_firstNameLineEdit->setText(m_member.firstName);
    m_lastNameLineEdit->setText(m_member.lastName);
    m_roleComboBox->setCurrentIndex(m_roleComboBox->findData(int(m_member.role)));
    m_roomComboBox->setCurrentIndex(qMax(0, m_roomComboBox->findData(m_member.roomId)));
    m_phoneLineEdit->setText(m_member.phone);
    m_emailLineEdit->setText(m_member.email);
    m_certificationsLineEdit->setText(m_member.certifications.join(QStringLiteral(", ")));
    m_languageComboBox->setLanguage(m_member.language);
    m_photoField->setPhoto(m_member.photo);
}

} // namespace Kindred
