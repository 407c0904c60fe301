// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DropInDialog.h"

#include "attendance/AttendanceService.h"
#include "attendance/DropInRegistration.h"
#include "centre/CentreService.h"
#include "families/FamilyService.h"
#include "store/BusyRetry.h"
#include "widgets/FieldPath.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {
namespace {

// What the receptionist types: the locale's short date, or ISO; anything else is no date, which
// core refuses naming the field.
QDate parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    QDate date = QLocale().toDate(trimmed, dateEditFormat());
    if (!date.isValid()) {
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    }
    if (!date.isValid()) {
        date = QDate::fromString(trimmed, Qt::ISODate);
    }
    return date;
}

} // namespace

DropInDialog::DropInDialog(FamilyService& families, CentreService& centre, AttendanceService& attendance,
                           qint64 deskStaffId, QWidget* parent)
    : QDialog(parent)
    , m_families(families)
    , m_attendance(attendance)
    , m_deskStaffId(deskStaffId)
    , m_childFirstNameLineEdit(new QLineEdit(this))
    , m_childLastNameLineEdit(new QLineEdit(this))
    , m_dateOfBirthLineEdit(new QLineEdit(this))
    , m_roomComboBox(new QComboBox(this))
    , m_allergiesLineEdit(new QLineEdit(this))
    , m_lifeThreateningCheckBox(new QCheckBox(tr("Life-threatening"), this))
    , m_adultFirstNameLineEdit(new QLineEdit(this))
    , m_adultLastNameLineEdit(new QLineEdit(this))
    , m_relationLineEdit(new QLineEdit(tr("Parent"), this))
    , m_phoneLineEdit(new QLineEdit(this))
    , m_checkInNowCheckBox(new QCheckBox(tr("Check the child in now, brought by this adult"), this))
    , m_errorLabel(new QLabel(this))
    , m_registerButton(new QPushButton(tr("Register"), this))
    , m_busyRetry(new BusyRetry(this))
{
    setObjectName(QStringLiteral("dropInDialog"));
    setWindowTitle(tr("Drop-in or visiting child"));
    m_childFirstNameLineEdit->setObjectName(QStringLiteral("childFirstNameLineEdit"));
    m_childLastNameLineEdit->setObjectName(QStringLiteral("childLastNameLineEdit"));
    m_dateOfBirthLineEdit->setObjectName(QStringLiteral("dateOfBirthLineEdit"));
    m_roomComboBox->setObjectName(QStringLiteral("roomComboBox"));
    m_allergiesLineEdit->setObjectName(QStringLiteral("allergiesLineEdit"));
    m_lifeThreateningCheckBox->setObjectName(QStringLiteral("lifeThreateningCheckBox"));
    m_adultFirstNameLineEdit->setObjectName(QStringLiteral("adultFirstNameLineEdit"));
    m_adultLastNameLineEdit->setObjectName(QStringLiteral("adultLastNameLineEdit"));
    m_relationLineEdit->setObjectName(QStringLiteral("relationLineEdit"));
    m_phoneLineEdit->setObjectName(QStringLiteral("adultPhoneLineEdit"));
    m_checkInNowCheckBox->setObjectName(QStringLiteral("checkInNowCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("dropInErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_registerButton->setObjectName(QStringLiteral("registerButton"));

    m_dateOfBirthLineEdit->setPlaceholderText(dateEditFormat().toLower());
    m_allergiesLineEdit->setPlaceholderText(tr("none, or e.g. peanuts, egg"));
    m_adultLastNameLineEdit->setPlaceholderText(tr("same as the child's"));
    m_phoneLineEdit->setPlaceholderText(tr("a number the centre can call today"));
    m_roomComboBox->addItem(tr("(no room)"), qint64(0));
    const auto rooms = centre.rooms();
    for (const Room& room : rooms ? rooms.value() : QList<Room> {}) {
        m_roomComboBox->addItem(room.name, room.id);
    }
    m_checkInNowCheckBox->setChecked(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->hide();
    m_registerButton->setDefault(true);
    if (!rooms) { // the rooms are not "none": the error shows, what is typed stays, registering waits
        m_readError = rooms.errorString();
        showError(Error {m_readError});
        m_registerButton->setEnabled(false);
    }

    auto* allergies = new QHBoxLayout;
    allergies->addWidget(m_allergiesLineEdit, 1);
    allergies->addWidget(m_lifeThreateningCheckBox);

    auto* childForm = new QFormLayout;
    childForm->addRow(tr("Child's &first name:"), m_childFirstNameLineEdit);
    childForm->addRow(tr("Child's family &name:"), m_childLastNameLineEdit);
    childForm->addRow(tr("&Date of birth:"), m_dateOfBirthLineEdit);
    childForm->addRow(tr("&Room:"), m_roomComboBox);
    auto* allergiesLabel = new QLabel(tr("&Allergies:"), this);
    allergiesLabel->setBuddy(m_allergiesLineEdit); // the row is a layout, so the form cannot set the buddy
    childForm->addRow(allergiesLabel, allergies);
    auto* adultForm = new QFormLayout;
    adultForm->addRow(tr("Adult's first na&me:"), m_adultFirstNameLineEdit);
    adultForm->addRow(tr("Adult's family nam&e:"), m_adultLastNameLineEdit);
    adultForm->addRow(tr("Re&lation:"), m_relationLineEdit);
    adultForm->addRow(tr("&Phone:"), m_phoneLineEdit);

    auto* heading = new QLabel(tr("<b>The adult who brings the child</b> — at least one phone number the centre can "
                                  "call is required."),
                               this);
    heading->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_registerButton, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(childForm);
    layout->addSpacing(6);
    layout->addWidget(heading);
    layout->addLayout(adultForm);
    layout->addWidget(m_checkInNowCheckBox);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    m_busyRetry->setObjectName(QStringLiteral("dropInBusyRetry"));
    connect(this, &QDialog::rejected, m_busyRetry, &BusyRetry::cancel);
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] {
        m_errorLabel->setText(BusyRetry::waitingMessage());
        m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Warning));
        m_errorLabel->show();
    });

    // Tab order follows the form; the check boxes are skipped by Tab so the path stays short.
    m_lifeThreateningCheckBox->setFocusPolicy(Qt::ClickFocus);
    m_checkInNowCheckBox->setFocusPolicy(Qt::ClickFocus);
    setTabOrder(m_childFirstNameLineEdit, m_childLastNameLineEdit);
    setTabOrder(m_childLastNameLineEdit, m_dateOfBirthLineEdit);
    setTabOrder(m_dateOfBirthLineEdit, m_roomComboBox);
    setTabOrder(m_roomComboBox, m_allergiesLineEdit);
    setTabOrder(m_allergiesLineEdit, m_adultFirstNameLineEdit);
    setTabOrder(m_adultFirstNameLineEdit, m_adultLastNameLineEdit);
    setTabOrder(m_adultLastNameLineEdit, m_relationLineEdit);
    setTabOrder(m_relationLineEdit, m_phoneLineEdit);

    connect(m_registerButton, &QPushButton::clicked, this, &DropInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_childFirstNameLineEdit->setFocus();
    setMinimumWidth(520);
}

