// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/AuditLogPage.h"

#include "base/Clock.h"
#include "centre/AuditReader.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "reports/AuditSentence.h"
#include "widgets/LabelledField.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

constexpr int PageSize = 200;

} // namespace

AuditLogPage::AuditLogPage(Database& database, Session& session, CentreService& centre, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_centre(centre)
    , m_query(std::make_unique<AuditReader>(database, session))
    , m_stack(new QStackedWidget(this))
    , m_refusedLabel(new QLabel(this))
    , m_fromDateEdit(new QDateEdit(this))
    , m_toDateEdit(new QDateEdit(this))
    , m_actorComboBox(new QComboBox(this))
    , m_entityComboBox(new QComboBox(this))
    , m_actionComboBox(new QComboBox(this))
    , m_textLineEdit(new QLineEdit(this))
    , m_entriesTableWidget(new QTableWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_olderButton(new QPushButton(tr("&Older"), this))
    , m_newerButton(new QPushButton(tr("&Newer"), this))
    , m_chainProblemLabel(new QLabel(this))
    , m_rawDetailsEdit(new QPlainTextEdit(this))
{
    m_chainProblemLabel->setObjectName(QStringLiteral("auditChainProblemLabel"));
    m_chainProblemLabel->setWordWrap(true);
    m_chainProblemLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; border: 1px solid %1; padding: 6px; }").arg(Palette::css(Palette::Danger)));
    m_chainProblemLabel->hide();
    m_refusedLabel->setObjectName(QStringLiteral("auditRefusedLabel"));
    m_refusedLabel->setTextFormat(Qt::PlainText);
    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setAlignment(Qt::AlignCenter);
    m_fromDateEdit->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_toDateEdit->setObjectName(QStringLiteral("auditToDateEdit"));
    m_actorComboBox->setObjectName(QStringLiteral("auditActorComboBox"));
    m_entityComboBox->setObjectName(QStringLiteral("auditEntityComboBox"));
    m_actionComboBox->setObjectName(QStringLiteral("auditActionComboBox"));
    m_textLineEdit->setObjectName(QStringLiteral("auditTextLineEdit"));
    m_entriesTableWidget->setObjectName(QStringLiteral("auditEntriesTableWidget"));
    m_entriesTableWidget->setAccessibleName(tr("Audit trail entries"));
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    for (QComboBox* combo : {m_actorComboBox, m_entityComboBox, m_actionComboBox}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_textLineEdit->setPlaceholderText(tr("Text in the details or reason"));
    m_textLineEdit->setClearButtonEnabled(true);
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDate(Clock::currentDate());
    }
    m_fromDateEdit->setDate(Clock::currentDate().addMonths(-1));

    auto* filters = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_fromDateEdit);
    filters->addWidget(fromLabel);
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(new QLabel(tr("to"), this));
    m_toDateEdit->setAccessibleName(tr("Until"));
    filters->addWidget(m_toDateEdit);
    filters->addWidget(new LabelledField(tr("By:"), m_actorComboBox, this));
    filters->addWidget(new LabelledField(tr("Record:"), m_entityComboBox, this));
    filters->addWidget(new LabelledField(tr("Change:"), m_actionComboBox, this));
    m_textLineEdit->setAccessibleName(tr("Text in the details or reason"));
    filters->addWidget(m_textLineEdit, 1);

    // Each entry as a sentence; what Kindred recorded, word for word, under the list for the selected entry.
    m_entriesTableWidget->setColumnCount(ColumnCount);
    m_entriesTableWidget->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Station"), tr("What happened"), tr("Reason")});
    m_entriesTableWidget->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_entriesTableWidget->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_entriesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entriesTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entriesTableWidget->setWordWrap(false);
    m_entriesTableWidget->verticalHeader()->hide();
    m_rawDetailsEdit->setObjectName(QStringLiteral("auditRawDetailsEdit"));
    m_rawDetailsEdit->setReadOnly(true);
    m_rawDetailsEdit->setPlaceholderText(tr("Select an entry to see exactly what Kindred recorded."));
    m_rawDetailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* rawDetailsLabel = new QLabel(tr("&Recorded details"), this);
    rawDetailsLabel->setBuddy(m_rawDetailsEdit);

    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    auto* checkButton = new QPushButton(tr("&Check the trail"), this);
    checkButton->setObjectName(QStringLiteral("auditCheckButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newerButton);
    buttons->addWidget(m_olderButton);
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(checkButton);
    buttons->addWidget(exportButton);

    auto* viewer = new QWidget(this);
    auto* viewerLayout = new QVBoxLayout(viewer);
    viewerLayout->addWidget(m_chainProblemLabel);
    viewerLayout->addLayout(filters);
    auto* rawDetails = new QWidget(this);
    auto* rawDetailsLayout = new QVBoxLayout(rawDetails);
    rawDetailsLayout->setContentsMargins(0, 0, 0, 0);
    rawDetailsLayout->addWidget(rawDetailsLabel);
    rawDetailsLayout->addWidget(m_rawDetailsEdit);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_entriesTableWidget);
    splitter->addWidget(rawDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    viewerLayout->addWidget(splitter, 1);
    viewerLayout->addLayout(buttons);
    m_stack->addWidget(viewer);
    m_stack->addWidget(m_refusedLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    const auto restart = [this] {
        m_offset = 0;
        refresh();
    };
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, restart);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, restart);
    connect(m_actorComboBox, &QComboBox::currentIndexChanged, this, restart);
    connect(m_entityComboBox, &QComboBox::currentIndexChanged, this, restart);
    connect(m_actionComboBox, &QComboBox::currentIndexChanged, this, restart);
    connect(m_textLineEdit, &QLineEdit::returnPressed, this, restart);
    connect(m_olderButton, &QPushButton::clicked, this, [this] {
        m_offset += PageSize;
        refresh();
    });
    connect(m_newerButton, &QPushButton::clicked, this, [this] {
        m_offset = qMax(0, m_offset - PageSize);
        refresh();
    });
    // Whoever signs in next may be someone to tell about a chain that failed its check.
    connect(&m_session, &Session::actorChanged, this, &AuditLogPage::tellAboutChainProblem, Qt::QueuedConnection);
    connect(m_entriesTableWidget, &QTableWidget::currentCellChanged, this, &AuditLogPage::showRawDetails);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    connect(checkButton, &QPushButton::clicked, this, &AuditLogPage::checkChain);
    connect(&m_session, &Session::actorChanged, this, &AuditLogPage::updateAccess);
    connect(&m_session, &Session::permissionsChanged, this, &AuditLogPage::updateAccess); // a role changed
    updateAccess();
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::updateAccess()
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        m_refusedLabel->setText(allowed.errorString());
        m_stack->setCurrentWidget(m_refusedLabel);
        m_entriesTableWidget->setRowCount(0);
        return;
    }
    m_stack->setCurrentIndex(0);
    const QSignalBlocker a(m_actorComboBox);
    const QSignalBlocker e(m_entityComboBox);
    const QSignalBlocker c(m_actionComboBox);
    m_actorComboBox->clear();
    m_actorComboBox->addItem(tr("Anyone"), qint64(-1));
    m_actorComboBox->addItem(tr("System"), qint64(0));
    const auto staff = m_centre.staff(true);
    if (!staff) {
        m_statusLabel->setText(staff.errorString());
    }
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        m_actorComboBox->addItem(member.fullName(), member.id);
    }
    m_entityComboBox->clear();
    m_entityComboBox->addItem(tr("Any record"), QString());
    const auto entities = m_query->entities(); // kept alive: value() refers into it
    for (const QString& entity : entities.ok() ? entities.value() : QStringList()) {
        m_entityComboBox->addItem(entity, entity);
    }
    m_actionComboBox->clear();
    m_actionComboBox->addItem(tr("Any action"), QString());
    const auto actions = m_query->actions();
    for (const QString& action : actions.ok() ? actions.value() : QStringList()) {
        m_actionComboBox->addItem(action, action);
    }
    m_offset = 0;
    refresh();
}

