// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyEditorDialog.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "families/AdultsEditor.h"
#include "families/ChildrenEditor.h"
#include "families/CustodyChangeDialog.h"
#include "families/FamilyService.h"
#include "families/FamilyValidation.h"
#include "families/HouseholdForm.h"
#include "health/HealthRecordDialog.h"
#include "store/BusyRetry.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldPath.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace Kindred {
namespace {

enum Tab { HouseholdTab, AdultsTab, ChildrenTab };

} // namespace

FamilyEditorDialog::FamilyEditorDialog(FamilyService& store, HealthServices health, const QList<Room>& rooms,
                                       QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_health(health)
    , m_tabWidget(new QTabWidget(this))
    , m_householdForm(new HouseholdForm(m_tabWidget))
    , m_adultsEditor(new AdultsEditor(m_tabWidget))
    , m_childrenEditor(new ChildrenEditor(m_tabWidget))
    , m_errorLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
    , m_busyRetry(new BusyRetry(this))
{
    setObjectName(QStringLiteral("familyEditorDialog"));
    m_tabWidget->setObjectName(QStringLiteral("familyEditorTabWidget"));
    m_householdForm->setObjectName(QStringLiteral("householdForm"));
    m_adultsEditor->setObjectName(QStringLiteral("adultsEditor"));
    m_childrenEditor->setObjectName(QStringLiteral("childrenEditor"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_tabWidget->addTab(m_householdForm, tr("&Household"));
    m_tabWidget->addTab(m_adultsEditor, tr("&Adults"));
    m_tabWidget->addTab(m_childrenEditor, tr("&Children"));
    m_childrenEditor->setRooms(rooms);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_tabWidget, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_conflictBar);
    layout->addWidget(buttons);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &FamilyEditorDialog::reload);

    connect(m_adultsEditor, &AdultsEditor::adultsChanged, this,
            [this] { m_childrenEditor->setAdults(m_adultsEditor->adults()); });
    // The pickup lists name the adults: make sure they show what was just typed.
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ChildrenTab) {
            m_childrenEditor->setAdults(m_adultsEditor->adults());
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FamilyEditorDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_busyRetry, &BusyRetry::cancel);
    m_busyRetry->setObjectName(QStringLiteral("familyEditorBusyRetry"));
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] {
        m_errorLabel->setText(BusyRetry::waitingMessage());
        m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Warning));
        m_errorLabel->show();
    });
    connect(m_childrenEditor, &ChildrenEditor::healthRecordRequested, this,
            [this](qint64 childId, const QString& name) { HealthRecordDialog::open(m_health, childId, name, this); });

    // Re-read on every change of actor or matrix, whichever permission it touched.
    PermissionGate::bind(m_store.session(), this, {Permission::EditFamilies, Permission::ManageCustody},
                         [this](bool) { updateAccess(); });
    setFamily(Family());
    // Wide enough for a booking period's whole row (seven days, both times, the first and last day); within a
    // 1366 x 768 screen.
    resize(1060, 660);
}

void FamilyEditorDialog::updateAccess()
{
    const Session& session = m_store.session();
    // Saving is refused by core anyway; without EditFamilies the dialog is a read-only view.
    const auto editable = session.require(Permission::EditFamilies);
    m_readOnlyLabel->setText(editable.errorString());
    m_readOnlyLabel->setVisible(!editable.ok());
    m_saveButton->setVisible(editable.ok());
    if (auto* cancel = findChild<QPushButton*>(QStringLiteral("cancelButton"))) {
        cancel->setText(editable.ok() ? tr("Cancel") : tr("Close"));
    }
    m_householdForm->setEnabled(editable.ok());
    m_adultsEditor->setReadOnly(!editable.ok());
    m_childrenEditor->setReadOnly(!editable.ok());
    const QString hidden = tr("Hidden for your role (%1).").arg(session.roleName());
    m_childrenEditor->setHiddenForRole(session.can(Permission::ViewMedical) ? QString() : hidden,
                                       session.can(Permission::ViewCustody) ? QString() : hidden);
    // A new family is registered with its pickup rules; once on file they are the director's (core refuses
    // a save that changes them without ManageCustody).
    const bool custody = m_family.id == 0 || session.can(Permission::ManageCustody);
    m_childrenEditor->setCustodyReadOnly(
        custody || !editable.ok()
            ? QString()
            : tr("Only a director changes who may collect a child or who must not; your role (%1) sees them.")
                  .arg(session.roleName()));
}

void FamilyEditorDialog::setFamily(const Family& family)
{
    m_family = family;
    setWindowTitle(family.id == 0 ? tr("New family") : tr("%1 family").arg(isolated(family.householdName)));
    m_householdForm->setFamily(family);
    m_householdForm->showProblems(FieldProblems());
    m_adultsEditor->setAdults(family.adults);
    m_childrenEditor->setAdults(family.adults);
    m_childrenEditor->setChildren(family.children);
    m_tabWidget->setCurrentIndex(HouseholdTab);
    m_householdForm->focusField(QStringLiteral("householdName"));
    updateAccess();
}

