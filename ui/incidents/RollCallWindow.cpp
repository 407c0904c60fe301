// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/RollCallWindow.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "health/HealthRecordDialog.h"
#include "incidents/DrillService.h"
#include "incidents/RollCall.h"
#include "incidents/RollCallKeeper.h"
#include "widgets/EmergencyContactsPopup.h"
#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/ReportOutput.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>

namespace Kindred {
namespace {

// A row's fill: a fifth of a status colour over the list's own background, so that the text stays readable in the
// light and the dark scheme alike.
QColor tint(Palette::Role role)
{
    const QColor base = Palette::color(Palette::Base);
    const QColor over = Palette::color(role);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    return QColor(mix(base.red(), over.red()), mix(base.green(), over.green()), mix(base.blue(), over.blue()));
}
constexpr int PersonRole = Qt::UserRole; // index into m_people, -1 on room rows

QString elapsedText(qint64 secs)
{
    return RollCallWindow::tr("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RollCallWindow::RollCallWindow(Database& database, Session& session, DrillService& drills, HealthServices health,
                               RollCallKeeper* copies, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(session)
    , m_drills(drills)
    , m_health(health)
    , m_copies(copies)
    , m_rollCall(std::make_unique<RollCall>(database, session))
    , m_statusLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_rollCallTableWidget(new QTableWidget(this))
    , m_drillKindComboBox(new QComboBox(this))
    , m_startButton(new QPushButton(tr("&Start roll call"), this))
    , m_finishButton(new QPushButton(tr("&Finish and save"), this))
    , m_printButton(new QPushButton(tr("&Print now"), this))
    , m_pdfButton(new QPushButton(tr("P&DF…"), this))
    , m_drillLogButton(new QPushButton(tr("Drill &log…"), this))
    , m_contactsButton(new QPushButton(tr("Emergency &contacts"), this))
    , m_healthButton(new QPushButton(tr("&Health record…"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("rollCallWindow"));
    setWindowTitle(tr("Emergency roll call"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setObjectName(QStringLiteral("readErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->hide();
    m_rollCallTableWidget->setObjectName(QStringLiteral("rollCallTableWidget"));
    m_rollCallTableWidget->setAccessibleName(tr("Roll call"));
    m_rollCallTableWidget->setIconSize(QSize(32, 32)); // the photos the families agreed to share
    m_drillKindComboBox->setObjectName(QStringLiteral("drillKindComboBox"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_drillLogButton->setObjectName(QStringLiteral("drillLogButton"));
    m_contactsButton->setObjectName(QStringLiteral("contactsButton"));
    m_contactsButton->setToolTip(tr("The emergency contacts of the child on the chosen row (Ctrl+E)"));
    m_healthButton->setObjectName(QStringLiteral("healthRecordButton"));
    for (DrillKind kind : {DrillKind::Drill, DrillKind::Evacuation, DrillKind::Lockdown}) {
        m_drillKindComboBox->addItem(drillKindName(kind), int(kind));
    }
    QFont big = m_statusLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_statusLabel->setFont(big);

    m_rollCallTableWidget->setColumnCount(6);
    m_rollCallTableWidget->setHorizontalHeaderLabels({tr("Accounted"), tr("Name"), tr("Life-threatening allergies"),
                                                      tr("Other allergies, medical notes"),
                                                      tr("Emergency contacts / phone"), tr("Since")});
    m_rollCallTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rollCallTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rollCallTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rollCallTableWidget->setWordWrap(true);
    m_rollCallTableWidget->verticalHeader()->hide();
    m_rollCallTableWidget->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths {80, 170, 200, 220, 260};
    for (int c = 0; c < widths.size(); ++c) {
        m_rollCallTableWidget->setColumnWidth(c, widths.at(c));
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_contactsButton);
    top->addWidget(m_healthButton);
    top->addWidget(m_printButton);
    top->addWidget(m_pdfButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_drillKindComboBox);
    bottom->addWidget(m_startButton);
    bottom->addWidget(m_finishButton);
    bottom->addStretch(1);
    bottom->addWidget(m_drillLogButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_rollCallTableWidget, 1);
    layout->addLayout(bottom);

    connect(m_printButton, &QPushButton::clicked, this, &RollCallWindow::printNow);
    connect(m_pdfButton, &QPushButton::clicked, this, &RollCallWindow::savePdf);
    connect(m_drillLogButton, &QPushButton::clicked, this, &RollCallWindow::showDrillLog);
    connect(m_startButton, &QPushButton::clicked, this,
            [this] { startDrill(DrillKind(m_drillKindComboBox->currentData().toInt())); });
    connect(m_finishButton, &QPushButton::clicked, this, &RollCallWindow::finishAsked);
    connect(m_rollCallTableWidget, &QTableWidget::cellDoubleClicked, this, [this](int row) { markRow(row); });
    auto* tick = new QShortcut(QKeySequence(Qt::Key_Space), m_rollCallTableWidget);
    tick->setContext(Qt::WidgetShortcut);
    connect(tick, &QShortcut::activated, this, [this] {
        if (markRow(m_rollCallTableWidget->currentRow())) {
            m_rollCallTableWidget->selectRow(m_rollCallTableWidget->currentRow() + 1);
        }
    });
    connect(m_contactsButton, &QPushButton::clicked, this, &RollCallWindow::showEmergencyContacts);
    connect(m_healthButton, &QPushButton::clicked, this, &RollCallWindow::showHealthRecord);
    // The roll call itself is for everyone; a child's full health record only for those who may read it.
    PermissionGate::bind(m_session, m_healthButton, {Permission::ViewMedical});
    auto* contacts = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(contacts, &QShortcut::activated, this, &RollCallWindow::showEmergencyContacts);
    // Keys besides the mnemonics, named in the tooltips: a button that is hidden or disabled does not fire.
    const auto key = [this](QPushButton* button, const QKeySequence& keys) {
        button->setToolTip(keys.toString(QKeySequence::NativeText));
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isVisible() && button->isEnabled()) {
                button->click();
            }
        });
    };
    key(m_startButton, KeyMap::sequence(KeyMap::StartRollCall));
    key(m_printButton, KeyMap::sequence(KeyMap::PrintRollCall));
    key(m_pdfButton, KeyMap::sequence(KeyMap::SaveRollCallPdf));
    connect(m_timer, &QTimer::timeout, this, &RollCallWindow::updateStatus);
    m_timer->setInterval(1000);

    // A drill left under way (a station switched off mid-drill) is picked up where it stopped.
    const auto underWay = m_drills.drillUnderWay();
    m_drillId = underWay ? underWay.value() : 0; // unreadable: refresh() shows the read error
    refresh();
    resize(1100, 700);
}

RollCallWindow::~RollCallWindow() = default;

void RollCallWindow::refresh()
{
    auto read = m_rollCall->onPremises();
    if (!read) {
        // Keep the last roll read on screen (m_people is left as it was), under the error.
        m_readError = read.errorString();
        QFont font = m_readErrorLabel->font();
        font.setBold(true);
        QString copyProblem;
        // The server away: the last copy, read only (a drill under way keeps its ticks on screen instead).
        if (!m_drillId && showCopy(copyProblem)) {
            font.setPointSizeF(QFont().pointSizeF() * 1.3);
            m_readErrorLabel->setText(staleNote());
        } else if (m_lastReadAt.isValid()) {
            font.setPointSizeF(QFont().pointSizeF());
            m_readErrorLabel->setText(tr("%1\nThe roll call below is %2.").arg(m_readError, staleNote()));
        } else {
            font.setPointSizeF(QFont().pointSizeF() * 1.6); // nothing to show below it: the error is all there is
            m_readErrorLabel->setText(
                tr("%1\nThe roll call could not be read. Use the printed list or the room sign-in sheets.")
                    .arg(copyProblem.isEmpty() ? m_readError : tr("%1\n%2").arg(m_readError, copyProblem)));
        }
        m_readErrorLabel->setFont(font);
        m_readErrorLabel->setStyleSheet(
            QStringLiteral("color: %1; border: 2px solid %1; padding: 6px;").arg(Palette::css(Palette::Alert)));
        m_readErrorLabel->show();
        updateStatus();
        return;
    }
    m_readError.clear();
    m_readErrorLabel->hide();
    m_showingCopy = false;
    m_lastReadAt = Clock::currentDateTimeUtc();
    m_people = std::move(read).value();
    if (m_copies) {
        // A copy that could not be kept leaves the last one; the keeper tries again at the next change.
        if (auto kept = m_copies->keep(m_people, m_lastReadAt); !kept) {
            DiagnosticLog::error(QStringLiteral("rollcall"), kept.errorString());
        }
    }
    if (m_drillId) {
        const auto drill = m_drills.load(m_drillId);
        if (drill) {
            m_startedAt = drill->startedAt;
            // The roll is the one taken when the drill started; ticks come from the record.
            QList<RollCallPerson> onRoll;
            for (const DrillEntry& e : drill->entries) {
                RollCallPerson p;
                for (const RollCallPerson& here : m_people) {
                    if (here.kind == e.personKind && here.id == e.personId) {
                        p = here;
                    }
                }
                p.kind = e.personKind;
                p.id = e.personId;
                p.name = e.name;
                p.roomName = e.roomName;
                p.accountedAt = e.accountedAt;
                onRoll << p;
            }
            m_people = onRoll;
        }
    }
    fillTable();
    updateStatus();
}

int RollCallWindow::rowCount() const
{
    return m_rollCallTableWidget->rowCount();
}

void RollCallWindow::fillTable()
{
    m_rollCallTableWidget->setRowCount(0);
    QString room = QStringLiteral("\x01");
    bool staffHeading = false;
    for (int i = 0; i < m_people.size(); ++i) {
        const RollCallPerson& p = m_people.at(i);
        const QString heading
            = p.isChild() ? (p.roomName.isEmpty() ? tr("No room") : p.roomName) : tr("Staff on the premises");
        if ((p.isChild() && p.roomName != room) || (!p.isChild() && !staffHeading)) {
            room = p.roomName;
            staffHeading = !p.isChild();
            const int row = m_rollCallTableWidget->rowCount();
            m_rollCallTableWidget->insertRow(row);
            auto* item = new QTableWidgetItem(heading);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setData(PersonRole, -1);
            item->setBackground(tint(Palette::Neutral));
            m_rollCallTableWidget->setItem(row, 0, item);
            m_rollCallTableWidget->setSpan(row, 0, 1, m_rollCallTableWidget->columnCount());
        }
        QStringList contacts;
        for (const EmergencyContact& c : p.contacts) {
            contacts << QStringLiteral("%1 (%2) %3").arg(c.name, c.relation, phoneText(c.phone));
        }
        QStringList other = p.otherAllergies;
        if (!p.medicalNotes.isEmpty()) {
            other << p.medicalNotes;
        }
        const QStringList cells {
            p.accountedAt.isValid()
                ? QLocale().toString(p.accountedAt.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat)
                : QString(),
            p.name,
            p.lifeThreateningAllergies.join(QStringLiteral("; ")),
            other.join(QStringLiteral("; ")),
            p.isChild() ? contacts.join(QLatin1Char('\n')) : phoneText(p.phone),
            p.since.isValid() ? QLocale().toString(p.since.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat)
                              : QString(),
        };
        const int row = m_rollCallTableWidget->rowCount();
        m_rollCallTableWidget->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(PersonRole, i);
            if (p.accountedAt.isValid()) {
                item->setBackground(tint(Palette::Here));
            } else if (p.hasLifeThreateningAllergy()) {
                item->setBackground(tint(Palette::Alert));
            }
            if (c == 2 && p.hasLifeThreateningAllergy()) {
                item->setIcon(Icons::icon(Icons::Alert, Palette::Alert)); // never colour alone
                item->setForeground(Palette::color(Palette::Alert));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (c == 1 && !p.photo.isEmpty()) { // core gives photos only with the family's consent
                QPixmap photo;
                if (photo.loadFromData(p.photo)) {
                    item->setIcon(QIcon(photo));
                }
            }
            m_rollCallTableWidget->setItem(row, c, item);
        }
    }
    m_rollCallTableWidget->resizeRowsToContents();
}

void RollCallWindow::updateStatus()
{
    int children = 0;
    int accounted = 0;
    for (const RollCallPerson& p : m_people) {
        children += p.isChild() ? 1 : 0;
        accounted += p.accountedAt.isValid() ? 1 : 0;
    }
    const int staff = int(m_people.size()) - children;
    QString text = tr("%1, %2 on the premises")
                       .arg(tr("%n child(ren)", nullptr, children), tr("%n staff member(s)", nullptr, staff));
    if (!m_readError.isEmpty()) {
        text = m_lastReadAt.isValid() ? tr("%1 — %2").arg(text, staleNote())
                                      : tr("Who is on the premises could not be read");
    }
    if (m_drillId) {
        text = tr("%1 — %2 of %3 accounted for — %4")
                   .arg(text)
                   .arg(accounted)
                   .arg(m_people.size())
                   .arg(elapsedText(m_startedAt.secsTo(Clock::currentDateTimeUtc())));
    }
    m_statusLabel->setText(text);
    const bool underWay = m_drillId != 0;
    m_startButton->setEnabled(!underWay && !m_showingCopy);
    m_drillKindComboBox->setEnabled(!underWay && !m_showingCopy);
    m_finishButton->setEnabled(underWay && !m_showingCopy);
    if (underWay && !m_timer->isActive()) {
        m_timer->start();
    } else if (!underWay) {
        m_timer->stop();
    }
}

bool RollCallWindow::startDrill(DrillKind kind)
{
    if (m_showingCopy) {
        return false; // a drill is a record on the server
    }
    const auto started = m_drills.start(kind);
    if (!started) {
        MessageBox::warning(this, tr("Roll call not started"), started.errorString());
        return false;
    }
    m_drillId = started.value();
    refresh();
    m_rollCallTableWidget->setFocus();
    m_rollCallTableWidget->selectRow(1);
    return true;
}

bool RollCallWindow::markRow(int row)
{
    if (!m_drillId || m_showingCopy || row < 0 || row >= m_rollCallTableWidget->rowCount()) {
        return false;
    }
    const int index = m_rollCallTableWidget->item(row, 0)->data(PersonRole).toInt();
    if (index < 0) {
        return false;
    }
    RollCallPerson& p = m_people[index];
    const auto marked = m_drills.markAccounted(m_drillId, p.kind, p.id);
    if (!marked) {
        MessageBox::warning(this, tr("Not ticked"), marked.errorString());
        return false;
    }
    p.accountedAt = marked.value();
    m_rollCallTableWidget->item(row, 0)->setText(
        QLocale().toString(p.accountedAt.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat));
    for (int c = 0; c < m_rollCallTableWidget->columnCount(); ++c) {
        m_rollCallTableWidget->item(row, c)->setBackground(tint(Palette::Here));
    }
    updateStatus();
    return true;
}

Result<Drill> RollCallWindow::finishDrill(const QString& notes)
{
    if (!m_drillId) {
        return Error {tr("No roll call is under way.")};
    }
    auto finished = m_drills.finish(m_drillId, notes);
    if (finished) {
        m_drillId = 0;
        refresh();
        m_statusLabel->setText(tr("Saved: %1, %2 of %3 accounted for, took %4.")
                                   .arg(drillKindName(finished->kind))
                                   .arg(finished->accountedCount)
                                   .arg(finished->peopleCount)
                                   .arg(elapsedText(finished->durationSecs())));
    }
    return finished;
}

void RollCallWindow::finishAsked()
{
    // Saving with someone unaccounted is allowed (a child collected during the drill), never by accident.
    const QList<RollCallPerson> missing = RollCall::unaccounted(m_people);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const RollCallPerson& person : missing) {
            names << (person.roomName.isEmpty() ? person.name : tr("%1 (%2)").arg(person.name, person.roomName));
        }
        const QString question = tr("%n person(s) not accounted for yet:", nullptr, int(missing.size()))
            + QLatin1Char('\n') + names.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
            + tr("Finish and save the roll call anyway?");
        if (MessageBox::question(this, tr("Not everyone is accounted for"), question) != QMessageBox::Yes) {
            return;
        }
    }
    const auto notes = MessageBox::askText(this, tr("Finish roll call"),
                                           tr("Notes for the drill log (assembly point, problems found):"));
    if (!notes) {
        return;
    }
    if (const auto finished = finishDrill(*notes); !finished) {
        MessageBox::warning(this, tr("Not saved"), finished.errorString());
    }
}

bool RollCallWindow::showCopy(QString& problem)
{
    if (!m_copies) {
        return false;
    }
    const auto copy = m_copies->copyWhileUnreachable();
    if (!copy) {
        problem = copy.errorString();
        return false;
    }
    if (!copy->has_value()) {
        return false;
    }
    m_showingCopy = true;
    m_lastReadAt = copy.value()->readAt;
    m_people = copy.value()->people;
    fillTable();
    updateStatus();
    return true;
}

const RollCallPerson* RollCallWindow::currentChild() const
{
    const QTableWidgetItem* item = m_rollCallTableWidget->item(m_rollCallTableWidget->currentRow(), 0);
    const int index = item ? item->data(PersonRole).toInt() : -1;
    return index >= 0 && index < m_people.size() && m_people.at(index).isChild() ? &m_people.at(index) : nullptr;
}

QDialog* RollCallWindow::showEmergencyContacts()
{
    const RollCallPerson* child = currentChild();
    if (!child) {
        return nullptr;
    }
    return EmergencyContactsPopup::open({{child->name, child->lifeThreateningAllergies, child->contacts}}, this);
}

QDialog* RollCallWindow::showHealthRecord()
{
    const RollCallPerson* child = currentChild();
    return child ? HealthRecordDialog::open(m_health, child->id, child->name, this) : nullptr;
}

QString RollCallWindow::staleNote() const
{
    if (m_showingCopy) {
        const QDateTime at = m_lastReadAt.toTimeZone(Clock::timeZone());
        return tr("Last copy from %1, the centre server cannot be reached: read only, it may be incomplete")
            .arg(QLocale().toString(at, QLocale::ShortFormat));
    }
    if (m_readError.isEmpty() || !m_lastReadAt.isValid()) {
        return {};
    }
    return tr("as of %1 — may be incomplete")
        .arg(QLocale().toString(m_lastReadAt.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat));
}

void RollCallWindow::printNow()
{
    const QString stale = staleNote();
    ReportOutput::print(
        this, m_rollCall->document(m_people, stale.isEmpty() ? QString() : tr("Emergency roll call %1").arg(stale)));
}

void RollCallWindow::savePdf()
{
    const QString stale = staleNote();
    ReportOutput::savePdf(
        this, m_rollCall->document(m_people, stale.isEmpty() ? QString() : tr("Emergency roll call %1").arg(stale)),
        tr("roll-call-%1.pdf").arg(Clock::currentDate().toString(Qt::ISODate)));
}

void RollCallWindow::showDrillLog()
{
    const QDate today = Clock::currentDate();
    const auto log = m_drills.drillLog(today.addYears(-1), today);
    if (!log) {
        MessageBox::warning(this, tr("Drill log"), log.errorString());
        return;
    }
    ReportOutput::printPreview(this, log.value());
}

} // namespace Kindred
