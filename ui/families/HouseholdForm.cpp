// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/HouseholdForm.h"

#include "base/FieldLimits.h"
#include "widgets/FieldProblemLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Kindred {
namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty()) {
            items << item.trimmed();
        }
    }
    return items;
}

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

HouseholdForm::HouseholdForm(QWidget* parent)
    : QWidget(parent)
    , m_nameLineEdit(lineEdit(this, "householdNameLineEdit"))
    , m_address1LineEdit(lineEdit(this, "addressLine1LineEdit"))
    , m_address2LineEdit(lineEdit(this, "addressLine2LineEdit"))
    , m_cityLineEdit(lineEdit(this, "cityLineEdit"))
    , m_postcodeLineEdit(lineEdit(this, "postcodeLineEdit"))
    , m_languagesLineEdit(lineEdit(this, "languagesLineEdit"))
    , m_culturesLineEdit(lineEdit(this, "culturesLineEdit"))
    , m_celebrationsLineEdit(lineEdit(this, "celebrationsLineEdit"))
    , m_shareCulturesCheckBox(new QCheckBox(tr("The family is happ&y to share its cultures and celebrations with "
                                               "the centre community"),
                                            this))
    , m_statusComboBox(new QComboBox(this))
    , m_cardCodeLineEdit(lineEdit(this, "cardCodeLineEdit"))
    , m_notesPlainTextEdit(new QPlainTextEdit(this))
    , m_problems(new FieldProblemLabels(this))
{
    m_shareCulturesCheckBox->setObjectName(QStringLiteral("shareCulturesCheckBox"));
    m_statusComboBox->setObjectName(QStringLiteral("statusComboBox"));
    m_notesPlainTextEdit->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notesPlainTextEdit->setTabChangesFocus(true);
    m_notesPlainTextEdit->setMaximumHeight(80);
    for (auto status :
         {FamilyStatus::Enquiry, FamilyStatus::Waitlist, FamilyStatus::Enrolled, FamilyStatus::Withdrawn}) {
        m_statusComboBox->addItem(familyStatusName(status), int(status));
    }
    m_languagesLineEdit->setPlaceholderText(tr("comma-separated, e.g. English, Igbo"));
    m_culturesLineEdit->setPlaceholderText(tr("comma-separated"));
    m_celebrationsLineEdit->setPlaceholderText(tr("comma-separated, e.g. Diwali, Lunar New Year"));
    m_cardCodeLineEdit->setPlaceholderText(tr("made when saved"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Family &name:"), m_nameLineEdit);
    form->addRow(tr("A&ddress:"), m_address1LineEdit);
    form->addRow(QString(), m_address2LineEdit);
    m_address2LineEdit->setAccessibleName(tr("Address, second line"));
    form->addRow(tr("C&ity:"), m_cityLineEdit);
    form->addRow(tr("&Postcode:"), m_postcodeLineEdit);
    form->addRow(tr("&Languages:"), m_languagesLineEdit);
    form->addRow(tr("C&ultures:"), m_culturesLineEdit);
    form->addRow(tr("Cele&brations:"), m_celebrationsLineEdit);
    form->addRow(QString(), m_shareCulturesCheckBox);
    form->addRow(tr("S&tatus:"), m_statusComboBox);
    form->addRow(tr("Ca&rd code:"), m_cardCodeLineEdit);
    form->addRow(tr("N&otes:"), m_notesPlainTextEdit);

    m_problems->bindLines({
        {"householdName", m_nameLineEdit, FieldLimits::FamilyName},
        {"addressLine1", m_address1LineEdit, FieldLimits::AddressLine},
        {"addressLine2", m_address2LineEdit, FieldLimits::AddressLine},
        {"city", m_cityLineEdit, FieldLimits::AddressLine},
        {"postcode", m_postcodeLineEdit, FieldLimits::Postcode},
        {"languages", m_languagesLineEdit, FieldLimits::ShortText},
        {"cultures", m_culturesLineEdit, FieldLimits::ShortText},
        {"celebrations", m_celebrationsLineEdit, FieldLimits::ShortText},
        {"cardCode", m_cardCodeLineEdit, 16},
    });
    m_problems->bind(QStringLiteral("notes"), m_notesPlainTextEdit);
}

FieldProblems HouseholdForm::showProblems(const FieldProblems& problems)
{
    return m_problems->show(problems, false);
}

void HouseholdForm::setFamily(const Family& family)
{
    m_nameLineEdit->setText(family.householdName);
    m_address1LineEdit->setText(family.addressLine1);
    m_address2LineEdit->setText(family.addressLine2);
    m_cityLineEdit->setText(family.city);
    m_postcodeLineEdit->setText(family.postcode);
    m_languagesLineEdit->setText(family.languages.join(QStringLiteral(", ")));
    m_culturesLineEdit->setText(family.cultures.join(QStringLiteral(", ")));
    m_celebrationsLineEdit->setText(family.celebrations.join(QStringLiteral(", ")));
    m_shareCulturesCheckBox->setChecked(family.shareCultures);
    m_statusComboBox->setCurrentIndex(m_statusComboBox->findData(int(family.status)));
    m_cardCodeLineEdit->setText(family.cardCode);
    m_notesPlainTextEdit->setPlainText(family.notes);
}

void HouseholdForm::writeTo(Family& family) const
{
    family.householdName = m_nameLineEdit->text().trimmed();
    family.addressLine1 = m_address1LineEdit->text().trimmed();
    family.addressLine2 = m_address2LineEdit->text().trimmed();
    family.city = m_cityLineEdit->text().trimmed();
    family.postcode = m_postcodeLineEdit->text().trimmed();
    family.languages = splitList(m_languagesLineEdit->text());
    family.cultures = splitList(m_culturesLineEdit->text());
    family.celebrations = splitList(m_celebrationsLineEdit->text());
    family.shareCultures = m_shareCulturesCheckBox->isChecked();
    family.status = static_cast<FamilyStatus>(m_statusComboBox->currentData().toInt());
    // Scanners send capitals; what a person types is made to match.
    family.cardCode = m_cardCodeLineEdit->text().trimmed().toUpper();
    family.notes = m_notesPlainTextEdit->toPlainText().trimmed();
}

bool HouseholdForm::focusField(const QString& field)
{
    QWidget* target = nullptr;
    if (field == QLatin1String("householdName")) {
        target = m_nameLineEdit;
    } else if (field == QLatin1String("cardCode")) {
        target = m_cardCodeLineEdit;
    } else if (field == QLatin1String("status")) {
        target = m_statusComboBox;
    } else if (field == QLatin1String("addressLine2")) {
        target = m_address2LineEdit;
    } else if (field.startsWith(QLatin1String("address"))) {
        target = m_address1LineEdit;
    } else if (QWidget* bound = m_problems->widget(field)) {
        target = bound;
    }
    if (!target) {
        return false;
    }
    target->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(target)) {
        edit->selectAll();
    }
    return true;
}

} // namespace Kindred