AuditFilter AuditLogPage::filter() const
{
    AuditFilter f;
    f.from = QDateTime(m_fromDateEdit->date(), QTime(0, 0), Clock::timeZone());
    f.to = QDateTime(m_toDateEdit->date().addDays(1), QTime(0, 0), Clock::timeZone());
    f.actorId = m_actorComboBox->currentData().toLongLong();
    f.entity = m_entityComboBox->currentData().toString();
    f.action = m_actionComboBox->currentData().toString();
    f.text = m_textLineEdit->text();
    return f;
}

void AuditLogPage::refresh()
{
    if (!m_session.can(Permission::ViewAudit)) {
        return;
    }
    const AuditFilter f = filter();
    const auto records = m_query->find(f, m_offset, PageSize);
    const auto counted = m_query->count(f);
    m_entriesTableWidget->setRowCount(0);
    m_records.clear();
    m_rawDetailsEdit->clear();
    if (!records || !counted) {
        m_statusLabel->setText(!records ? records.errorString() : counted.errorString());
        return;
    }
    const auto names = AuditNames::read(m_database, m_session, records.value());
    if (!names) {
        m_statusLabel->setText(names.errorString());
        return;
    }
    const int total = counted.value();
    m_records = records.value();
    m_entriesTableWidget->setRowCount(int(m_records.size()));
    int row = 0;
    for (const AuditRecord& r : std::as_const(m_records)) {
        const QString sentence = AuditSentence::describe(r, names.value(), Clock::timeZone());
        const QStringList cells {QLocale().toString(r.atUtc.toTimeZone(Clock::timeZone()), QLocale::ShortFormat),
                                 r.actorName, r.station, sentence, r.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_entriesTableWidget->setItem(row, c, item);
        }
        ++row;
    }
    if (m_records.isEmpty()) {
        m_rawDetailsEdit->setPlaceholderText(
            tr("No entries match these filters. Widen the dates or set a filter back to \"Anyone\", \"Any record\" "
               "or \"Any action\"."));
    } else {
        m_rawDetailsEdit->setPlaceholderText(tr("Select an entry to see exactly what Kindred recorded."));
    }
    m_statusLabel->setText(tr("Entries %1–%2 of %3, newest first")
                               .arg(total == 0 ? 0 : m_offset + 1)
                               .arg(m_offset + records->size())
                               .arg(total));
    m_newerButton->setEnabled(m_offset > 0);
    m_olderButton->setEnabled(m_offset + records->size() < total);
}

