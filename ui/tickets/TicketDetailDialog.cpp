// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketDetailDialog.h"

#include "base/FieldLimits.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "tickets/TicketService.h"
#include "tickets/TicketWorkflow.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
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

// The same row as a layout, for a form row or a column: a problem with one of its fields is then shown on a line
// under the row (FieldProblemLabels).
QHBoxLayout* rowLayout(std::initializer_list<QWidget*> widgets, int stretchIndex = 0)
{
    auto* layout = new QHBoxLayout;
    int i = 0;
    for (QWidget* w : widgets) {
        layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
    }
    return layout;
}

// A step's page: its row of inputs, with room under it for their problems.
QWidget* stepPage(QWidget* parent, QHBoxLayout* inputs)
{
    auto* page = new QWidget(parent);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(inputs);
    return page;
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
    , m_stepStackedWidget(new QStackedWidget(this))
    , m_summaryLineEdit(new QLineEdit(this))
    , m_resolveButton(new QPushButton(tr("&Mark resolved"), this))
    , m_ratingComboBox(new QComboBox(this))
    , m_followUpWordsLineEdit(new QLineEdit(this))
    , m_closeSatisfiedButton(new QPushButton(tr("&Satisfied: close"), this))
    , m_notSatisfiedButton(new QPushButton(tr("Not satisfied: r&eopen"), this))
    , m_noFollowUpLineEdit(new QLineEdit(this))
    , m_closeNoFollowUpButton(new QPushButton(tr("Close wit&hout follow-up"), this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_reopenButton(new QPushButton(tr("&Yes, reopen"), this))
    , m_incidentSpinBox(new QSpinBox(this))
    , m_linkIncidentButton(new QPushButton(tr("&Link incident"), this))
    , m_problems(new FieldProblemLabels(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketDetailDialog"));
    // Each step named by what it does, with a key of its own; a step needing no input is one press.
    const QList<std::tuple<TicketStatus, QString, const char*>> steps {
        {TicketStatus::Acknowledged, tr("Ac&knowledge"), "acknowledgeButton"},
        {TicketStatus::InProgress, tr("Start &work"), "startWorkButton"},
        {TicketStatus::WaitingForParent, tr("Waiting for &parent"), "waitingButton"},
        {TicketStatus::Resolved, tr("&Resolve"), "resolveStepButton"},
        {TicketStatus::Closed, tr("Close with &follow-up"), "closeStepButton"},
        {TicketStatus::Reopened, tr("Re&open"), "reopenStepButton"},
    };
    for (const auto& [status, text, name] : steps) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, [this, to = status] { chooseStep(to); });
        m_stepButtons.append({status, button});
    }
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
        {m_stepStackedWidget, "stepStackedWidget"},
        {m_summaryLineEdit, "summaryLineEdit"},
        {m_resolveButton, "resolveButton"},
        {m_ratingComboBox, "ratingComboBox"},
        {m_followUpWordsLineEdit, "followUpWordsLineEdit"},
        {m_closeSatisfiedButton, "closeSatisfiedButton"},
        {m_notSatisfiedButton, "notSatisfiedButton"},
        {m_noFollowUpLineEdit, "noFollowUpLineEdit"},
        {m_closeNoFollowUpButton, "closeNoFollowUpButton"},
        {m_reasonLineEdit, "reasonLineEdit"},
        {m_reopenButton, "reopenButton"},
        {m_incidentSpinBox, "incidentSpinBox"},
        {m_linkIncidentButton, "linkIncidentButton"},
        {m_problemLabel, "problemLabel"},
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
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_problemLabel->hide();
    m_timelineTreeWidget->setAccessibleName(tr("Timeline"));
    m_timelineTreeWidget->setColumnCount(4);
    m_timelineTreeWidget->setHeaderLabels({tr("When"), tr("Who"), tr("Seen by"), tr("What happened")});
    m_timelineTreeWidget->setRootIsDecorated(false);
    m_timelineTreeWidget->setUniformRowHeights(false);
    m_timelineTreeWidget->setWordWrap(true);
    m_timelineTreeWidget->header()->setStretchLastSection(true);
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
    // No rating until one is chosen: core refuses to close without one, at this field.
    m_ratingComboBox->addItem(QString(), 0);
    for (int rating = 1; rating <= 5; ++rating) {
        m_ratingComboBox->addItem(tr("%1 of 5").arg(rating), rating);
    }
    m_followUpWordsLineEdit->setPlaceholderText(tr("What the parent said at the follow-up"));
    m_noFollowUpLineEdit->setPlaceholderText(tr("Or: why no follow-up was possible"));
    m_summaryLineEdit->setPlaceholderText(tr("How it was resolved"));
    m_reasonLineEdit->setPlaceholderText(tr("Why it is reopened"));
    m_incidentSpinBox->setRange(0, 999999999);
    m_incidentSpinBox->setSpecialValueText(tr("none"));

    m_stepStackedWidget->addWidget(new QWidget(this));
    m_stepStackedWidget->addWidget(stepPage(this, rowLayout({m_summaryLineEdit, m_resolveButton})));
    auto* followUp = new QWidget(this);
    auto* followUpForm = new QFormLayout(followUp);
    followUpForm->setContentsMargins(0, 0, 0, 0);
    auto* ratingLabel = new QLabel(tr("Parent's ratin&g:"), this);
    ratingLabel->setBuddy(m_ratingComboBox);
    followUpForm->addRow(tr("Their words:"), m_followUpWordsLineEdit);
    auto* ratingRow = rowLayout({m_ratingComboBox, m_closeSatisfiedButton, m_notSatisfiedButton}, -1);
    ratingRow->addStretch(1);
    followUpForm->addRow(ratingLabel, ratingRow);
    followUpForm->addRow(tr("No follow-up:"), rowLayout({m_noFollowUpLineEdit, m_closeNoFollowUpButton}));
    m_stepStackedWidget->addWidget(followUp);
    m_stepStackedWidget->addWidget(stepPage(this, rowLayout({m_reasonLineEdit, m_reopenButton})));
    auto* stepRow = new QWidget(this);
    auto* stepLayout = new QHBoxLayout(stepRow);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [status, button] : m_stepButtons) {
        stepLayout->addWidget(button);
    }
    stepLayout->addStretch(1);

    auto* work = new QGroupBox(tr("Work on it"), this);
    auto* workForm = new QFormLayout(work);
    workForm->addRow(tr("Note:"), m_noteTextEdit);
    workForm->addRow(QString(), row(this, {m_sharedCheckBox, m_addNoteButton}));
    workForm->addRow(tr("Owner:"), rowLayout({m_ownerComboBox, m_assignButton}));
    workForm->addRow(tr("Shared with:"),
                     rowLayout({m_collaboratorComboBox, m_addCollaboratorButton, m_removeCollaboratorButton}));
    workForm->addRow(tr("Next step:"), stepRow);
    workForm->addRow(QString(), m_stepStackedWidget);
    workForm->addRow(tr("Incident no.:"), rowLayout({m_incidentSpinBox, m_linkIncidentButton}));
    workForm->addRow(QString(), m_problemLabel);

    // Each refusal said under the field it is about, with the focus there (ui/STYLE-NOTE.md, "Errors"); one
    // about no field (a step the ticket cannot take, a failed save) under the form.
    m_problems->bind(QStringLiteral("note"), m_noteTextEdit);
    m_problems->bind(QStringLiteral("ownerId"), m_ownerComboBox);
    m_problems->bind(QStringLiteral("staffId"), m_collaboratorComboBox);
    m_problems->bindLines({
        {"resolutionSummary", m_summaryLineEdit, FieldLimits::Notes},
        {"followUp.words", m_followUpWordsLineEdit, FieldLimits::Notes},
        {"noFollowUpReason", m_noFollowUpLineEdit, FieldLimits::Notes},
        {"reason", m_reasonLineEdit, FieldLimits::Notes},
    });
    m_problems->bind(QStringLiteral("followUp.rating"), m_ratingComboBox);
    m_problems->bind(QStringLiteral("incidentId"), m_incidentSpinBox);

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
    connect(m_resolveButton, &QPushButton::clicked, this, [this] { applyTransition(TicketStatus::Resolved); });
    connect(m_closeSatisfiedButton, &QPushButton::clicked, this,
            [this] { applyTransition(TicketStatus::Closed, Closing::Satisfied); });
    connect(m_notSatisfiedButton, &QPushButton::clicked, this,
            [this] { applyTransition(TicketStatus::Closed, Closing::NotSatisfied); });
    connect(m_closeNoFollowUpButton, &QPushButton::clicked, this,
            [this] { applyTransition(TicketStatus::Closed, Closing::NoFollowUp); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { applyTransition(TicketStatus::Reopened); });
    connect(m_linkIncidentButton, &QPushButton::clicked, this, &TicketDetailDialog::linkIncident);
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
    // The timeline's lines say their whole date: "Tue 10 Mar 2026, 09:05", never a bare time.
    const auto fullWhen = [&](const QDateTime& at) {
        if (!at.isValid()) {
            return QString();
        }
        const QDateTime local = at.toTimeZone(Clock::timeZone());
        return tr("%1, %2", "a timeline line's date, time")
            .arg(locale.toString(local.date(), tr("ddd d MMM yyyy", "a timeline line's date")),
                 locale.toString(local.time(), QLocale::ShortFormat));
    };
    setWindowTitle(tr("Ticket %1").arg(t.id));
    const bool overdue = t.isOverdueAt(Clock::currentDateTimeUtc());
    m_headerLabel->setText(tr("No. %1 · %2 · %3").arg(t.id).arg(isolated(t.subject), ticketStatusName(t.status))
                           + (overdue ? tr(" · OVERDUE") : QString()));
    m_headerLabel->setStyleSheet(overdue ? QStringLiteral("color: %1").arg(Palette::css(Palette::Overdue)) : QString());
    QStringList facts {
        tr("%1 family · raised by %2 · %3 · %4")
            .arg(isolated(t.familyName), t.raisedByName.isEmpty() ? tr("(not recorded)") : t.raisedByName,
                 ticketChannelName(t.channel), when(t.createdAt)),
        tr("%1 · %2 · %3 priority · children: %4")
            .arg(ticketKindName(t.kind), ticketCategoryName(t.category), ticketPriorityName(t.priority),
                 t.childNames.isEmpty() ? tr("none named") : t.childNames.join(QStringLiteral(", "))),
        tr("Owner: %1 · shared with: %2")
            .arg(isolated(t.ownerName),
                 t.collaboratorNames.isEmpty() ? tr("nobody") : t.collaboratorNames.join(QStringLiteral(", "))),
        tr("Due to acknowledge: %1 · due to resolve: %2").arg(when(t.dueAcknowledgeAt), when(t.dueResolveAt)),
    };
    if (t.siteId != m_tickets.stationSiteId()) { // opened by someone who sees every site
        facts.prepend(tr("Raised at %1, not at this station's site").arg(isolated(t.siteName)));
    }
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
        item->setText(0, fullWhen(e.at));
        item->setText(1, e.authorName.isEmpty() ? tr("Kindred") : e.authorName);
        item->setText(2, e.shared ? tr("Parent") : tr("Staff only"));
        item->setText(3, e.describe());
        item->setToolTip(3, Qt::convertFromPlainText(e.describe()));
    }
    m_timelineTreeWidget->resizeColumnToContents(0);
    m_ownerComboBox->setCurrentIndex(m_ownerComboBox->findData(t.ownerId));
    const QList<TicketStatus> next = TicketWorkflow::nextStatuses(t.status);
    for (const auto& [status, button] : m_stepButtons) {
        button->setVisible(next.contains(status));
    }
    m_incidentSpinBox->setValue(int(t.incidentId));
    showStepInputs(TicketStatus::New); // no step chosen yet: no inputs shown
}

void TicketDetailDialog::showStepInputs(TicketStatus to)
{
    const int page = to == TicketStatus::Resolved ? SummaryPage
        : to == TicketStatus::Closed              ? FollowUpPage
        : to == TicketStatus::Reopened            ? ReasonPage
                                                  : NoInputPage;
    if (page != m_stepStackedWidget->currentIndex()) {
        m_problems->show(FieldProblems(), m_problemLabel, false); // the last step's problems go with its inputs
    }
    m_stepStackedWidget->setCurrentIndex(page);
    // Return in the step's fields takes the step: its button is the dialog's default while shown.
    QPushButton* confirm = page == SummaryPage ? m_resolveButton
        : page == FollowUpPage                 ? m_closeSatisfiedButton
        : page == ReasonPage                   ? m_reopenButton
                                               : nullptr;
    for (QPushButton* button : {m_resolveButton, m_closeSatisfiedButton, m_reopenButton}) {
        button->setDefault(button == confirm);
    }
    QWidget* first = page == SummaryPage ? static_cast<QWidget*>(m_summaryLineEdit)
        : page == FollowUpPage           ? m_followUpWordsLineEdit
        : page == ReasonPage             ? m_reasonLineEdit
                                         : nullptr;
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void TicketDetailDialog::chooseStep(TicketStatus to)
{
    if (to == TicketStatus::Resolved || to == TicketStatus::Closed || to == TicketStatus::Reopened) {
        showStepInputs(to);
        return;
    }
    applyTransition(to);
}

bool TicketDetailDialog::report(const Error& error, bool ok)
{
    if (!ok) {
        // Changed at another desk since it was shown (issue 13, point 4): say what, offer to reload.
        if (!m_conflictBar->showIfConflict(error)) {
            FieldProblems refused;
            refused.add(error.field, error.message);
            showProblems(refused);
        }
        return false;
    }
    m_conflictBar->showIfConflict({});
    showProblems(FieldProblems());
    reload();
    return true;
}

void TicketDetailDialog::showProblems(const FieldProblems& problems)
{
    m_problems->show(problems, m_problemLabel);
}

void TicketDetailDialog::addNote()
{
    const auto done = m_tickets.addNote(m_ticketId, m_noteTextEdit->toPlainText(), m_sharedCheckBox->isChecked());
    if (report(done.error(), done.ok())) {
        m_noteTextEdit->clear();
        m_sharedCheckBox->setChecked(false);
    }
}

void TicketDetailDialog::assign()
{
    const auto done = m_tickets.assign(m_ticketId, m_ownerComboBox->currentData().toLongLong(), m_ticket.version);
    report(done.error(), done.ok());
}

void TicketDetailDialog::addCollaborator()
{
    const auto done
        = m_tickets.addCollaborator(m_ticketId, m_collaboratorComboBox->currentData().toLongLong(), m_ticket.version);
    report(done.error(), done.ok());
}

void TicketDetailDialog::removeCollaborator()
{
    const auto done = m_tickets.removeCollaborator(m_ticketId, m_collaboratorComboBox->currentData().toLongLong(),
                                                   m_ticket.version);
    report(done.error(), done.ok());
}

void TicketDetailDialog::applyTransition(TicketStatus to, Closing closing)
{
    TicketWorkflow::Step step;
    step.resolutionSummary = m_summaryLineEdit->text();
    step.reason = m_reasonLineEdit->text();
    if (closing == Closing::NoFollowUp) {
        step.closing.noFollowUpReason = m_noFollowUpLineEdit->text();
    } else {
        step.closing.followUp = TicketFollowUp {closing == Closing::Satisfied, m_ratingComboBox->currentData().toInt(),
                                                m_followUpWordsLineEdit->text()};
    }
    // Every problem with the step's inputs at once, each at its field; nothing is asked of the store until none.
    if (const FieldProblems problems = TicketWorkflow::stepProblems(to, step); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const auto moved = m_tickets.transition(m_ticketId, to, step, m_ticket.version);
    if (!report(moved.error(), moved.ok())) {
        return;
    }
    if (to == TicketStatus::Closed && moved.value() == TicketStatus::Reopened) {
        MessageBox::information(this, tr("Ticket reopened"),
                                tr("The parent was not satisfied, so the ticket is open again. Keep working on it."));
    }
    for (QLineEdit* edit : {m_summaryLineEdit, m_reasonLineEdit, m_followUpWordsLineEdit, m_noFollowUpLineEdit}) {
        edit->clear();
    }
    m_ratingComboBox->setCurrentIndex(0);
}

void TicketDetailDialog::linkIncident()
{
    const auto done = m_tickets.linkIncident(m_ticketId, m_incidentSpinBox->value(), m_ticket.version);
    report(done.error(), done.ok());
}

} // namespace Kindred
