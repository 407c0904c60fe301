// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketDetailDialog.h"

#include "base/Clock.h"
#include "centre/CentreService.h"
#include "tickets/TicketService.h"
#include "widgets/ConflictBar.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTreeWidget>

namespace Kindred {
namespace {

enum StepPage { NoInputPage, SummaryPage, FollowUpPage, ReasonPage };

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets, int stretchIndex = 0)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget* w : widgets) {
        layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
    }
    return box;
}

} // namespace

TicketDetailDialog::TicketDetailDialog(TicketService& tickets, CentreService& centre, qint64 ticketId, QWidget* parent)
    : QDialog(parent)
    , m_tickets(tickets)
    , m_ticketId(ticketId)
    , m_headerLabel(new QLabel(this))
    , m_factsLabel(new QLabel(this))
    , m_timelineTreeWidget(new QTreeWidget(this))
    , m_readErrorLabel(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
    , m_noteTextEdit(new QPlainTextEdit(this))
    , m_sharedCheckBox(new QCheckBox(tr("Share with the parent"), this))
    , m_addNoteButton(new QPushButton(tr("Add &note"), this))
    , m_ownerComboBox(new QComboBox(this))
    , m_assignButton(new QPushButton(tr("&Assign"), this))
    , m_collaboratorComboBox(new QComboBox(this))
    , m_addCollaboratorButton(new QPushButton(tr("Share"), this))
    , m_removeCollaboratorButton(new QPushButton(tr("Unshare"), this))
    , m_nextStatusComboBox(new QComboBox(this))
    , m_stepStackedWidget(new QStackedWidget(this))
    , m_summaryLineEdit(new QLineEdit(this))
    , m_followUpCheckBox(new QCheckBox(tr("The parent was asked"), this))
    , m_satisfiedCheckBox(new QCheckBox(tr("Satisfied"), this))
    , m_ratingSpinBox(new QSpinBox(this))
    , m_followUpWordsLineEdit(new QLineEdit(this))
    , m_noFollowUpLineEdit(new QLineEdit(this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_applyButton(new QPushButton(tr("&Move"), this))
    , m_incidentSpinBox(new QSpinBox(this))
    , m_linkIncidentButton(new QPushButton(tr("&Link incident"), this))
{
    setObjectName(QStringLiteral("ticketDetailDialog"));
    const QList<QPair<QObject*, const char*>> names {
        {m_headerLabel, "headerLabel"},
        {m_factsLabel, "factsLabel"},
        {m_timelineTreeWidget, "timelineTreeWidget"},
        {m_readErrorLabel, "timelineReadErrorLabel"},
        {m_noteTextEdit, "noteTextEdit"},
        {m_sharedCheckBox, "sharedCheckBox"},
        {m_addNoteButton, "addNoteButton"},
        {m_ownerComboBox, "ownerComboBox"},
        {m_assignButton, "assignButton"},
        {m_collaboratorComboBox, "collaboratorComboBox"},
        {m_addCollaboratorButton, "addCollaboratorButton"},
        {m_removeCollaboratorButton, "removeCollaboratorButton"},
        {m_nextStatusComboBox, "nextStatusComboBox"},
        {m_stepStackedWidget, "stepStackedWidget"},
        {m_summaryLineEdit, "summaryLineEdit"},
        {m_followUpCheckBox, "followUpCheckBox"},
        {m_satisfiedCheckBox, "satisfiedCheckBox"},
        {m_ratingSpinBox, "ratingSpinBox"},
        {m_followUpWordsLineEdit, "followUpWordsLineEdit"},
        {m_noFollowUpLineEdit, "noFollowUpLineEdit"},
        {m_reasonLineEdit, "reasonLineEdit"},
        {m_applyButton, "applyButton"},
        {m_incidentSpinBox, "incidentSpinBox"},
        {m_linkIncidentButton, "linkIncidentButton"},
    };
    for (const auto& [object, name] : names) {
        object->setObjectName(QLatin1String(name));
    }
    QFont big = m_headerLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headerLabel->setFont(big);
    m_headerLabel->setWordWrap(true);
    m_headerLabel->setTextFormat(Qt::PlainText);
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();
    m_timelineTreeWidget->setColumnCount(4);
    m_timelineTreeWidget->setHeaderLabels({tr("When"), tr("Who"), tr("Seen by"), tr("What happened")});
    m_timelineTreeWidget->setRootIsDecorated(false);
    m_timelineTreeWidget->setUniformRowHeights(false);
    m_timelineTreeWidget->setWordWrap(true);
    m_timelineTreeWidget->header()->setStretchLastSection(true);
    m_timelineTreeWidget->setColumnWidth(0, 130);
    m_timelineTreeWidget->setColumnWidth(1, 120);
    m_timelineTreeWidget->setColumnWidth(2, 80);
    m_noteTextEdit->setTabChangesFocus(true);
    m_noteTextEdit->setMaximumHeight(70);
    m_noteTextEdit->setPlaceholderText(tr("A note for the timeline"));
    // Staff that cannot be read are not "no one": the error shows and assigning and sharing wait.
    const auto staff = centre.staff();
    if (!staff) {
        m_staffReadError = staff.errorString();
        m_assignButton->setEnabled(false);
        m_addCollaboratorButton->setEnabled(false);
        m_removeCollaboratorButton->setEnabled(false);
    }
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        m_ownerComboBox->addItem(member.fullName(), member.id);
        m_collaboratorComboBox->addItem(member.fullName(), member.id);
    }
    m_ratingSpinBox->setRange(1, 5);
    m_ratingSpinBox->setValue(5);
    m_ratingSpinBox->setSuffix(tr(" of 5"));
    m_followUpCheckBox->setChecked(true);
    m_followUpWordsLineEdit->setPlaceholderText(tr("What the parent said at the follow-up"));
    m_noFollowUpLineEdit->setPlaceholderText(tr("Or: why no follow-up was possible"));
    m_summaryLineEdit->setPlaceholderText(tr("How it was resolved"));
    m_reasonLineEdit->setPlaceholderText(tr("Why it is reopened"));
    m_incidentSpinBox->setRange(0, 999999999);
    m_incidentSpinBox->setSpecialValueText(tr("none"));

    m_stepStackedWidget->addWidget(new QWidget(this));
    m_stepStackedWidget->addWidget(m_summaryLineEdit);
    auto* followUp = new QWidget(this);
    auto* followUpForm = new QFormLayout(followUp);
    followUpForm->setContentsMargins(0, 0, 0, 0);
    followUpForm->addRow(row(this, {m_followUpCheckBox, m_satisfiedCheckBox, m_ratingSpinBox}, -1));
    followUpForm->addRow(tr("Their words:"), m_followUpWordsLineEdit);
    followUpForm->addRow(tr("No follow-up:"), m_noFollowUpLineEdit);
    m_stepStackedWidget->addWidget(followUp);
    m_stepStackedWidget->addWidget(m_reasonLineEdit);

    auto* work = new QGroupBox(tr("Work on it"), this);
    auto* workForm = new QFormLayout(work);
    workForm->addRow(tr("Note:"), m_noteTextEdit);
    workForm->addRow(QString(), row(this, {m_sharedCheckBox, m_addNoteButton}));
    workForm->addRow(tr("Owner:"), row(this, {m_ownerComboBox, m_assignButton}));
    workForm->addRow(tr("Shared with:"),
                     row(this, {m_collaboratorComboBox, m_addCollaboratorButton, m_removeCollaboratorButton}));
    workForm->addRow(tr("Next step:"), row(this, {m_nextStatusComboBox, m_applyButton}));
    workForm->addRow(QString(), m_stepStackedWidget);
    workForm->addRow(tr("Incident no.:"), row(this, {m_incidentSpinBox, m_linkIncidentButton}));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_factsLabel);
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_conflictBar);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &TicketDetailDialog::reload);
    layout->addWidget(m_timelineTreeWidget, 1);
    layout->addWidget(work);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addNoteButton, &QPushButton::clicked, this, &TicketDetailDialog::addNote);
    connect(m_assignButton, &QPushButton::clicked, this, &TicketDetailDialog::assign);
    connect(m_addCollaboratorButton, &QPushButton::clicked, this, &TicketDetailDialog::addCollaborator);
    connect(m_removeCollaboratorButton, &QPushButton::clicked, this, &TicketDetailDialog::removeCollaborator);
    connect(m_applyButton, &QPushButton::clicked, this, &TicketDetailDialog::applyTransition);
    connect(m_linkIncidentButton, &QPushButton::clicked, this, &TicketDetailDialog::linkIncident);
    connect(m_nextStatusComboBox, &QComboBox::currentIndexChanged, this, &TicketDetailDialog::updateStepInputs);
    connect(m_followUpCheckBox, &QCheckBox::toggled, this, &TicketDetailDialog::updateStepInputs);
    resize(820, 760);
    reload();
}