Family DropInDialog::familyFromForm() const
{
    Family family;
    Child child;
    child.firstName = m_childFirstNameLineEdit->text().trimmed();
    child.lastName = m_childLastNameLineEdit->text().trimmed();
    child.dateOfBirth = parseDate(m_dateOfBirthLineEdit->text());
    child.roomId = m_roomComboBox->currentData().toLongLong();
    const auto severity
        = m_lifeThreateningCheckBox->isChecked() ? AllergySeverity::LifeThreatening : AllergySeverity::Moderate;
    for (const QString& allergen : m_allergiesLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!allergen.trimmed().isEmpty()) {
            child.allergies << Allergy {allergen.trimmed(), severity, {}, {}};
        }
    }
    family.children << child;
    if (!m_adultFirstNameLineEdit->text().trimmed().isEmpty() || !m_phoneLineEdit->text().trimmed().isEmpty()) {
        Person adult;
        adult.id = -1; // a new person, referred to by the pickup list until saved
        adult.firstName = m_adultFirstNameLineEdit->text().trimmed();
        adult.lastName = m_adultLastNameLineEdit->text().trimmed().isEmpty()
            ? child.lastName
            : m_adultLastNameLineEdit->text().trimmed();
        adult.relation = m_relationLineEdit->text().trimmed();
        adult.isGuardian = true;
        adult.mobilePhone = m_phoneLineEdit->text().trimmed();
        family.adults << adult;
    }
    family.householdName = family.adults.isEmpty() ? child.lastName : family.adults.first().lastName;
    return family;
}

