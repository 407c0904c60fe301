// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketsPage.h"

#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "print/ReportRenderer.h"
#include "reports/TicketHistoryReport.h"
#include "tickets/TicketBoardModel.h"
#include "tickets/TicketCaptureDialog.h"
#include "tickets/TicketDetailDialog.h"
#include "tickets/TicketReportDialog.h"
#include "tickets/TicketService.h"
#include "widgets/EmptyListNote.h"
#include "widgets/FlowLayout.h"
#include "widgets/KeyMap.h"
#include "widgets/LabelledField.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/SiteChooser.h"
#include "widgets/UiStyle.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace Kindred {
namespace {

// Tab data: a status, or one of these.
constexpr int AllOpenTab = -1;
constexpr int AllTab = -2;
// Owner filter data: anyone, or my tickets (owned or shared), or a staff id.
constexpr qint64 AnyOwner = 0;
constexpr qint64 MyTickets = -1;

} // namespace

TicketsPage::TicketsPage(Database& database, Session& session, TicketService& tickets, FamilyService& families,
                         CentreService& centre, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_families(families)
    , m_centre(centre)
    , m_service(tickets)
    , m_model(new TicketBoardModel(this))
    , m_statusTabBar(new QTabBar(this))
    , m_ownerComboBox(new QComboBox(this))
    , m_categoryComboBox(new QComboBox(this))
    , m_kindComboBox(new QComboBox(this))
    , m_familyComboBox(new QComboBox(this))
    , m_siteChooser(new SiteChooser(database, session, this))
    , m_overdueCheckBox(new QCheckBox(tr("Overdue only"), this))
    , m_dateCheckBox(new QCheckBox(tr("Raised between"), this))
    , m_fromDateEdit(new QDateEdit(this))
    , m_toDateEdit(new QDateEdit(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_tableView(new QTableView(this))
    , m_summaryLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_captureAction(new QAction(tr("New &ticket…"), this))
{
    setObjectName(QStringLiteral("ticketsPage"));
    m_statusTabBar->setObjectName(QStringLiteral("statusTabBar"));
    m_ownerComboBox->setObjectName(QStringLiteral("ownerFilterComboBox"));
    m_categoryComboBox->setObjectName(QStringLiteral("categoryFilterComboBox"));
    m_kindComboBox->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_familyComboBox->setObjectName(QStringLiteral("familyFilterComboBox"));
    m_overdueCheckBox->setObjectName(QStringLiteral("overdueCheckBox"));
    m_dateCheckBox->setObjectName(QStringLiteral("dateRangeCheckBox"));
    m_searchLineEdit->setObjectName(QStringLiteral("ticketSearchLineEdit"));
    m_tableView->setObjectName(QStringLiteral("ticketsTableView"));
    m_tableView->setAccessibleName(tr("Tickets"));
    m_readErrorLabel->setObjectName(QStringLiteral("ticketsReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();
    m_summaryLabel->setObjectName(QStringLiteral("ticketsSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::RichText); // the overdue count in its colour; site names escaped
    m_captureAction->setObjectName(QStringLiteral("newTicketAction"));
    m_captureAction->setShortcut(KeyMap::sequence(KeyMap::NewTicket));
    m_captureAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_captureAction);

    m_statusTabBar->addTab(tr("All open"));
    m_statusTabBar->setTabData(0, AllOpenTab);
    for (TicketStatus status : allTicketStatuses()) {
        m_statusTabBar->setTabData(m_statusTabBar->addTab(ticketStatusName(status)), int(status));
    }
    m_statusTabBar->setTabData(m_statusTabBar->addTab(tr("All")), AllTab);
    m_statusTabBar->setExpanding(false);
    fillFilters();
    m_searchLineEdit->setPlaceholderText(tr("Search subjects and notes"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search tickets"));
    m_fromDateEdit->setAccessibleName(tr("Raised from"));
    m_toDateEdit->setAccessibleName(tr("Raised until"));
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateEditFormat());
        edit->setEnabled(false);
    }
    m_toDateEdit->setDate(Clock::currentDate());
    m_fromDateEdit->setDate(Clock::currentDate().addMonths(-1));
    m_tableView->setModel(m_model);
    new EmptyListNote(m_tableView,
                      tr("No tickets here. Clear the search or the filters to see more; a parent's "
                         "concern, question or compliment is taken with New ticket."));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    // Every column fits its content; the subject takes the room that is left.
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(TicketBoardModel::SubjectColumn, QHeaderView::Stretch);

    auto* newButton = new QPushButton(tr("&New ticket…"), this);
    auto* openButton = new QPushButton(tr("&Open"), this);
    auto* historyButton = new QPushButton(tr("Family histor&y PDF…"), this);
    auto* reportButton = new QPushButton(tr("&Report…"), this);
    newButton->setObjectName(QStringLiteral("newTicketButton"));
    openButton->setObjectName(QStringLiteral("openTicketButton"));
    historyButton->setObjectName(QStringLiteral("familyHistoryButton"));
    reportButton->setObjectName(QStringLiteral("reportButton"));
    newButton->setToolTip(m_captureAction->shortcut().toString(QKeySequence::NativeText));

    auto* top = new QHBoxLayout;
    top->addWidget(m_searchLineEdit, 1);
    top->addWidget(newButton);
    top->addWidget(openButton);
    top->addWidget(historyButton);
    top->addWidget(reportButton);
    // The filters flow onto a second line on a narrow or scaled screen rather than widen the window past it.
    auto* filters = new QWidget(this);
    auto* filtersLayout = new FlowLayout(filters, 6);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_siteChooser, new LabelledField(tr("Owner:"), m_ownerComboBox, filters),
                                          new LabelledField(tr("Category:"), m_categoryComboBox, filters),
                                          new LabelledField(tr("Kind:"), m_kindComboBox, filters),
                                          new LabelledField(tr("Family:"), m_familyComboBox, filters),
                                          m_overdueCheckBox, m_dateCheckBox, m_fromDateEdit, m_toDateEdit}) {
        filtersLayout->addWidget(w);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(filters);
    layout->addWidget(m_statusTabBar);
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_summaryLabel);

    connect(m_captureAction, &QAction::triggered, this,
            [this] { captureTicket(m_familyInView ? m_familyInView() : 0); });
    connect(newButton, &QPushButton::clicked, m_captureAction, &QAction::trigger);
    connect(openButton, &QPushButton::clicked, this, &TicketsPage::openCurrent);
    connect(historyButton, &QPushButton::clicked, this, &TicketsPage::printFamilyHistory);
    connect(reportButton, &QPushButton::clicked, this, &TicketsPage::showReport);
    connect(m_tableView, &QTableView::activated, this, &TicketsPage::openCurrent);
    connect(m_statusTabBar, &QTabBar::currentChanged, this, &TicketsPage::refresh);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &TicketsPage::refresh);
    connect(m_overdueCheckBox, &QCheckBox::toggled, this, &TicketsPage::refresh);
    connect(m_dateCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_fromDateEdit->setEnabled(on);
        m_toDateEdit->setEnabled(on);
        refresh();
    });
    for (QComboBox* combo : {m_ownerComboBox, m_categoryComboBox, m_kindComboBox, m_familyComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketsPage::refresh);
    }
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &TicketsPage::refresh);
    connect(m_siteChooser, &SiteChooser::siteChosen, this, &TicketsPage::refresh);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &TicketsPage::refresh);
    connect(&m_service, &TicketService::ticketChanged, this, &TicketsPage::refresh);
    connect(&m_session, &Session::actorChanged, this, [this] {
        refillFilters();
        refresh();
    });
    // "New ticket" works from every section (AppStartup adds the action to the window): it goes with the permission.
    PermissionGate::bind(m_session, m_captureAction, {Permission::ManageTickets});
    PermissionGate::bind(m_session, newButton, {Permission::ManageTickets});
    setFocusProxy(m_searchLineEdit);
    refresh();
}