void TicketDetailDialog::reload()
{
    auto loaded = m_tickets.ticket(m_ticketId);
    if (!loaded) {
        m_headerLabel->setText(loaded.errorString());
        return;
    }
    m_ticket = loaded.value();
    const Ticket& t = m_ticket;
    const QLocale locale;
    const auto when = [&](const QDateTime& at) {
        return at.isValid() ? locale.toString(at.toTimeZone(Clock::timeZone()), QLocale::ShortFormat) : QString();
    };
    setWindowTitle(tr("Ticket %1").arg(t.id));
    const bool overdue = t.isOverdueAt(Clock::currentDateTimeUtc());
    m_headerLabel->setText(tr("No. %1 · %2 · %3").arg(t.id).arg(t.subject, ticketStatusName(t.status))
                           + (overdue ? tr(" · OVERDUE") : QString()));
    m_headerLabel->setStyleSheet(overdue ? QStringLiteral("color: %1").arg(Palette::css(Palette::Overdue)) : QString());
    QStringList facts {
        tr("%1 family · raised by %2 · %3 · %4")
            .arg(t.familyName, t.raisedByName.isEmpty() ? tr("(not recorded)") : t.raisedByName,
                 ticketChannelName(t.channel), when(t.createdAt)),
        tr("%1 · %2 · %3 priority · children: %4")
            .arg(ticketKindName(t.kind), ticketCategoryName(t.category), ticketPriorityName(t.priority),
                 t.childNames.isEmpty() ? tr("none named") : t.childNames.join(QStringLiteral(", "))),
        tr("Owner: %1 · shared with: %2")
            .arg(t.ownerName,
                 t.collaboratorNames.isEmpty() ? tr("nobody") : t.collaboratorNames.join(QStringLiteral(", "))),
        tr("Due to acknowledge: %1 · due to resolve: %2").arg(when(t.dueAcknowledgeAt), when(t.dueResolveAt)),
    };
    if (!t.parentWords.isEmpty()) {
        facts << tr("The parent said: \"%1\"").arg(t.parentWords);
    }
    if (!t.resolutionSummary.isEmpty()) {
        facts << tr("Resolution: %1").arg(t.resolutionSummary);
    }
    if (t.incidentId) {
        facts << tr("Linked to incident %1").arg(t.incidentId);
    }
    m_factsLabel->setText(facts.join(QLatin1Char('\n')));

    m_timelineTreeWidget->clear();
    // A timeline that could not be read shows the error where its lines would be, never an empty one.
    const auto timeline = m_tickets.timeline(m_ticketId);
    const QString readError = timeline ? m_staffReadError : timeline.errorString();
    m_readErrorLabel->setText(readError);
    m_readErrorLabel->setVisible(!readError.isEmpty());
    m_timelineTreeWidget->setVisible(timeline.ok());
    const QList<TicketEvent> events = timeline ? timeline.value() : QList<TicketEvent> {};
    for (const TicketEvent& e : events) {
        auto* item = new QTreeWidgetItem(m_timelineTreeWidget);
        item->setText(0, when(e.at));
        item->setText(1, e.authorName.isEmpty() ? tr("Kindred") : e.authorName);
        item->setText(2, e.shared ? tr("Parent") : tr("Staff only"));
        item->setText(3, e.describe());
        item->setToolTip(3, Qt::convertFromPlainText(e.describe()));
    }
    m_ownerComboBox->setCurrentIndex(m_ownerComboBox->findData(t.ownerId));
    m_nextStatusComboBox->clear();
    for (TicketStatus next : TicketWorkflow::nextStatuses(t.status)) {
        m_nextStatusComboBox->addItem(ticketStatusName(next), int(next));
    }
    m_applyButton->setEnabled(m_nextStatusComboBox->count() > 0);
    m_incidentSpinBox->setValue(int(t.incidentId));
    updateStepInputs();
}

