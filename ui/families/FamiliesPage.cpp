// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamiliesPage.h"

#include "base/BidiText.h"
#include "centre/CentreService.h"
#include "families/FamilyEditorDialog.h"
#include "families/FamilyListModel.h"
#include "families/FamilyService.h"
#include "widgets/ArchiveReasonDialog.h"
#include "widgets/EmptyListNote.h"
#include "widgets/KeyMap.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Kindred {

FamiliesPage::FamiliesPage(FamilyService& families, CentreService& centre, HealthServices health, QWidget* parent)
    : QWidget(parent)
    , m_families(families)
    , m_centre(centre)
    , m_health(health)
    , m_model(new FamilyListModel(families, this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_tableView(new QTableView(this))
    , m_resultLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New family"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_archiveButton(new QPushButton(tr("&Archive…"), this))
{
    setObjectName(QStringLiteral("familiesPage"));
    m_searchLineEdit->setObjectName(QStringLiteral("familySearchLineEdit"));
    m_tableView->setObjectName(QStringLiteral("familiesTableView"));
    m_tableView->setAccessibleName(tr("Families"));
    m_resultLabel->setObjectName(QStringLiteral("familyResultLabel"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setObjectName(QStringLiteral("familiesReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();
    m_newButton->setObjectName(QStringLiteral("newFamilyButton"));
    m_editButton->setObjectName(QStringLiteral("editFamilyButton"));
    m_archiveButton->setObjectName(QStringLiteral("archiveFamilyButton"));
    m_searchLineEdit->setPlaceholderText(tr("Find a family: a child's or adult's name, phone digits or card code"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_newButton->setToolTip(tr("New family (Ctrl+N)"));

    m_tableView->setModel(m_model);
    m_emptyNote = new EmptyListNote(m_tableView, QString()); // its sentence: updateButtons()
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setTabKeyNavigation(false);
    m_tableView->verticalHeader()->hide();
    // Fixed row heights and fixed/stretched columns: ResizeToContents reads every row (15 s at 1M).
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FamilyListModel::ChildrenColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FamilyListModel::GuardiansColumn, QHeaderView::Stretch);
    header->resizeSection(FamilyListModel::FamilyColumn, 220);
    header->resizeSection(FamilyListModel::StatusColumn, 110);
    header->resizeSection(FamilyListModel::CardColumn, 110);

    auto* top = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Fin&d:"), this);
    searchLabel->setBuddy(m_searchLineEdit);
    top->addWidget(searchLabel);
    top->addWidget(m_searchLineEdit, 1);
    top->addWidget(m_newButton);
    top->addWidget(m_editButton);
    top->addWidget(m_archiveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_resultLabel);

    setTabOrder(m_searchLineEdit, m_tableView);
    setTabOrder(m_tableView, m_newButton);
    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_archiveButton);

    connect(m_searchLineEdit, &QLineEdit::textChanged, m_model, &FamilyListModel::setFilter);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_tableView->setFocus(Qt::ShortcutFocusReason);
            m_tableView->selectRow(0);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FamiliesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FamiliesPage::updateButtons);
    connect(m_model, &FamilyListModel::readFailed, this, &FamiliesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FamiliesPage::updateButtons);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FamiliesPage::updateButtons);
    connect(m_tableView, &QTableView::doubleClicked, this, &FamiliesPage::editCurrent);
    connect(m_tableView, &QTableView::activated, this, &FamiliesPage::editCurrent); // Enter
    connect(m_newButton, &QPushButton::clicked, this, &FamiliesPage::newFamily);
    connect(m_editButton, &QPushButton::clicked, this, &FamiliesPage::editCurrent);
    connect(m_archiveButton, &QPushButton::clicked, this, &FamiliesPage::archiveCurrent);
    auto* newShortcut = new QShortcut(KeyMap::sequence(KeyMap::NewRecord), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &FamiliesPage::newFamily);
    Session& session = m_families.session();
    PermissionGate::bind(session, m_newButton, {Permission::EditFamilies});
    PermissionGate::bind(session, newShortcut, {Permission::EditFamilies});
    PermissionGate::bind(session, m_archiveButton, {Permission::ArchiveFamilies});
    // Those who may only read a family open it in the same editor, read-only.
    PermissionGate::bind(session, m_editButton, {Permission::EditFamilies},
                         [this](bool editable) { m_editButton->setText(editable ? tr("&Edit…") : tr("&Open…")); });
    auto* findShortcut = new QShortcut(KeyMap::sequence(KeyMap::FindRecord), this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &FamiliesPage::focusSearch);
    connect(&m_families, &FamilyService::familySaved, m_model, &FamilyListModel::refresh);
    connect(&m_families, &FamilyService::familyArchived, m_model, &FamilyListModel::refresh);
    setFocusProxy(m_searchLineEdit);
    updateButtons();
}

qint64 FamiliesPage::currentFamilyId() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->familyId(rows.constFirst().row());
}

void FamiliesPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

FamilyEditorDialog* FamiliesPage::openEditor(qint64 familyId)
{
    Family family;
    if (familyId != 0) {
        auto loaded = m_families.load(familyId);
        if (!loaded) {
            MessageBox::warning(this, tr("Open family"), loaded.errorString());
            return nullptr;
        }
        family = std::move(loaded).value();
    } else {
        family.status = FamilyStatus::Enrolled;
    }
    const auto rooms = m_centre.rooms();
    if (!rooms) {
        MessageBox::warning(this, tr("Open family"), rooms.errorString());
        return nullptr;
    }
    auto* dialog = new FamilyEditorDialog(m_families, m_health, rooms.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFamily(family);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { select(dialog->savedFamilyId()); });
    dialog->open();
    return dialog;
}

void FamiliesPage::newFamily()
{
    openEditor(0);
}

void FamiliesPage::editCurrent()
{
    if (const qint64 id = currentFamilyId()) {
        openEditor(id);
    }
}

void FamiliesPage::archiveCurrent()
{
    const qint64 id = currentFamilyId();
    if (!id) {
        return;
    }
    const QString name = m_model->data(m_model->index(m_model->rowOf(id), FamilyListModel::FamilyColumn)).toString();
    const QString reason = ArchiveReasonDialog::ask(this, tr("the %1 family").arg(name));
    if (reason.isEmpty()) {
        return;
    }
    if (auto archived = m_families.archive(id, reason); !archived) {
        MessageBox::warning(this, tr("Archive family"), archived.errorString());
    }
}

void FamiliesPage::select(qint64 familyId)
{
    const int row = m_model->rowOf(familyId);
    if (row >= 0) {
        m_tableView->selectRow(row);
        m_tableView->scrollTo(m_model->index(row, 0));
    }
}

void FamiliesPage::updateButtons()
{
    const bool selected = currentFamilyId() != 0;
    m_editButton->setEnabled(selected);
    m_archiveButton->setEnabled(selected);
    // A list that could not be read shows the error where the families would be, never "0 families".
    const QString readError = m_model->readError();
    m_readErrorLabel->setText(readError);
    m_readErrorLabel->setVisible(!readError.isEmpty());
    m_tableView->setVisible(readError.isEmpty());
    m_resultLabel->setVisible(readError.isEmpty());
    const int shown = m_model->rowCount();
    const QString count = tr("%n family(ies)", nullptr, shown);
    if (!m_model->filter().isEmpty()) {
        m_resultLabel->setText(tr("%1 found for \"%2\".").arg(count, isolated(m_model->filter())));
    } else if (m_model->canFetchMore({})) {
        m_resultLabel->setText(tr("%1 listed; scroll down for more.").arg(count));
    } else {
        m_resultLabel->setText(count);
    }
    const QString filter = m_model->filter().trimmed();
    m_emptyNote->setText(filter.isEmpty()
                             ? tr("No families yet. Add the first with New family (%1).")
                                   .arg(KeyMap::sequence(KeyMap::NewRecord).toString(QKeySequence::NativeText))
                             : tr("No families match \"%1\". Check the spelling, or search by phone or card number.")
                                   .arg(isolated(filter)));
}

} // namespace Kindred
