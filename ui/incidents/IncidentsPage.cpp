// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentsPage.h"

#include "base/Clock.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "incidents/AmendIncidentDialog.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentService.h"
#include "reports/IncidentReport.h"
#include "widgets/EmptyListNote.h"
#include "widgets/KeyMap.h"
#include "widgets/LabelledField.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/ReportOutput.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>

namespace Kindred {
namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

IncidentsPage::IncidentsPage(Database& database, Session& session, IncidentService& incidents, FamilyService& families,
                             CentreService& centre, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_families(families)
    , m_centre(centre)
    , m_incidents(incidents)
    , m_kindFilterComboBox(new QComboBox(this))
    , m_statusFilterComboBox(new QComboBox(this))
    , m_reportableCheckBox(new QCheckBox(tr("Reportable only"), this))
    , m_fromDateEdit(new QDateEdit(this))
    , m_toDateEdit(new QDateEdit(this))
    , m_incidentsTableWidget(new QTableWidget(this))
    , m_readErrorLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New incident…"), this))
    , m_openButton(new QPushButton(tr("&Open…"), this))
    , m_signOffButton(new QPushButton(tr("&Sign off"), this))
    , m_acknowledgeButton(new QPushButton(tr("Guardian a&cknowledged…"), this))
    , m_amendButton(new QPushButton(tr("A&mend…"), this))
    , m_printButton(new QPushButton(tr("&Print preview…"), this))
    , m_pdfButton(new QPushButton(tr("P&DF…"), this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    m_kindFilterComboBox->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_statusFilterComboBox->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_reportableCheckBox->setObjectName(QStringLiteral("reportableCheckBox"));
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_incidentsTableWidget->setObjectName(QStringLiteral("incidentsTableWidget"));
    m_incidentsTableWidget->setAccessibleName(tr("Incidents"));
    new EmptyListNote(m_incidentsTableWidget,
                      tr("No incidents match these filters and dates. Widen the dates or choose \"All kinds\" and "
                         "\"Any status\", or log one with New incident."));
    m_readErrorLabel->setObjectName(QStringLiteral("incidentsReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();
    m_newButton->setObjectName(QStringLiteral("newIncidentButton"));
    m_openButton->setObjectName(QStringLiteral("openIncidentButton"));
    m_signOffButton->setObjectName(QStringLiteral("signOffButton"));
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeButton"));
    m_amendButton->setObjectName(QStringLiteral("amendButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));

    m_kindFilterComboBox->addItem(tr("All kinds"), -1);
    for (IncidentKind kind : allIncidentKinds()) {
        m_kindFilterComboBox->addItem(incidentKindName(kind), int(kind));
    }
    m_statusFilterComboBox->addItem(tr("Any status"), -1);
    for (IncidentStatus status : {IncidentStatus::Draft, IncidentStatus::Submitted, IncidentStatus::SignedOff}) {
        m_statusFilterComboBox->addItem(incidentStatusName(status), int(status));
    }
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateEditFormat());
    }
    m_fromDateEdit->setDate(Clock::currentDate().addDays(-90));
    m_toDateEdit->setDate(Clock::currentDate());

    m_incidentsTableWidget->setColumnCount(9);
    m_incidentsTableWidget->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Kind"), tr("Children"), tr("Where"),
                                                       tr("Status"), tr("Reportable"), tr("Follow-up"),
                                                       tr("Acknowledged")});
    m_incidentsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentsTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidentsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incidentsTableWidget->verticalHeader()->hide();
    m_incidentsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_incidentsTableWidget->setColumnWidth(0, 50);
    m_incidentsTableWidget->setColumnWidth(1, 130);
    m_incidentsTableWidget->setColumnWidth(3, 200);
    m_incidentsTableWidget->setColumnWidth(4, 140);
    m_incidentsTableWidget->setColumnWidth(5, 130);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new LabelledField(tr("Kind:"), m_kindFilterComboBox, this));
    filters->addWidget(new LabelledField(tr("Status:"), m_statusFilterComboBox, this));
    filters->addWidget(m_reportableCheckBox);
    auto* fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_fromDateEdit);
    filters->addWidget(fromLabel);
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(new QLabel(tr("to"), this));
    m_toDateEdit->setAccessibleName(tr("Until"));
    filters->addWidget(m_toDateEdit);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button :
         {m_newButton, m_openButton, m_signOffButton, m_acknowledgeButton, m_amendButton, m_printButton, m_pdfButton}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_incidentsTableWidget, 1);
    layout->addLayout(actions);