void TicketDetailDialog::updateStepInputs()
{
    const auto next = TicketStatus(m_nextStatusComboBox->currentData().toInt());
    int page = NoInputPage;
    if (m_nextStatusComboBox->count() > 0) {
        page = next == TicketStatus::Resolved ? SummaryPage
            : next == TicketStatus::Closed    ? FollowUpPage
            : next == TicketStatus::Reopened  ? ReasonPage
                                              : NoInputPage;
    }
    m_stepStackedWidget->setCurrentIndex(page);
    const bool asked = m_followUpCheckBox->isChecked();
    m_satisfiedCheckBox->setEnabled(asked);
    m_ratingSpinBox->setEnabled(asked);
    m_followUpWordsLineEdit->setEnabled(asked);
    m_noFollowUpLineEdit->setEnabled(!asked);
}

bool TicketDetailDialog::report(const QString& title, const Error& error, bool ok)
{
    if (!ok) {
        // Changed at another desk since it was shown (issue 13, point 4): say what, offer to reload.
        if (!m_conflictBar->showIfConflict(error)) {
            MessageBox::warning(this, title, error.message);
        }
        return false;
    }
    m_conflictBar->showIfConflict({});
    reload();
    return true;
}

void TicketDetailDialog::addNote()
{
    const auto done = m_tickets.addNote(m_ticketId, m_noteTextEdit->toPlainText(), m_sharedCheckBox->isChecked());
    if (report(tr("Add note"), done.error(), done.ok())) {
        m_noteTextEdit->clear();
        m_sharedCheckBox->setChecked(false);
    }
}