Family FamilyEditorDialog::family() const
{
    Family family = m_family;
    m_householdForm->writeTo(family);
    family.adults = m_adultsEditor->adults();
    family.children = m_childrenEditor->children();
    return family;
}

QString FamilyEditorDialog::errorText() const
{
    if (const QString conflict = m_conflictBar->text(); !conflict.isEmpty()) {
        return conflict;
    }
    if (!m_shownProblems.isEmpty()) { // each at its field, in the order of the form
        QStringList said;
        for (const FieldProblem& problem : m_shownProblems.list()) {
            said << problem.message;
        }
        return said.join(QLatin1Char('\n'));
    }
    return m_errorLabel->isVisible() || !m_errorLabel->text().isEmpty() ? m_errorLabel->text() : QString();
}

std::optional<CustodyNote> FamilyEditorDialog::askCustodyNote(const Family& typed)
{
    auto changes = m_store.custodyChanges(typed);
    if (!changes) {
        showError(changes.error());
        return std::nullopt;
    }
    // Without the permission there is nothing to ask: core's refusal says who may.
    if (changes->isEmpty() || !m_store.session().can(Permission::ManageCustody)) {
        return CustodyNote {};
    }
    return CustodyChangeDialog::ask(this, changes.value());
}

Result<qint64> FamilyEditorDialog::save(const CustodyNote& custody)
{
    // The pickup lists must know every adult before the children are read.
    m_childrenEditor->setAdults(m_adultsEditor->adults());
    Family family = this->family();
    auto saved = m_store.save(family, m_family, custody);
    if (!saved) {
        showError(saved.error());
        return saved;
    }
    m_family = family;
    showProblems(FieldProblems());
    m_conflictBar->showIfConflict({});
    return saved;
}

void FamilyEditorDialog::saveAndClose()
{
    m_childrenEditor->setAdults(m_adultsEditor->adults());
    const Family typed = family();
    // Every problem at once, each at its field; nothing is asked or saved until there is none.
    if (const FieldProblems problems = FamilyValidation::problems(typed, Clock::currentDate()); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const std::optional<CustodyNote> custody = askCustodyNote(typed);
    if (!custody) {
        return; // cancelled (or the rules on file could not be read): everything typed stays
    }
    auto saved = std::make_shared<Family>();
    m_tabWidget->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_busyRetry->run(
        [this, typed, saved, note = *custody]() -> Result<void> {
            *saved = typed; // each attempt starts from what was typed
            if (auto result = m_store.save(*saved, m_family, note); !result) {
                return result.error();
            }
            return {};
        },
        [this, saved](const Result<void>& done) {
            m_tabWidget->setEnabled(true);
            m_saveButton->setEnabled(true);
            if (!done) {
                showError(done.error());
                return;
            }
            m_family = *saved;
            showProblems(FieldProblems());
            updateAccess();
            accept();
        });
}

void FamilyEditorDialog::showError(const Error& error)
{
    if (m_conflictBar->showIfConflict(error)) {
        showProblems(FieldProblems());
        return;
    }
    FieldProblems problems;
    problems.add(error.field, error.message);
    showProblems(problems);
}

void FamilyEditorDialog::showProblems(const FieldProblems& problems)
{
    m_shownProblems = problems;
    const FieldProblems elsewhere
        = m_childrenEditor->showProblems(m_adultsEditor->showProblems(m_householdForm->showProblems(problems)));
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setText(FieldProblemLabels::lines(elsewhere));
    m_errorLabel->setVisible(!elsewhere.isEmpty());
    if (!problems.isEmpty()) {
        focusField(problems.list().first().field);
    }
}

void FamilyEditorDialog::reload()
{
    auto current = m_store.load(m_family.id);
    if (!current) {
        showError(current.error());
        return;
    }
    showProblems(FieldProblems());
    setFamily(current.value());
}

void FamilyEditorDialog::focusField(const QString& field)
{
    const FieldPath path = FieldPath::head(field);
    if (path.name == QLatin1String("adults")) {
        m_tabWidget->setCurrentIndex(AdultsTab);
        if (path.index < 0) {
            m_adultsEditor->focusList();
        } else {
            m_adultsEditor->focusField(path.index, path.rest);
        }
    } else if (path.name == QLatin1String("children")) {
        m_tabWidget->setCurrentIndex(ChildrenTab);
        m_childrenEditor->focusField(path.index, path.rest);
    } else if (path.name == QLatin1String("custodyReason") || path.name == QLatin1String("endingDocument")) {
        m_tabWidget->setCurrentIndex(ChildrenTab); // asked for on saving, not a field of the form
        m_saveButton->setFocus(Qt::OtherFocusReason);
    } else {
        m_tabWidget->setCurrentIndex(HouseholdTab);
        if (!m_householdForm->focusField(path.name)) {
            m_saveButton->setFocus(Qt::OtherFocusReason);
        }
    }
}

} // namespace Kindred