    connect(m_kindFilterComboBox, &QComboBox::currentIndexChanged, this, &IncidentsPage::refresh);
    connect(m_statusFilterComboBox, &QComboBox::currentIndexChanged, this, &IncidentsPage::refresh);
    connect(m_reportableCheckBox, &QCheckBox::toggled, this, &IncidentsPage::refresh);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &IncidentsPage::refresh);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &IncidentsPage::refresh);
    // Read again for whoever signs in: the list was read while the screen was locked (nobody may read).
    connect(&m_session, &Session::actorChanged, this, &IncidentsPage::refresh);
    connect(m_incidentsTableWidget, &QTableWidget::itemSelectionChanged, this, &IncidentsPage::updateButtons);
    connect(m_incidentsTableWidget, &QTableWidget::cellActivated, this, &IncidentsPage::openSelected);
    connect(m_newButton, &QPushButton::clicked, this, [this] { logIncidentFor({}); });
    connect(m_openButton, &QPushButton::clicked, this, &IncidentsPage::openSelected);
    connect(m_signOffButton, &QPushButton::clicked, this, &IncidentsPage::signOffSelected);
    connect(m_acknowledgeButton, &QPushButton::clicked, this, &IncidentsPage::acknowledgeSelected);
    connect(m_amendButton, &QPushButton::clicked, this, &IncidentsPage::amendSelected);
    connect(m_printButton, &QPushButton::clicked, this, &IncidentsPage::printSelected);
    connect(m_pdfButton, &QPushButton::clicked, this, &IncidentsPage::savePdfOfSelected);
    connect(&m_incidents, &IncidentService::incidentChanged, this, &IncidentsPage::refresh);
    auto* newShortcut = new QShortcut(KeyMap::sequence(KeyMap::NewRecord), this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { logIncidentFor({}); });
    // A director signs off; the educators log, amend and record the guardian's acknowledgement.
    for (QPushButton* button : {m_newButton, m_acknowledgeButton, m_amendButton}) {
        PermissionGate::bind(m_session, button, {Permission::LogIncidents});
    }
    PermissionGate::bind(m_session, newShortcut, {Permission::LogIncidents});
    PermissionGate::bind(m_session, m_signOffButton, {Permission::SignOffIncidents});
    refresh();
}

IncidentsPage::~IncidentsPage() = default;

void IncidentsPage::refresh()
{
    const qint64 selected = selectedIncidentId();
    IncidentFilter filter;
    filter.from = m_fromDateEdit->date();
    filter.to = m_toDateEdit->date();
    if (m_kindFilterComboBox->currentData().toInt() >= 0) {
        filter.kinds = {IncidentKind(m_kindFilterComboBox->currentData().toInt())};
    }
    if (m_statusFilterComboBox->currentData().toInt() >= 0) {
        filter.statuses = {IncidentStatus(m_statusFilterComboBox->currentData().toInt())};
    }
    filter.reportableOnly = m_reportableCheckBox->isChecked();
    const auto read = m_incidents.list(filter);
    // A list that could not be read shows the error where the incidents would be, never an empty list.
    m_readErrorLabel->setText(read ? QString() : read.errorString());
    m_readErrorLabel->setVisible(!read);
    m_incidentsTableWidget->setVisible(read.ok());
    const QList<IncidentSummary> list = read ? read.value() : QList<IncidentSummary> {};
    m_incidentsTableWidget->setRowCount(int(list.size()));
    const QColor alert = Palette::color(Palette::Alert);
    for (int row = 0; row < list.size(); ++row) {
        const IncidentSummary& s = list.at(row);
        QString status = incidentStatusName(s.status);
        if (s.amendmentCount > 0) {
            status += tr(" (%n amendment(s))", nullptr, s.amendmentCount);
        }
        const QStringList cells {QString::number(s.id),
                                 ReportHeader::shownAt(s.occurredAt),
                                 incidentKindName(s.kind),
                                 s.childNames,
                                 s.location,
                                 status,
                                 s.reportable ? tr("Reportable") : QString(),
                                 s.followUpNeeded ? tr("Needed") : QString(),
                                 s.acknowledged ? tr("Yes") : tr("Not yet")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, s.id);
            if (column == 6 && s.reportable) {
                item->setForeground(alert);
            }
            m_incidentsTableWidget->setItem(row, column, item);
        }
        if (s.id == selected) {
            m_incidentsTableWidget->selectRow(row);
        }
    }
    updateButtons();
}