void TicketsPage::fillFilters()
{
    m_ownerComboBox->addItem(tr("Any owner"), AnyOwner);
    m_ownerComboBox->addItem(tr("My tickets (owned or shared)"), MyTickets);
    // A list that could not be read says so, in the list and above the board: never a short list of owners
    // (or of families) that looks complete.
    const auto staff = m_centre.staff();
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        m_ownerComboBox->addItem(member.fullName(), member.id);
    }
    if (!staff) {
        addUnreadableItem(m_ownerComboBox, tr("Staff list could not be read"), staff.errorString());
    }
    m_categoryComboBox->addItem(tr("Any category"), -1);
    for (TicketCategory category : allTicketCategories()) {
        m_categoryComboBox->addItem(ticketCategoryName(category), int(category));
    }
    m_kindComboBox->addItem(tr("Any kind"), -1);
    for (TicketKind kind : allTicketKinds()) {
        m_kindComboBox->addItem(ticketKindName(kind), int(kind));
    }
    m_familyComboBox->addItem(tr("Any family"), 0);
    const auto listed = m_families.list(0, 5000);
    for (const FamilySummary& family : listed ? listed.value() : QList<FamilySummary> {}) {
        m_familyComboBox->addItem(family.householdName, family.id);
    }
    if (!listed) {
        addUnreadableItem(m_familyComboBox, tr("Family list could not be read"), listed.errorString());
    }
}

