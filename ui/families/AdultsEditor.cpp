// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/AdultsEditor.h"

#include "base/FieldLimits.h"
#include "base/LanguageNames.h"
#include "widgets/FieldPath.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/PhotoField.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

AdultsEditor::AdultsEditor(QWidget* parent)
    : QWidget(parent)
    , m_listWidget(new QListWidget(this))
    , m_addButton(new QPushButton(tr("Add ad&ult"), this))
    , m_removeButton(new QPushButton(tr("&Remove adult"), this))
    , m_form(new QWidget(this))
    , m_firstNameLineEdit(lineEdit(m_form, "adultFirstNameLineEdit"))
    , m_lastNameLineEdit(lineEdit(m_form, "adultLastNameLineEdit"))
    , m_relationLineEdit(lineEdit(m_form, "adultRelationLineEdit"))
    , m_guardianCheckBox(new QCheckBox(tr("&Guardian (the centre calls them; they are responsible)"), m_form))
    , m_mobileLineEdit(lineEdit(m_form, "adultMobilePhoneLineEdit"))
    , m_homeLineEdit(lineEdit(m_form, "adultHomePhoneLineEdit"))
    , m_workLineEdit(lineEdit(m_form, "adultWorkPhoneLineEdit"))
    , m_emailLineEdit(lineEdit(m_form, "adultEmailLineEdit"))
    , m_languageLineEdit(lineEdit(m_form, "adultLanguageLineEdit"))
    , m_photoField(new PhotoField(m_form))
    , m_directoryCheckBox(new QCheckBox(tr("Appears in the parent &directory"), m_form))
    , m_problemLabels(new FieldProblemLabels(this))
{
    m_listWidget->setObjectName(QStringLiteral("adultsListWidget"));
    m_listWidget->setAccessibleName(tr("Adults"));
    m_addButton->setObjectName(QStringLiteral("addAdultButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAdultButton"));
    m_guardianCheckBox->setObjectName(QStringLiteral("adultGuardianCheckBox"));
    m_directoryCheckBox->setObjectName(QStringLiteral("adultDirectoryCheckBox"));
    m_photoField->setObjectName(QStringLiteral("adultPhotoField"));
    m_relationLineEdit->setPlaceholderText(tr("Mother, Grandfather, Nanny…"));
    // Chosen from every language Qt knows (typing "ar" or "Arab" offers "العربية (Arabic)"); kept as its code,
    // which chooses the language of the documents printed for them. A text that names no language stays.
    auto* languages = new QCompleter(LanguageNames::chooser(), m_languageLineEdit);
    languages->setCaseSensitivity(Qt::CaseInsensitive);
    languages->setFilterMode(Qt::MatchContains);
    m_languageLineEdit->setCompleter(languages);
    m_languageLineEdit->setPlaceholderText(tr("the language of the letters and labels printed for them"));
    m_listWidget->setMaximumWidth(240);
    m_listWidget->setUniformItemSizes(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_listWidget);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    left->addLayout(buttons);

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&First name:"), m_firstNameLineEdit);
    form->addRow(tr("Famil&y name:"), m_lastNameLineEdit);
    form->addRow(tr("Re&lation:"), m_relationLineEdit);
    form->addRow(QString(), m_guardianCheckBox);
    form->addRow(tr("&Mobile phone:"), m_mobileLineEdit);
    form->addRow(tr("H&ome phone:"), m_homeLineEdit);
    form->addRow(tr("&Work phone:"), m_workLineEdit);
    form->addRow(tr("&Email:"), m_emailLineEdit);
    form->addRow(tr("Preferred la&nguage:"), m_languageLineEdit);
    form->addRow(tr("Photo:"), m_photoField);
    form->addRow(QString(), m_directoryCheckBox);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_form, 1);

    m_problemLabels->bindLines({
        {"firstName", m_firstNameLineEdit, FieldLimits::PersonName},
        {"lastName", m_lastNameLineEdit, FieldLimits::PersonName},
        {"relation", m_relationLineEdit, FieldLimits::ShortText},
        {"mobilePhone", m_mobileLineEdit, FieldLimits::Phone},
        {"homePhone", m_homeLineEdit, FieldLimits::Phone},
        {"workPhone", m_workLineEdit, FieldLimits::Phone},
        {"email", m_emailLineEdit, FieldLimits::Email},
        {"preferredLanguage", m_languageLineEdit, FieldLimits::ShortText},
    });

    connect(m_addButton, &QPushButton::clicked, this, &AdultsEditor::addAdult);
    connect(m_removeButton, &QPushButton::clicked, this, &AdultsEditor::removeAdult);
    connect(m_listWidget, &QListWidget::currentRowChanged, this, &AdultsEditor::showAdult);
    for (QLineEdit* edit : {m_firstNameLineEdit, m_lastNameLineEdit, m_relationLineEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_current >= 0) {
                storeCurrent();
                updateListItem(m_current);
                emit adultsChanged();
            }
        });
    }
    connect(m_guardianCheckBox, &QCheckBox::toggled, this, [this] {
        if (!m_loading && m_current >= 0) {
            storeCurrent();
            updateListItem(m_current);
        }
    });
    setTabOrder(m_listWidget, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_firstNameLineEdit);
    showAdult(-1);
}