qint64 IncidentsPage::selectedIncidentId() const
{
    const auto items = m_incidentsTableWidget->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(IdRole).toLongLong();
}

void IncidentsPage::updateButtons()
{
    const qint64 id = selectedIncidentId();
    const auto incident = id ? m_incidents.load(id) : Result<Incident>(Error {});
    const bool any = incident.ok();
    m_openButton->setEnabled(any);
    m_signOffButton->setEnabled(any && incident->status == IncidentStatus::Submitted);
    m_acknowledgeButton->setEnabled(any && incident->status != IncidentStatus::Draft && !incident->isAcknowledged());
    m_amendButton->setEnabled(any && incident->isSignedOff());
    m_printButton->setEnabled(any);
    m_pdfButton->setEnabled(any);
}

IncidentDialog* IncidentsPage::logIncidentFor(const QList<qint64>& childIds)
{
    auto* dialog = new IncidentDialog(m_incidents, m_families, m_centre, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startForChildren(childIds);
    dialog->show();
    return dialog;
}

void IncidentsPage::openSelected()
{
    const auto incident = m_incidents.load(selectedIncidentId());
    if (!incident) {
        return;
    }
    auto* dialog = new IncidentDialog(m_incidents, m_families, m_centre, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIncident(incident.value());
    dialog->show();
}

void IncidentsPage::signOffSelected()
{
    const qint64 id = selectedIncidentId();
    if (!id) {
        return;
    }
    if (MessageBox::question(this, tr("Sign off"),
                             tr("Sign off incident no. %1? After sign-off it can only be changed by a recorded "
                                "amendment.")
                                 .arg(id),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes) {
        return;
    }
    if (const auto done = m_incidents.signOff(id); !done) {
        MessageBox::warning(this, tr("Not signed off"), done.errorString());
    }
}

void IncidentsPage::acknowledgeSelected()
{
    const auto incident = m_incidents.load(selectedIncidentId());
    if (!incident) {
        return;
    }
    const auto guardian = MessageBox::askText(this, tr("Guardian acknowledgement"),
                                              tr("Name of the guardian who acknowledged the report:"),
                                              incident->parentNotification.notifiedName);
    if (!guardian) {
        return;
    }
    const auto how = MessageBox::askItem(this, tr("Guardian acknowledgement"), tr("How:"),
                                         {tr("Signed the printed report"), tr("In person"), tr("Email")}, true);
    if (!how) {
        return;
    }
    if (const auto done = m_incidents.acknowledge(incident->id, *guardian, *how); !done) {
        MessageBox::warning(this, tr("Not recorded"), done.errorString());
    }
}

void IncidentsPage::amendSelected()
{
    const auto incident = m_incidents.load(selectedIncidentId());
    if (!incident) {
        return;
    }
    auto* dialog = new AmendIncidentDialog(m_incidents, incident.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void IncidentsPage::printSelected()
{
    const auto document = IncidentReport(m_database, m_session).build(selectedIncidentId());
    if (document) {
        ReportOutput::printPreview(this, document.value());
    }
}

void IncidentsPage::savePdfOfSelected()
{
    const qint64 id = selectedIncidentId();
    const auto document = IncidentReport(m_database, m_session).build(id);
    if (document) {
        ReportOutput::savePdf(this, document.value(), tr("incident-%1.pdf").arg(id));
    }
}

} // namespace Kindred