void TicketsPage::refillFilters()
{
    QList<QVariant> chosen;
    const QList<QComboBox*> combos {m_ownerComboBox, m_categoryComboBox, m_kindComboBox, m_familyComboBox};
    for (QComboBox* combo : combos) {
        chosen << combo->currentData();
        const QSignalBlocker quiet(combo);
        combo->clear();
        combo->setToolTip({});
    }
    m_filterReadErrors.clear();
    {
        std::vector<QSignalBlocker> quiet;
        quiet.reserve(combos.size());
        for (QComboBox* combo : combos) {
            quiet.emplace_back(combo);
        }
        fillFilters();
        for (qsizetype i = 0; i < combos.size(); ++i) {
            combos.at(i)->setCurrentIndex(std::max(0, combos.at(i)->findData(chosen.at(i))));
        }
    }
}

void TicketsPage::addUnreadableItem(QComboBox* combo, const QString& text, const QString& error)
{
    combo->addItem(text);
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
        model->item(combo->count() - 1)->setEnabled(false);
    }
    combo->setToolTip(error);
    m_filterReadErrors << error;
}

void TicketsPage::refresh()
{
    TicketFilter filter;
    const qint64 owner = m_ownerComboBox->currentData().toLongLong();
    filter.ownerId = owner > 0 ? owner : 0;
    if (const int category = m_categoryComboBox->currentData().toInt(); category >= 0) {
        filter.category = TicketCategory(category);
    }
    if (const int kind = m_kindComboBox->currentData().toInt(); kind >= 0) {
        filter.kind = TicketKind(kind);
    }
    filter.familyId = m_familyComboBox->currentData().toLongLong();
    filter.overdueOnly = m_overdueCheckBox->isChecked();
    if (m_dateCheckBox->isChecked()) {
        filter.createdFrom = m_fromDateEdit->date();
        filter.createdTo = m_toDateEdit->date();
    }
    filter.text = m_searchLineEdit->text();
    filter.siteId = m_siteChooser->chosenSite();
    m_tableView->setColumnHidden(TicketBoardModel::SiteColumn, filter.siteId != TicketFilter::AllSites);
    const auto read = m_service.board(filter);
    // A board that could not be read shows the error where the tickets would be, never an empty board; a
    // filter list that could not be read shows its error above the board.
    QStringList readErrors = m_filterReadErrors;
    if (!m_siteChooser->readError().isEmpty()) { // the list of sites to choose from
        readErrors << m_siteChooser->readError();
    }
    m_readErrorLabel->setText(read ? readErrors.join(QLatin1Char('\n')) : read.errorString());
    m_readErrorLabel->setVisible(!read || !readErrors.isEmpty());
    m_statusTabBar->setVisible(read.ok());
    m_tableView->setVisible(read.ok());
    m_summaryLabel->setVisible(read.ok());
    if (!read) {
        m_model->setRows({});
        return;
    }
    const QList<TicketSummary>& all = read.value();

    // One query for every tab: the counts come from the same rows.
    QHash<int, int> counts;
    int open = 0;
    QList<TicketSummary> shown;
    const int tab = m_statusTabBar->tabData(m_statusTabBar->currentIndex()).toInt();
    for (const TicketSummary& row : all) {
        if (owner == MyTickets && !row.mine) {
            continue;
        }
        const bool isOpen = row.status != TicketStatus::Resolved && row.status != TicketStatus::Closed;
        ++counts[int(row.status)];
        open += isOpen ? 1 : 0;
        if (tab == AllTab || (tab == AllOpenTab && isOpen) || tab == int(row.status)) {
            shown << row;
        }
    }
    const QSignalBlocker blocker(m_statusTabBar);
    for (int i = 0; i < m_statusTabBar->count(); ++i) {
        const int data = m_statusTabBar->tabData(i).toInt();
        const int n = data == AllOpenTab ? open : data == AllTab ? int(all.size()) : counts.value(data);
        const QString name = data == AllOpenTab ? tr("All open")
            : data == AllTab                    ? tr("All")
                                                : ticketStatusName(TicketStatus(data));
        m_statusTabBar->setTabText(i, tr("%1 (%2)").arg(name).arg(n));
    }
    const qint64 selected = currentTicketId();
    m_model->setRows(shown);
    int overdue = 0;
    for (int r = 0; r < shown.size(); ++r) {
        overdue += shown.at(r).overdue ? 1 : 0;
        if (shown.at(r).id == selected) {
            m_tableView->selectRow(r);
        }
    }
    QString shownText = tr("Tickets shown: %1").arg(shown.size());
    if (filter.siteId == TicketFilter::AllSites) { // how many at each site, side by side
        QStringList sites;
        QHash<QString, int> perSite;
        for (const TicketSummary& row : std::as_const(shown)) {
            if (!perSite.contains(row.siteName)) {
                sites << row.siteName;
            }
            ++perSite[row.siteName];
        }
        std::sort(sites.begin(), sites.end(),
                  [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
        QStringList parts;
        for (const QString& site : std::as_const(sites)) {
            parts << tr("%1: %2").arg(site.toHtmlEscaped()).arg(perSite.value(site));
        }
        if (!parts.isEmpty()) {
            shownText += tr(" (%1)").arg(parts.join(QStringLiteral(" · ")));
        }
    }
    m_summaryLabel->setText(overdue ? shownText
                                    + tr(" · <span style=\"color:%1\"><b>%2 overdue</b></span>")
                                          .arg(Palette::css(Palette::Overdue))
                                          .arg(overdue)
                                    : shownText);
}

void TicketsPage::showEvent(QShowEvent* event)
{
    m_siteChooser->reload(); // a site added or archived meanwhile
    QWidget::showEvent(event);
}

qint64 TicketsPage::currentTicketId() const
{
    const QModelIndex index = m_tableView->currentIndex();
    return index.isValid() ? index.data(TicketBoardModel::TicketIdRole).toLongLong() : 0;
}

TicketCaptureDialog* TicketsPage::captureTicket(qint64 familyId)
{
    auto* dialog = new TicketCaptureDialog(m_service, m_families, m_centre, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFamily(familyId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->row(r)->id == dialog->capturedTicketId()) {
                m_tableView->selectRow(r);
            }
        }
    });
    dialog->open();
    return dialog;
}