void TicketDetailDialog::assign()
{
    const auto done = m_tickets.assign(m_ticketId, m_ownerComboBox->currentData().toLongLong(), m_ticket.version);
    report(tr("Assign"), done.error(), done.ok());
}

void TicketDetailDialog::addCollaborator()
{
    const auto done
        = m_tickets.addCollaborator(m_ticketId, m_collaboratorComboBox->currentData().toLongLong(), m_ticket.version);
    report(tr("Share the ticket"), done.error(), done.ok());
}

void TicketDetailDialog::removeCollaborator()
{
    const auto done = m_tickets.removeCollaborator(m_ticketId, m_collaboratorComboBox->currentData().toLongLong(),
                                                   m_ticket.version);
    report(tr("Unshare the ticket"), done.error(), done.ok());
}

void TicketDetailDialog::applyTransition()
{
    const auto to = TicketStatus(m_nextStatusComboBox->currentData().toInt());
    TicketWorkflow::Step step;
    step.resolutionSummary = m_summaryLineEdit->text();
    step.reason = m_reasonLineEdit->text();
    if (m_followUpCheckBox->isChecked()) {
        step.closing.followUp = TicketFollowUp {m_satisfiedCheckBox->isChecked(), m_ratingSpinBox->value(),
                                                m_followUpWordsLineEdit->text()};
    } else {
        step.closing.noFollowUpReason = m_noFollowUpLineEdit->text();
    }
    const auto moved = m_tickets.transition(m_ticketId, to, step, m_ticket.version);
    if (!report(tr("Move the ticket"), moved.error(), moved.ok())) {
        return;
    }
    if (to == TicketStatus::Closed && moved.value() == TicketStatus::Reopened) {
        MessageBox::information(this, tr("Ticket reopened"),
                                tr("The parent was not satisfied, so the ticket is open again. Keep working on it."));
    }
    for (QLineEdit* edit : {m_summaryLineEdit, m_reasonLineEdit, m_followUpWordsLineEdit, m_noFollowUpLineEdit}) {
        edit->clear();
    }
}

void TicketDetailDialog::linkIncident()
{
    const auto done = m_tickets.linkIncident(m_ticketId, m_incidentSpinBox->value(), m_ticket.version);
    report(tr("Link incident"), done.error(), done.ok());
}

} // namespace Kindred