void AuditLogPage::showRawDetails(int row)
{
    if (row < 0 || row >= m_records.size()) {
        m_rawDetailsEdit->clear();
        return;
    }
    const AuditRecord& r = m_records.at(row);
    QString text = tr("Entry %1 · action %2 · record %3 %4\nAt %5 (UTC)\n")
                       .arg(r.id)
                       .arg(r.action, r.entity)
                       .arg(r.entityId)
                       .arg(r.atUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!r.station.isEmpty()) {
        text += tr("Station: %1\n").arg(r.station);
    }
    if (!r.reason.isEmpty()) {
        text += tr("Reason: %1\n").arg(r.reason);
    }
    text += QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Indented));
    m_rawDetailsEdit->setPlainText(text);
}

void AuditLogPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), tr("audit-trail.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = m_query->exportCsv(filter(), path);
    if (!written) {
        MessageBox::warning(this, tr("Export the audit trail"), written.errorString());
        return;
    }
    m_statusLabel->setText(tr("%n entries exported.", nullptr, written.value()));
}

void AuditLogPage::setChainVerdict(const Result<void>& verdict)
{
    m_chainProblem = verdict.ok() ? QString() : verdict.errorString();
    m_chainChecked = true;
    m_toldActors.clear();
    showChainProblem();
    // After the window is up and whatever opened the file has finished.
    QMetaObject::invokeMethod(this, &AuditLogPage::tellAboutChainProblem, Qt::QueuedConnection);
}

void AuditLogPage::showChainProblem()
{
    m_chainProblemLabel->setText(
        tr("<b>The audit trail failed its check.</b> %1 Keep a copy of this data file and tell the centre's "
           "administrator.")
            .arg(m_chainProblem.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_chainProblemLabel->setVisible(!m_chainProblem.isEmpty());
}

// Told once per person who may see the trail, when they are signed in (now or later). Not the system
// actor: before anyone signs in, nobody is known to be looking.
void AuditLogPage::tellAboutChainProblem()
{
    if (m_chainProblem.isEmpty() || !m_session.isSignedIn() || !m_session.can(Permission::ViewAudit)
        || m_toldActors.contains(m_session.actorId())) {
        return;
    }
    m_toldActors.insert(m_session.actorId());
    MessageBox::warning(window(), tr("Audit trail"),
                        tr("The audit trail failed its check when this data file was opened.\n\n%1\n\nThe front "
                           "desk can go on working. Open \"Audit trail\" to see the entries, keep a copy of this "
                           "file, and tell the centre's administrator.")
                            .arg(m_chainProblem));
}

void AuditLogPage::checkChain()
{
    QSettings stationSettings;
    const auto verified = m_query->verify(&stationSettings);
    if (m_session.can(Permission::ViewAudit)) {
        m_chainProblem = verified.ok() ? QString() : verified.errorString();
        showChainProblem();
    }
    if (!verified) {
        MessageBox::critical(this, tr("Audit trail"), verified.errorString());
        return;
    }
    MessageBox::information(this, tr("Audit trail"),
                            tr("Every entry is as Kindred wrote it: nothing was edited, removed or slipped in. Every "
                               "protected record (pickup rules, attendance, roles, accounts) matches its last "
                               "audited state."));
}

} // namespace Kindred
