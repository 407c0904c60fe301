// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketCaptureDialog.h"

#include "base/BidiText.h"
#include "base/FieldLimits.h"
#include "centre/CentreService.h"
#include "families/FamilyService.h"
#include "tickets/TicketService.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Kindred {
namespace {

template<typename Enum> void fillCombo(QComboBox* combo, const QList<Enum>& values, QString (*name)(Enum))
{
    for (Enum value : values) {
        combo->addItem(name(value), int(value));
    }
}

template<typename Enum> Enum comboValue(const QComboBox* combo)
{
    return Enum(combo->currentData().toInt());
}

} // namespace

TicketCaptureDialog::TicketCaptureDialog(TicketService& tickets, FamilyService& families, CentreService& centre,
                                         QWidget* parent)
    : QDialog(parent)
    , m_tickets(tickets)
    , m_families(families)
    , m_familyComboBox(new QComboBox(this))
    , m_raisedByComboBox(new QComboBox(this))
    , m_childrenListWidget(new QListWidget(this))
    , m_channelComboBox(new QComboBox(this))
    , m_kindComboBox(new QComboBox(this))
    , m_categoryComboBox(new QComboBox(this))
    , m_priorityComboBox(new QComboBox(this))
    , m_subjectLineEdit(new QLineEdit(this))
    , m_wordsTextEdit(new QPlainTextEdit(this))
    , m_ownerComboBox(new QComboBox(this))
    , m_firstContactCheckBox(new QCheckBox(tr("Resolved on the spot"), this))
    , m_resolutionLineEdit(new QLineEdit(this))
    , m_problems(new FieldProblemLabels(this))
{
    setObjectName(QStringLiteral("ticketCaptureDialog"));
    setWindowTitle(tr("New ticket"));
    m_familyComboBox->setObjectName(QStringLiteral("familyComboBox"));
    m_raisedByComboBox->setObjectName(QStringLiteral("raisedByComboBox"));
    m_childrenListWidget->setObjectName(QStringLiteral("childrenListWidget"));
    m_childrenListWidget->setAccessibleName(tr("Children"));
    m_channelComboBox->setObjectName(QStringLiteral("channelComboBox"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_categoryComboBox->setObjectName(QStringLiteral("categoryComboBox"));
    m_priorityComboBox->setObjectName(QStringLiteral("priorityComboBox"));
    m_subjectLineEdit->setObjectName(QStringLiteral("subjectLineEdit"));
    m_wordsTextEdit->setObjectName(QStringLiteral("parentWordsTextEdit"));
    m_ownerComboBox->setObjectName(QStringLiteral("ownerComboBox"));
    m_firstContactCheckBox->setObjectName(QStringLiteral("firstContactCheckBox"));
    m_resolutionLineEdit->setObjectName(QStringLiteral("resolutionLineEdit"));

    // Typing a few letters of the family name picks it.
    m_familyComboBox->setEditable(true);
    m_familyComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_familyComboBox->addItem(tr("Choose a family…"), 0);
    // Families or staff that cannot be read are not "none": the error shows and saving waits.
    QStringList readErrors;
    const auto listed = families.list(0, 5000);
    if (!listed) {
        readErrors << listed.errorString();
    }
    for (const FamilySummary& family : listed ? listed.value() : QList<FamilySummary> {}) {
        m_familyComboBox->addItem(family.householdName, family.id);
    }
    fillCombo(m_channelComboBox, allTicketChannels(), &ticketChannelName);
    fillCombo(m_kindComboBox, allTicketKinds(), &ticketKindName);
    fillCombo(m_categoryComboBox, allTicketCategories(), &ticketCategoryName);
    fillCombo(m_priorityComboBox, allTicketPriorities(), &ticketPriorityName);
    m_priorityComboBox->setCurrentIndex(m_priorityComboBox->findData(int(TicketPriority::Normal)));
    // "Me" only when someone is signed in; otherwise the owner must be chosen by name.
    if (tickets.actorId() > 0) {
        m_ownerComboBox->addItem(tr("Me"), 0);
    } else {
        m_ownerComboBox->addItem(tr("Choose the owner…"), -1);
    }
    const auto staff = centre.staff();
    if (!staff && !readErrors.contains(staff.errorString())) {
        readErrors << staff.errorString();
    }
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        m_ownerComboBox->addItem(member.fullName(), member.id);
    }
    m_childrenListWidget->setMaximumHeight(90);
    m_wordsTextEdit->setTabChangesFocus(true);
    m_wordsTextEdit->setMaximumHeight(120);
    m_wordsTextEdit->setPlaceholderText(tr("What the parent said, in their words"));
    m_subjectLineEdit->setPlaceholderText(tr("A short subject, e.g. \"Lunch served cold\""));
    m_resolutionLineEdit->setPlaceholderText(tr("How it was resolved"));
    m_resolutionLineEdit->setAccessibleName(tr("How it was resolved"));
    m_resolutionLineEdit->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Family:"), m_familyComboBox);
    form->addRow(tr("&Raised by:"), m_raisedByComboBox);
    form->addRow(tr("Chil&dren:"), m_childrenListWidget);
    form->addRow(tr("C&hannel:"), m_channelComboBox);
    form->addRow(tr("&Kind:"), m_kindComboBox);
    form->addRow(tr("Ca&tegory:"), m_categoryComboBox);
    form->addRow(tr("&Priority:"), m_priorityComboBox);
    form->addRow(tr("&Subject:"), m_subjectLineEdit);
    form->addRow(tr("Parent's &words:"), m_wordsTextEdit);
    form->addRow(tr("&Owner:"), m_ownerComboBox);
    form->addRow(m_firstContactCheckBox, m_resolutionLineEdit);
    m_subjectLineEdit->setMaxLength(FieldLimits::TicketSubject);
    m_resolutionLineEdit->setMaxLength(FieldLimits::TicketDescription);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(readErrors.isEmpty());
    auto* readErrorLabel = new QLabel(readErrors.join(QLatin1Char('\n')), this);
    readErrorLabel->setObjectName(QStringLiteral("readErrorLabel"));
    readErrorLabel->setTextFormat(Qt::PlainText);
    readErrorLabel->setWordWrap(true);
    readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    readErrorLabel->setVisible(!readErrors.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(readErrorLabel);
    layout->addWidget(buttons);
    const std::pair<const char*, QWidget*> fields[] = {
        {"familyId", m_familyComboBox},
        {"raisedByPersonId", m_raisedByComboBox},
        {"childIds", m_childrenListWidget},
        {"subject", m_subjectLineEdit},
        {"parentWords", m_wordsTextEdit},
        {"ownerId", m_ownerComboBox},
        {"resolutionSummary", m_resolutionLineEdit},
    };
    for (const auto& [field, widget] : fields) {
        m_problems->bind(QLatin1String(field), widget);
    }

    connect(buttons, &QDialogButtonBox::accepted, this, &TicketCaptureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_familyComboBox, &QComboBox::currentIndexChanged, this, &TicketCaptureDialog::loadFamilyDetails);
    connect(m_firstContactCheckBox, &QCheckBox::toggled, m_resolutionLineEdit, &QWidget::setEnabled);
    resize(560, 480);
}

void TicketCaptureDialog::setFamily(qint64 familyId)
{
    const int index = m_familyComboBox->findData(familyId);
    m_familyComboBox->setCurrentIndex(index >= 0 ? index : 0);
    loadFamilyDetails();
    if (familyId > 0) {
        m_raisedByComboBox->setFocus();
    }
}

void TicketCaptureDialog::loadFamilyDetails()
{
    m_raisedByComboBox->clear();
    m_childrenListWidget->clear();
    m_raisedByComboBox->addItem(tr("Not recorded"), 0);
    const qint64 familyId = m_familyComboBox->currentData().toLongLong();
    if (familyId <= 0) {
        return;
    }
    auto family = m_families.load(familyId);
    if (!family) {
        return;
    }
    for (const Person& adult : family->adults) {
        m_raisedByComboBox->addItem(adult.relation.isEmpty()
                                        ? adult.fullName()
                                        : tr("%1 (%2)").arg(isolated(adult.fullName()), isolated(adult.relation)),
                                    adult.id);
    }
    if (m_raisedByComboBox->count() > 1) {
        m_raisedByComboBox->setCurrentIndex(1);
    }
    for (const Child& child : family->children) {
        auto* item = new QListWidgetItem(child.displayName(), m_childrenListWidget);
        item->setData(Qt::UserRole, child.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // One child: it is about them, most likely.
        item->setCheckState(family->children.size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
}

void TicketCaptureDialog::accept()
{
    TicketDraft draft;
    draft.familyId = m_familyComboBox->currentData().toLongLong();
    draft.raisedByPersonId = m_raisedByComboBox->currentData().toLongLong();
    for (int i = 0; i < m_childrenListWidget->count(); ++i) {
        const QListWidgetItem* item = m_childrenListWidget->item(i);
        if (item->checkState() == Qt::Checked) {
            draft.childIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    draft.channel = comboValue<TicketChannel>(m_channelComboBox);
    draft.kind = comboValue<TicketKind>(m_kindComboBox);
    draft.category = comboValue<TicketCategory>(m_categoryComboBox);
    draft.priority = comboValue<TicketPriority>(m_priorityComboBox);
    draft.subject = m_subjectLineEdit->text();
    draft.parentWords = m_wordsTextEdit->toPlainText();
    draft.ownerId = m_ownerComboBox->currentData().toLongLong();
    draft.resolvedAtFirstContact = m_firstContactCheckBox->isChecked();
    draft.resolutionSummary = m_resolutionLineEdit->text();
    // Every problem at once, each under its field (what belongs to none in a message box); what was typed stays.
    FieldProblems problems = m_tickets.problems(draft);
    if (problems.isEmpty()) {
        auto captured = m_tickets.capture(draft);
        if (captured) {
            m_capturedId = captured.value();
            QDialog::accept();
            return;
        }
        problems.add(captured.error().field, captured.errorString());
    }
    const FieldProblems elsewhere = m_problems->show(problems);
    if (!elsewhere.isEmpty()) {
        MessageBox::warning(this, tr("New ticket"), FieldProblemLabels::lines(elsewhere));
    }
}

} // namespace Kindred