void AdultsEditor::setAdults(const QList<Person>& adults)
{
    m_current = -1;
    m_adults = adults;
    m_problems.clear();
    m_loading = true;
    m_listWidget->clear();
    for (int row = 0; row < m_adults.size(); ++row) {
        m_listWidget->addItem(QString());
        updateListItem(row);
    }
    m_loading = false;
    m_listWidget->setCurrentRow(m_adults.isEmpty() ? -1 : 0);
    showAdult(m_listWidget->currentRow());
    emit adultsChanged();
}

QList<Person> AdultsEditor::adults() const
{
    storeCurrent();
    return m_adults;
}

bool AdultsEditor::focusField(int row, const QString& field)
{
    if (row < 0 || row >= m_adults.size()) {
        focusList();
        return false;
    }
    m_listWidget->setCurrentRow(row);
    const QList<std::pair<const char*, QWidget*>> fields = {
        {"firstName", m_firstNameLineEdit}, {"lastName", m_lastNameLineEdit},
        {"relation", m_relationLineEdit},   {"mobilePhone", m_mobileLineEdit},
        {"homePhone", m_homeLineEdit},      {"workPhone", m_workLineEdit},
        {"email", m_emailLineEdit},         {"preferredLanguage", m_languageLineEdit},
    };
    QWidget* target = m_firstNameLineEdit;
    for (const auto& [name, widget] : fields) {
        if (field == QLatin1String(name)) {
            target = widget;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(target)) {
        edit->selectAll();
    }
    return true;
}

void AdultsEditor::focusList()
{
    if (m_adults.isEmpty()) {
        m_addButton->setFocus(Qt::OtherFocusReason);
    } else {
        m_listWidget->setFocus(Qt::OtherFocusReason);
    }
}

void AdultsEditor::addAdult()
{
    storeCurrent();
    Person person;
    person.id = nextTemporaryId();
    person.isGuardian = m_adults.isEmpty();
    if (!m_adults.isEmpty()) {
        person.lastName = m_adults.constFirst().lastName;
    }
    m_adults << person;
    m_listWidget->addItem(QString());
    updateListItem(int(m_adults.size()) - 1);
    m_listWidget->setCurrentRow(int(m_adults.size()) - 1);
    m_firstNameLineEdit->setFocus(Qt::OtherFocusReason);
    emit adultsChanged();
}

void AdultsEditor::removeAdult()
{
    const int row = m_listWidget->currentRow();
    if (row < 0) {
        return;
    }
    m_current = -1; // the form belongs to the adult being removed
    m_adults.removeAt(row);
    m_problems.clear(); // they name rows by number: said again on the next save
    delete m_listWidget->takeItem(row);
    showAdult(m_listWidget->currentRow());
    emit adultsChanged();
}

void AdultsEditor::showAdult(int row)
{
    if (m_loading) {
        return;
    }
    if (m_current >= 0 && m_current != row) {
        storeCurrent();
        updateListItem(m_current);
    }
    m_current = row;
    const bool valid = row >= 0 && row < m_adults.size();
    m_form->setEnabled(valid && !m_readOnly);
    m_removeButton->setEnabled(valid);
    const Person person = valid ? m_adults.at(row) : Person();
    m_loading = true;
    m_firstNameLineEdit->setText(person.firstName);
    m_lastNameLineEdit->setText(person.lastName);
    m_relationLineEdit->setText(person.relation);
    m_guardianCheckBox->setChecked(person.isGuardian);
    m_mobileLineEdit->setText(person.mobilePhone);
    m_homeLineEdit->setText(person.homePhone);
    m_workLineEdit->setText(person.workPhone);
    m_emailLineEdit->setText(person.email);
    m_languageLineEdit->setText(LanguageNames::display(person.preferredLanguage));
    m_photoField->setPhoto(person.photo);
    m_directoryCheckBox->setChecked(person.directoryConsent);
    m_loading = false;
    m_problemLabels->show(valid ? m_problems.value(row) : FieldProblems(), false);
}

FieldProblems AdultsEditor::showProblems(const FieldProblems& problems)
{
    m_problems = QList<FieldProblems>(m_adults.size());
    FieldProblems elsewhere;
    for (const FieldProblem& problem : problems.list()) {
        const FieldPath path = FieldPath::head(problem.field);
        if (path.name == QLatin1String("adults") && path.index >= 0 && path.index < m_adults.size()
            && m_problemLabels->widget(path.rest)) {
            m_problems[path.index].add(path.rest, problem.message);
        } else {
            elsewhere.add(problem.field, problem.message);
        }
    }
    m_problemLabels->show(m_current >= 0 ? m_problems.value(m_current) : FieldProblems(), false);
    return elsewhere;
}

void AdultsEditor::storeCurrent() const
{
    if (m_current < 0 || m_current >= m_adults.size()) {
        return;
    }
    Person& person = m_adults[m_current];
    person.firstName = m_firstNameLineEdit->text().trimmed();
    person.lastName = m_lastNameLineEdit->text().trimmed();
    person.relation = m_relationLineEdit->text().trimmed();
    person.isGuardian = m_guardianCheckBox->isChecked();
    person.mobilePhone = m_mobileLineEdit->text().trimmed();
    person.homePhone = m_homeLineEdit->text().trimmed();
    person.workPhone = m_workLineEdit->text().trimmed();
    person.email = m_emailLineEdit->text().trimmed();
    const QString language = m_languageLineEdit->text().trimmed();
    person.preferredLanguage = LanguageNames::codeOf(language).value_or(language);
    if (m_photoField->isNew()) {
        person.photo = m_photoField->photo();
        person.photoId = 0;
    }
    person.directoryConsent = m_directoryCheckBox->isChecked();
}

void AdultsEditor::updateListItem(int row)
{
    QListWidgetItem* item = m_listWidget->item(row);
    if (!item || row >= m_adults.size()) {
        return;
    }
    const Person& person = m_adults.at(row);
    QString text = person.fullName().trimmed();
    if (text.isEmpty()) {
        text = tr("(new adult)");
    }
    if (!person.relation.isEmpty()) {
        text += QStringLiteral(" — ") + person.relation;
    }
    if (person.isGuardian) {
        text += tr(" (guardian)");
    }
    item->setText(text);
}

qint64 AdultsEditor::nextTemporaryId() const
{
    qint64 lowest = 0;
    for (const Person& person : m_adults) {
        lowest = qMin(lowest, person.id);
    }
    return lowest - 1;
}

void AdultsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    m_form->setEnabled(!readOnly && m_current >= 0 && m_current < m_adults.size());
}

} // namespace Kindred
