// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketReportDialog.h"

#include "base/Clock.h"
#include "print/CsvWriter.h"
#include "print/ReportRenderer.h"
#include "store/Database.h"
#include "widgets/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>

namespace Kindred {

TicketReportDialog::TicketReportDialog(Database& database, const Session& session, qint64 siteId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(session)
    , m_siteId(siteId)
    , m_fromDateEdit(new QDateEdit(this))
    , m_toDateEdit(new QDateEdit(this))
    , m_tableWidget(new QTableWidget(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketReportDialog"));
    setWindowTitle(tr("Tickets report"));
    m_fromDateEdit->setObjectName(QStringLiteral("fromMonthDateEdit"));
    m_toDateEdit->setObjectName(QStringLiteral("toMonthDateEdit"));
    m_tableWidget->setObjectName(QStringLiteral("reportTableWidget"));
    m_tableWidget->setAccessibleName(tr("Tickets in the report"));
    m_messageLabel->setObjectName(QStringLiteral("reportMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setDisplayFormat(QStringLiteral("MMMM yyyy"));
        edit->setCalendarPopup(true);
    }
    const QDate today = Clock::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_fromDateEdit->setDate(thisMonth.addMonths(-2));
    m_toDateEdit->setDate(thisMonth);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->verticalHeader()->hide();

    auto* previewButton = new QPushButton(tr("Print pre&view…"), this);
    auto* pdfButton = new QPushButton(tr("Save &PDF…"), this);
    auto* csvButton = new QPushButton(tr("Save &CSV…"), this);
    previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    csvButton->setObjectName(QStringLiteral("saveCsvButton"));
    auto* range = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_fromDateEdit);
    range->addWidget(fromLabel);
    range->addWidget(m_fromDateEdit);
    range->addWidget(new QLabel(tr("to"), this));
    m_toDateEdit->setAccessibleName(tr("Until"));
    range->addWidget(m_toDateEdit);
    range->addStretch(1);
    range->addWidget(previewButton);
    range->addWidget(pdfButton);
    range->addWidget(csvButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tableWidget, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &TicketReportDialog::refresh);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &TicketReportDialog::refresh);
    connect(previewButton, &QPushButton::clicked, this, &TicketReportDialog::printPreview);
    connect(pdfButton, &QPushButton::clicked, this, &TicketReportDialog::choosePdf);
    connect(csvButton, &QPushButton::clicked, this, &TicketReportDialog::chooseCsv);
    resize(1100, 520);
    refresh();
}

QDate TicketReportDialog::fromMonth() const
{
    const QDate d = m_fromDateEdit->date();
    return QDate(d.year(), d.month(), 1);
}

QDate TicketReportDialog::toMonth() const
{
    const QDate d = m_toDateEdit->date();
    return QDate(d.year(), d.month(), 1);
}

void TicketReportDialog::setMonths(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_fromDateEdit);
    const QSignalBlocker blockTo(m_toDateEdit);
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
    refresh();
}

void TicketReportDialog::refresh()
{
    auto computed = TicketReport::computeFor(m_session, m_database.connection(), fromMonth(), toMonth(),
                                             Clock::currentDateTimeUtc(), m_siteId);
    m_rows = computed ? computed.value() : QList<TicketReportRow> {};
    m_messageLabel->setText(computed ? (m_rows.isEmpty() ? tr("No tickets were raised in these months.") : QString())
                                     : computed.errorString());
    const QStringList header = TicketReport::csvHeader();
    const QList<QStringList> cells = TicketReport::csvRows(m_rows);
    m_tableWidget->clear();
    m_tableWidget->setColumnCount(int(header.size()));
    m_tableWidget->setHorizontalHeaderLabels(header);
    m_tableWidget->setRowCount(int(cells.size()));
    for (int r = 0; r < cells.size(); ++r) {
        for (int c = 0; c < cells.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(r).at(c));
            if (!m_rows.at(r).category) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_tableWidget->setItem(r, c, item);
        }
    }
    m_tableWidget->resizeColumnsToContents();
}

Result<int> TicketReportDialog::savePdf(const QString& path) const
{
    const auto document = TicketReport::document(m_database, m_rows, fromMonth(), toMonth());
    if (!document) {
        return document.error();
    }
    return ReportRenderer::writePdf(document.value(), path, ReportRenderer::defaultPageSize());
}

Result<void> TicketReportDialog::saveCsv(const QString& path) const
{
    return CsvWriter::writeFile(path, TicketReport::csvHeader(), TicketReport::csvRows(m_rows));
}

void TicketReportDialog::printPreview()
{
    const auto document = TicketReport::document(m_database, m_rows, fromMonth(), toMonth());
    if (!document) {
        MessageBox::warning(this, windowTitle(), document.errorString());
        return;
    }
    const ReportDocument& doc = document.value();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportRenderer::defaultPageSize()));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* target) { ReportRenderer::paint(doc, target); });
    preview.exec();
}

void TicketReportDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as PDF"), tr("tickets-%1.pdf").arg(toMonth().toString(QStringLiteral("yyyy-MM"))),
        tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto saved = savePdf(path); !saved) {
        MessageBox::warning(this, tr("Save PDF"), saved.errorString());
    }
}

void TicketReportDialog::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the figures as CSV"), tr("tickets-%1.csv").arg(toMonth().toString(QStringLiteral("yyyy-MM"))),
        tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto saved = saveCsv(path); !saved) {
        MessageBox::warning(this, tr("Save CSV"), saved.errorString());
    }
}

} // namespace Kindred
