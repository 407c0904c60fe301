// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ChildDetailsEditor.h"

#include "base/Clock.h"
#include "base/FieldLimits.h"
#include "families/AllergiesEditor.h"
#include "families/BookingsEditor.h"
#include "families/EmergencyContactsEditor.h"
#include "families/PickupRulesEditor.h"
#include "widgets/FieldPath.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/Icons.h"
#include "widgets/PhotoField.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

ChildDetailsEditor::ChildDetailsEditor(QWidget* parent)
    : QWidget(parent)
    , m_tabWidget(new QTabWidget(this))
{
    m_tabWidget->setObjectName(QStringLiteral("childTabWidget"));
    auto* childPage = new QWidget(m_tabWidget);
    m_firstNameLineEdit = lineEdit(childPage, "childFirstNameLineEdit");
    m_lastNameLineEdit = lineEdit(childPage, "childLastNameLineEdit");
    m_preferredNameLineEdit = lineEdit(childPage, "childPreferredNameLineEdit");
    m_dateOfBirthDateEdit = new QDateEdit(childPage);
    m_dateOfBirthDateEdit->setObjectName(QStringLiteral("childDateOfBirthDateEdit"));
    m_dateOfBirthDateEdit->setDisplayFormat(dateEditFormat());
    m_dateOfBirthDateEdit->setCalendarPopup(true);
    m_roomComboBox = new QComboBox(childPage);
    m_roomComboBox->setObjectName(QStringLiteral("childRoomComboBox"));
    m_photoField = new PhotoField(childPage);
    m_photoField->setObjectName(QStringLiteral("childPhotoField"));
    m_photoConsentCheckBox = new QCheckBox(tr("Photos of the child may be ta&ken and shared"), childPage);
    m_photoConsentCheckBox->setObjectName(QStringLiteral("childPhotoConsentCheckBox"));
    auto* form = new QFormLayout(childPage);
    form->addRow(tr("&First name:"), m_firstNameLineEdit);
    form->addRow(tr("Famil&y name:"), m_lastNameLineEdit);
    form->addRow(tr("&Preferred name:"), m_preferredNameLineEdit);
    form->addRow(tr("&Date of birth:"), m_dateOfBirthDateEdit);
    form->addRow(tr("R&oom:"), m_roomComboBox);
    form->addRow(tr("Photo:"), m_photoField);
    form->addRow(QString(), m_photoConsentCheckBox);
    m_tabWidget->addTab(childPage, tr("Chi&ld"));

    auto* medicalPage = new QWidget(m_tabWidget);
    m_allergiesEditor = new AllergiesEditor(medicalPage);
    m_medicalNotesPlainTextEdit = new QPlainTextEdit(medicalPage);
    m_medicalNotesPlainTextEdit->setObjectName(QStringLiteral("medicalNotesPlainTextEdit"));
    m_medicalNotesPlainTextEdit->setTabChangesFocus(true);
    m_medicalNotesPlaceholder = tr("conditions, medications, dietary needs, doctor");
    m_medicalNotesPlainTextEdit->setPlaceholderText(m_medicalNotesPlaceholder);
    auto* medicalLayout = new QVBoxLayout(medicalPage);
    auto* allergiesLabel
        = new QLabel(tr("Allergies (life-threatening ones are shown in red everywhere):"), medicalPage);
    medicalLayout->addWidget(allergiesLabel);
    medicalLayout->addWidget(m_allergiesEditor, 2);
    auto* notesLabel = new QLabel(tr("Medical &notes:"), medicalPage);
    notesLabel->setBuddy(m_medicalNotesPlainTextEdit);
    medicalLayout->addWidget(notesLabel);
    medicalLayout->addWidget(m_medicalNotesPlainTextEdit, 1);
    m_tabWidget->addTab(medicalPage, tr("Allergies && &medical"));

    m_contactsEditor = new EmergencyContactsEditor(m_tabWidget);
    m_tabWidget->addTab(m_contactsEditor, tr("&Emergency contacts"));
    m_pickupRulesEditor = new PickupRulesEditor(m_tabWidget);
    m_tabWidget->addTab(m_pickupRulesEditor, tr("Pick&up"));
    m_bookingsEditor = new BookingsEditor(m_tabWidget);
    m_bookingsEditor->setObjectName(QStringLiteral("bookingsEditor"));
    m_tabWidget->addTab(m_bookingsEditor, tr("&Bookings"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabWidget);

    m_problems = new FieldProblemLabels(this);
    for (QLineEdit* edit : {m_firstNameLineEdit, m_lastNameLineEdit, m_preferredNameLineEdit}) {
        edit->setMaxLength(FieldLimits::PersonName);
    }
    const std::pair<const char*, QWidget*> fields[] = {
        {"firstName", m_firstNameLineEdit},
        {"lastName", m_lastNameLineEdit},
        {"preferredName", m_preferredNameLineEdit},
        {"dateOfBirth", m_dateOfBirthDateEdit},
        {"medicalNotes", m_medicalNotesPlainTextEdit},
    };
    for (const auto& [field, widget] : fields) {
        m_problems->bind(QLatin1String(field), widget);
    }
    const auto changed = [this] {
        markTabs();
        emit problemsChanged();
    };
    connect(m_allergiesEditor, &AllergiesEditor::problemsChanged, this, changed);
    connect(m_contactsEditor, &EmergencyContactsEditor::problemsChanged, this, changed);
    connect(m_pickupRulesEditor, &PickupRulesEditor::problemsChanged, this, changed);
    connect(m_bookingsEditor, &BookingsEditor::problemsChanged, this, changed);
}

void ChildDetailsEditor::markTabs()
{
    QList<bool> marked(m_tabWidget->count(), false);
    const FieldProblems shown = problems();
    for (const FieldProblem& problem : shown.list()) {
        const QString name = FieldPath::head(problem.field).name;
        QWidget* page = m_tabWidget->widget(0);
        if (name == QLatin1String("allergies") || name == QLatin1String("medicalNotes")) {
            page = m_allergiesEditor->parentWidget();
        } else if (name == QLatin1String("emergencyContacts")) {
            page = m_contactsEditor;
        } else if (name == QLatin1String("pickups") || name == QLatin1String("restrictions")) {
            page = m_pickupRulesEditor;
        } else if (name == QLatin1String("bookings")) {
            page = m_bookingsEditor;
        }
        if (const int tab = m_tabWidget->indexOf(page); tab >= 0) {
            marked[tab] = true;
        }
    }
    for (int tab = 0; tab < m_tabWidget->count(); ++tab) {
        m_tabWidget->setTabIcon(tab, marked.at(tab) ? Icons::icon(Icons::Alert, Palette::Alert) : QIcon());
        m_tabWidget->setTabToolTip(tab, marked.at(tab) ? tr("Something on this tab needs fixing.") : QString());
    }
}

bool ChildDetailsEditor::showsField(const QString& field) const
{
    return m_problems->widget(field) != nullptr || AllergiesEditor::showsField(field)
        || EmergencyContactsEditor::showsField(field) || PickupRulesEditor::showsField(field)
        || BookingsEditor::showsField(field);
}

FieldProblems ChildDetailsEditor::showProblems(const FieldProblems& problems)
{
    const FieldProblems rest = m_bookingsEditor->showProblems(
        m_pickupRulesEditor->showProblems(m_contactsEditor->showProblems(m_allergiesEditor->showProblems(problems))));
    m_fieldProblems = FieldProblems();
    for (const FieldProblem& problem : rest.list()) {
        if (m_problems->widget(problem.field)) {
            m_fieldProblems.add(problem.field, problem.message);
        }
    }
    const FieldProblems unplaced = m_problems->show(rest, false);
    markTabs();
    return unplaced;
}

FieldProblems ChildDetailsEditor::problems() const
{
    FieldProblems shown = m_fieldProblems;
    shown.add(m_allergiesEditor->problems());
    shown.add(m_contactsEditor->problems());
    shown.add(m_pickupRulesEditor->problems());
    shown.add(m_bookingsEditor->problems());
    return shown;
}

void ChildDetailsEditor::setRooms(const QList<Room>& rooms)
{
    m_roomComboBox->clear();
    m_roomComboBox->addItem(tr("(no room yet)"), qint64(0));
    for (const Room& room : rooms) {
        m_roomComboBox->addItem(room.name, room.id);
    }
}

void ChildDetailsEditor::setAdults(const QList<Person>& adults)
{
    m_pickupRulesEditor->setAdults(adults);
}

void ChildDetailsEditor::setChild(const Child& child)
{
    m_firstNameLineEdit->setText(child.firstName);
    m_lastNameLineEdit->setText(child.lastName);
    m_preferredNameLineEdit->setText(child.preferredName);
    m_dateOfBirthDateEdit->setDate(child.dateOfBirth.isValid() ? child.dateOfBirth : Clock::currentDate().addYears(-2));
    const int room = m_roomComboBox->findData(child.roomId);
    m_roomComboBox->setCurrentIndex(room < 0 ? 0 : room);
    m_photoField->setPhoto(child.photo);
    m_photoConsentCheckBox->setChecked(child.photoConsent);
    m_medicalNotesPlainTextEdit->setPlainText(child.medicalNotes);
    m_allergiesEditor->setAllergies(child.allergies);
    m_contactsEditor->setContacts(child.emergencyContacts);
    m_pickupRulesEditor->setRules(child.pickups, child.restrictions);
    m_bookingsEditor->setBookings(child.bookings);
}

void ChildDetailsEditor::writeTo(Child& child) const
{
    child.firstName = m_firstNameLineEdit->text().trimmed();
    child.lastName = m_lastNameLineEdit->text().trimmed();
    child.preferredName = m_preferredNameLineEdit->text().trimmed();
    child.dateOfBirth = m_dateOfBirthDateEdit->date();
    child.roomId = m_roomComboBox->currentData().toLongLong();
    if (m_photoField->isNew()) {
        child.photo = m_photoField->photo();
        child.photoId = 0;
    }
    child.photoConsent = m_photoConsentCheckBox->isChecked();
    child.medicalNotes = m_medicalNotesPlainTextEdit->toPlainText().trimmed();
    child.allergies = m_allergiesEditor->allergies();
    child.emergencyContacts = m_contactsEditor->contacts();
    child.pickups = m_pickupRulesEditor->pickups();
    child.restrictions = m_pickupRulesEditor->restrictions();
    child.bookings = m_bookingsEditor->bookings();
}

bool ChildDetailsEditor::focusField(const QString& field)
{
    const FieldPath path = FieldPath::head(field);
    if (path.name == QLatin1String("allergies")) {
        m_tabWidget->setCurrentIndex(1);
        return m_allergiesEditor->focusField(path.index, path.rest);
    }
    if (path.name == QLatin1String("medicalNotes")) {
        m_tabWidget->setCurrentIndex(1);
        m_medicalNotesPlainTextEdit->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (path.name == QLatin1String("emergencyContacts")) {
        m_tabWidget->setCurrentIndex(2);
        return m_contactsEditor->focusField(path.index, path.rest);
    }
    if (path.name == QLatin1String("pickups") || path.name == QLatin1String("restrictions")) {
        m_tabWidget->setCurrentIndex(3);
        return m_pickupRulesEditor->focusField(path.name, path.index, path.rest);
    }
    if (path.name == QLatin1String("bookings")) {
        m_tabWidget->setCurrentWidget(m_bookingsEditor);
        return m_bookingsEditor->focusField(path.index, path.rest);
    }
    m_tabWidget->setCurrentIndex(0);
    QWidget* target = m_firstNameLineEdit;
    if (path.name == QLatin1String("lastName")) {
        target = m_lastNameLineEdit;
    } else if (path.name == QLatin1String("preferredName")) {
        target = m_preferredNameLineEdit;
    } else if (path.name == QLatin1String("dateOfBirth")) {
        target = m_dateOfBirthDateEdit;
    } else if (path.name == QLatin1String("roomId")) {
        target = m_roomComboBox;
    }
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void ChildDetailsEditor::setHiddenForRole(const QString& medicalNote, const QString& custodyNote)
{
    // Read-only with the reason in the field, rather than an empty field that invites typing.
    m_medicalNotesPlainTextEdit->setReadOnly(!medicalNote.isEmpty());
    m_medicalNotesPlainTextEdit->setPlaceholderText(medicalNote.isEmpty() ? m_medicalNotesPlaceholder : medicalNote);
    m_pickupRulesEditor->setRestrictionsHidden(custodyNote);
}

void ChildDetailsEditor::setCustodyReadOnly(const QString& note)
{
    m_pickupRulesEditor->setReadOnlyNote(note);
}

void ChildDetailsEditor::setReadOnly(bool readOnly)
{
    for (int tab = 0; tab < m_tabWidget->count(); ++tab) {
        m_tabWidget->widget(tab)->setEnabled(!readOnly);
    }
}

} // namespace Kindred