void DropInDialog::submit()
{
    if (!m_readError.isEmpty()) {
        showError(Error {m_readError});
        return;
    }
    const Family typed = familyFromForm();
    const bool checkIn = m_checkInNowCheckBox->isChecked();
    setFormEnabled(false); // what is saved after a wait is what is on screen
    m_busyRetry->run(
        [this, typed, checkIn]() -> Result<void> {
            if (m_family.id == 0) { // not registered yet (a wait may come between the two steps)
                Family family = typed;
                if (auto registered = DropInRegistration::registerFamily(m_families, family); !registered) {
                    return registered.error();
                }
                m_family = family;
                m_summary = tr("%1 is registered as a drop-in.").arg(m_family.children.first().displayName());
            }
            if (checkIn) {
                const Child& child = m_family.children.first();
                auto checkedIn = m_attendance.checkIn({child.id}, m_family.adults.first().id, m_deskStaffId);
                if (!checkedIn) {
                    return checkedIn.error();
                }
                m_summary = tr("%1 is registered as a drop-in and checked in (code %2).")
                                .arg(child.displayName(), checkedIn->first().securityCode);
            }
            return {};
        },
        [this](const Result<void>& done) {
            setFormEnabled(true);
            if (!done && m_family.id == 0) {
                showError(done.error());
                return;
            }
            if (!done) {
                m_summary = tr("%1 is registered, but was not checked in: %2")
                                .arg(m_family.children.first().displayName(), done.errorString());
            }
            accept();
        });
}

void DropInDialog::setFormEnabled(bool enabled)
{
    const QList<QWidget*> inputs {m_childFirstNameLineEdit, m_childLastNameLineEdit, m_dateOfBirthLineEdit,
                                  m_roomComboBox,           m_allergiesLineEdit,     m_lifeThreateningCheckBox,
                                  m_adultFirstNameLineEdit, m_adultLastNameLineEdit, m_relationLineEdit,
                                  m_phoneLineEdit,          m_checkInNowCheckBox,    m_registerButton};
    for (QWidget* input : inputs) {
        input->setEnabled(enabled);
    }
    m_registerButton->setEnabled(enabled && m_readError.isEmpty());
}

void DropInDialog::showError(const Error& error)
{
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setText(error.message);
    m_errorLabel->show();
    const FieldPath head = FieldPath::head(error.field);
    const QString rest = head.rest;
    QWidget* target = m_childFirstNameLineEdit;
    if (head.name == QLatin1String("adults") || head.name == QLatin1String("householdName")) {
        if (rest == QLatin1String("firstName")) {
            target = m_adultFirstNameLineEdit;
        } else if (rest == QLatin1String("lastName") || head.name == QLatin1String("householdName")) {
            target = m_adultLastNameLineEdit;
        } else if (rest == QLatin1String("relation")) {
            target = m_relationLineEdit;
        } else {
            target = m_phoneLineEdit; // mobilePhone, or any other phone
        }
    } else if (head.name == QLatin1String("children")) {
        if (rest == QLatin1String("lastName")) {
            target = m_childLastNameLineEdit;
        } else if (rest == QLatin1String("dateOfBirth")) {
            target = m_dateOfBirthLineEdit;
        } else if (rest.startsWith(QLatin1String("allergies"))) {
            target = m_allergiesLineEdit;
        } else if (rest.startsWith(QLatin1String("emergencyContacts")) || rest.startsWith(QLatin1String("pickups"))) {
            target = m_phoneLineEdit;
        } else if (rest == QLatin1String("roomId")) {
            target = m_roomComboBox;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(target)) {
        edit->selectAll();
    }
}

} // namespace Kindred