TicketDetailDialog* TicketsPage::openTicket(qint64 ticketId)
{
    if (ticketId <= 0) {
        return nullptr;
    }
    auto* dialog = new TicketDetailDialog(m_service, m_centre, ticketId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TicketsPage::openCurrent()
{
    openTicket(currentTicketId());
}

Result<int> TicketsPage::saveFamilyHistory(qint64 familyId, const QString& path) const
{
    auto doc = TicketHistoryReport::build(m_database, m_session, familyId);
    if (!doc) {
        return doc.error();
    }
    return ReportRenderer::writePdf(doc.value(), path, ReportRenderer::defaultPageSize());
}

void TicketsPage::printFamilyHistory()
{
    const QModelIndex index = m_tableView->currentIndex();
    qint64 familyId = index.isValid() ? index.data(TicketBoardModel::FamilyIdRole).toLongLong() : 0;
    if (!familyId) {
        familyId = m_familyComboBox->currentData().toLongLong();
    }
    if (!familyId) {
        MessageBox::information(this, tr("Family history"), tr("Choose a ticket of the family, or the family filter."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the family's ticket history"),
                                                      tr("ticket-history.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto saved = saveFamilyHistory(familyId, path); !saved) {
        MessageBox::warning(this, tr("Family history"), saved.errorString());
    }
}

void TicketsPage::showReport()
{
    auto* dialog = new TicketReportDialog(m_database, m_session, m_siteChooser->chosenSite(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Kindred
