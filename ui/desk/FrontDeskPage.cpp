// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/FrontDeskPage.h"

#include "Services.h"
#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceService.h"
#include "attendance/SecurityCode.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "desk/CheckOutDialog.h"
#include "desk/ChildCard.h"
#include "desk/DeskActionBar.h"
#include "desk/DeskToolBar.h"
#include "desk/LabelPrinting.h"
#include "desk/TodayPanel.h"
#include "families/FamilyService.h"
#include "tickets/OverdueTicketsLabel.h"
#include "widgets/EmergencyContactsPopup.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"
#include "widgets/ScannerDetector.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace Kindred {

FrontDeskPage::FrontDeskPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_database(services.database())
    , m_families(services.families())
    , m_session(services.session())
    , m_attendance(services.attendance())
    , m_busyRetry(new BusyRetry(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_resultsListWidget(new QListWidget(this))
    , m_familyTitleLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_cardsWidget(new QWidget(this))
    , m_cardsLayout(new QVBoxLayout(m_cardsWidget))
    , m_adultComboBox(new QComboBox(this))
    , m_deskStaffComboBox(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("frontDeskPage"));
    m_searchLineEdit->setObjectName(QStringLiteral("frontDeskSearchLineEdit"));
    m_resultsListWidget->setObjectName(QStringLiteral("frontDeskResultsListWidget"));
    m_familyTitleLabel->setObjectName(QStringLiteral("frontDeskFamilyLabel"));
    m_familyTitleLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setObjectName(QStringLiteral("frontDeskReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QString::fromLatin1(AlertColor)));
    m_readErrorLabel->hide();
    m_adultComboBox->setObjectName(QStringLiteral("frontDeskAdultComboBox"));
    m_deskStaffComboBox->setObjectName(QStringLiteral("frontDeskStaffComboBox"));
    m_statusLabel->setObjectName(QStringLiteral("frontDeskStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_searchLineEdit->setPlaceholderText(
        tr("Find a family: a child's or adult's name, phone digits, card code — or scan the card or a pickup code"));
    m_searchLineEdit->setClearButtonEnabled(true);
    QFont big = m_searchLineEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_searchLineEdit->setFont(big);
    m_resultsListWidget->setUniformItemSizes(true);
    m_resultsListWidget->setFocusPolicy(Qt::NoFocus);
    QFont title = m_familyTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_familyTitleLabel->setFont(title);
    m_familyTitleLabel->setText(tr("No family open"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adultComboBox->setFocusPolicy(Qt::NoFocus);
    m_deskStaffComboBox->setFocusPolicy(Qt::NoFocus);
    m_deskStaffComboBox->addItem(tr("(signed-in user)"), qint64(0));
    const auto staff = services.centre().staff(); // unreadable: the signed-in user only (the cards show the read error)
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        m_deskStaffComboBox->addItem(member.fullName(), member.id);
    }

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("frontDeskCardsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_cardsWidget);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_cardsLayout->addStretch(1);

    // Who brings or collects, and who is at the desk: only for those who check children in and out.
    auto* peopleWidget = new QWidget(this);
    auto* people = new QFormLayout(peopleWidget);
    people->setContentsMargins(0, 0, 0, 0);
    PermissionGate::bind(m_session, peopleWidget, {Permission::CheckInOut});
    people->addRow(tr("Adult at the desk:"), m_adultComboBox);
    people->addRow(tr("Staff at the desk:"), m_deskStaffComboBox);

    auto* familyPanel = new QWidget(this);
    auto* familyLayout = new QVBoxLayout(familyPanel);
    familyLayout->addWidget(m_familyTitleLabel);
    m_overdueTicketsLabel = new OverdueTicketsLabel(services.tickets(), m_session, this);
    familyLayout->addWidget(m_overdueTicketsLabel);
    familyLayout->addWidget(m_readErrorLabel);
    familyLayout->addWidget(scroll, 1);
    // With no family open, today at a glance in the cards' place (issue 15, point 3).
    m_todayPanel = new TodayPanel(services, familyPanel);
    familyLayout->addWidget(m_todayPanel, 1);
    connect(m_todayPanel, &TodayPanel::familyRequested, this, &FrontDeskPage::openFamily);
    familyLayout->addWidget(peopleWidget);
    auto* actions = new DeskActionBar(*this, m_session, familyPanel);
    connect(actions, &DeskActionBar::checkInRequested, this, &FrontDeskPage::checkInSelected);
    connect(actions, &DeskActionBar::checkInAllRequested, this, &FrontDeskPage::checkInAll);
    connect(actions, &DeskActionBar::checkOutRequested, this, &FrontDeskPage::checkOutSelected);
    connect(actions, &DeskActionBar::absentRequested, this, &FrontDeskPage::markAbsent);
    connect(actions, &DeskActionBar::printLabelsRequested, this, &FrontDeskPage::printLabels);
    connect(actions, &DeskActionBar::emergencyContactsRequested, this, &FrontDeskPage::showEmergencyContacts);
    familyLayout->addWidget(actions);
    familyLayout->addWidget(new DeskToolBar(*this, services, familyPanel));
    familyLayout->addWidget(m_statusLabel);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_resultsListWidget);
    splitter->addWidget(familyPanel);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({320, 700});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_searchLineEdit);

    auto* scanner = new ScannerDetector(m_searchLineEdit);
    connect(scanner, &ScannerDetector::scanned, this, &FrontDeskPage::handleScan);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &FrontDeskPage::search);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &FrontDeskPage::openFromSearch);
    connect(m_resultsListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { openFamily(item->data(Qt::UserRole).toLongLong()); });
    connect(&m_attendance, &AttendanceService::attendanceChanged, this, [this](qint64) { refreshFamily(); });
    m_busyRetry->setObjectName(QStringLiteral("frontDeskBusyRetry"));
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] {
        m_statusLabel->setText(BusyRetry::waitingMessage());
        m_statusLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(WaitingColor)));
    });
    rebuildCards();
}

void FrontDeskPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::OtherFocusReason);
    m_searchLineEdit->selectAll();
}

void FrontDeskPage::search(const QString& text)
{
    m_resultsListWidget->clear();
    if (text.trimmed().isEmpty()) {
        return;
    }
    const auto found = m_families.search(text, 30);
    if (!found) {
        // In place of the results: "no family found" would send the receptionist the wrong way.
        auto* item = new QListWidgetItem(found.errorString(), m_resultsListWidget);
        item->setForeground(QColor(QString::fromLatin1(AlertColor)));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const FamilySummary& s : found.value()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2\n%3").arg(s.householdName, s.childNames, s.adultNames),
                                         m_resultsListWidget);
        item->setData(Qt::UserRole, s.id);
        if (s.hasLifeThreateningAllergy) {
            item->setForeground(QColor(QString::fromLatin1(AlertColor)));
        }
    }
    if (m_resultsListWidget->count() > 0) {
        m_resultsListWidget->setCurrentRow(0);
    }
}

void FrontDeskPage::openFromSearch()
{
    // Enter: open the highlighted result; with nothing typed and a family open, check in.
    if (m_searchLineEdit->text().trimmed().isEmpty()) {
        if (m_session.can(Permission::CheckInOut)) { // like F2, which DeskActionBar gates
            checkInSelected();
        }
        return;
    }
    if (QListWidgetItem* item = m_resultsListWidget->currentItem()) {
        openFamily(item->data(Qt::UserRole).toLongLong());
    }
}

void FrontDeskPage::handleScan(const QString& text)
{
    const QString upper = text.trimmed().toUpper();
    const auto byCard = m_families.familyIdForCardCode(upper);
    if (!byCard) {
        showStatus(byCard.errorString(), false);
        focusSearch();
        return;
    }
    if (const qint64 familyId = byCard.value()) {
        openFamily(familyId);
        return;
    }
    const QString code = SecurityCode::normalise(text);
    if (SecurityCode::isWellFormed(code) && m_session.can(Permission::CheckInOut)) {
        auto found = AttendanceReader(m_database, m_session).byCode(code, Clock::currentDate());
        if (found && openFamily(found->familyId)) {
            for (ChildCard* card : cards()) {
                card->setSelected(card->childId() == found->childId);
            }
            checkOutSelected();
            return;
        }
    }
    showStatus(tr("No family card or pickup code matches \"%1\".").arg(text), false);
    focusSearch();
}

bool FrontDeskPage::openFamily(qint64 familyId)
{
    auto loaded = m_families.load(familyId);
    if (!loaded) {
        showStatus(loaded.errorString(), false);
        return false;
    }
    m_family = loaded.value();
    m_lastCheckIns.clear();
    m_searchLineEdit->clear();
    rebuildCards();
    showStatus({}, true);
    focusSearch();
    return true;
}

void FrontDeskPage::rebuildCards()
{
    for (ChildCard* card : cards()) {
        delete card;
    }
    m_adultComboBox->clear();
    if (m_family.id == 0) {
        m_familyTitleLabel->setText(tr("No family open — type a name or scan a card"));
    } else {
        m_familyTitleLabel->setText(tr("%1 family · card %2").arg(m_family.householdName, m_family.cardCode));
    }
    m_overdueTicketsLabel->showFamily(m_family.id);
    findChild<QScrollArea*>(QStringLiteral("frontDeskCardsScrollArea"))->setVisible(m_family.id != 0);
    m_todayPanel->setVisible(m_family.id == 0);
    int row = 0;
    for (const Child& child : std::as_const(m_family.children)) {
        auto* card = new ChildCard(child, m_family, m_cardsWidget);
        m_cardsLayout->insertWidget(row++, card);
        card->show();
    }
    for (const Person& adult : std::as_const(m_family.adults)) {
        QPixmap pixmap;
        const QIcon icon = !adult.photo.isEmpty() && pixmap.loadFromData(adult.photo) ? QIcon(pixmap) : QIcon();
        m_adultComboBox->addItem(icon, QStringLiteral("%1 (%2)").arg(adult.fullName(), adult.relation), adult.id);
    }
    refreshFamily();
}

void FrontDeskPage::refreshFamily()
{
    if (m_family.id == 0) {
        return;
    }
    AttendanceReader reader(m_database, m_session);
    const auto open = reader.openForFamily(m_family.id);
    const auto absences = open ? reader.absencesForFamily(m_family.id, Clock::currentDate())
                               : Result<QHash<qint64, Absence>>(open.error());
    m_readErrorLabel->setText(absences ? QString() : absences.errorString());
    m_readErrorLabel->setVisible(!absences);
    m_cardsWidget->setVisible(absences.ok());
    if (!absences) {
        showStatus(absences.errorString(), false);
        return;
    }
    for (ChildCard* card : cards()) {
        card->setState(open->value(card->childId()), absences->value(card->childId()));
        card->setSelected(!card->isPresent() && absences->value(card->childId()).id == 0);
    }
}

void FrontDeskPage::showEmergencyContacts()
{
    QList<EmergencyContactsPopup::Entry> chosen;
    QList<EmergencyContactsPopup::Entry> others;
    for (ChildCard* card : cards()) {
        (card->isSelected() ? chosen : others) << EmergencyContactsPopup::entryFor(card->child());
    }
    if (chosen.isEmpty() && others.isEmpty()) {
        showStatus(tr("Open a family first: its children's emergency contacts are shown."), false);
        return;
    }
    EmergencyContactsPopup::open(chosen.isEmpty() ? others : chosen, this);
}

QList<ChildCard*> FrontDeskPage::cards() const
{
    return m_cardsWidget->findChildren<ChildCard*>(QString(), Qt::FindDirectChildrenOnly);
}

qint64 FrontDeskPage::deskStaffId() const
{
    return m_deskStaffComboBox->currentData().toLongLong();
}

QList<qint64> FrontDeskPage::childIds(bool present, bool selectedOnly) const
{
    QList<qint64> ids;
    for (ChildCard* card : cards()) {
        if (card->isPresent() == present && (!selectedOnly || card->isSelected())) {
            ids << card->childId();
        }
    }
    return ids;
}

void FrontDeskPage::checkInSelected()
{
    checkIn(childIds(false, true));
}

void FrontDeskPage::checkInAll()
{
    checkIn(childIds(false, false));
}

void FrontDeskPage::checkIn(const QList<qint64>& childIds)
{
    if (m_family.id == 0 || childIds.isEmpty()) {
        showStatus(m_family.id == 0 ? tr("Open a family first.") : tr("Every chosen child is already here."), false);
        focusSearch();
        return;
    }
    // Everything the receptionist chose is taken now: a wait for another station loses none of it.
    const qint64 adult = m_adultComboBox->currentData().toLongLong();
    const QString adultName = m_adultComboBox->currentText();
    const qint64 staffId = deskStaffId();
    auto records = std::make_shared<QList<AttendanceRecord>>();
    runWrite(
        [this, childIds, adult, staffId, records]() -> Result<void> {
            auto done = m_attendance.checkIn(childIds, adult, staffId);
            if (!done) {
                return done.error();
            }
            *records = done.value();
            return {};
        },
        [this, records, adultName](const Result<void>& done) {
            if (!done) {
                showStatus(done.errorString(), false);
                return;
            }
            // Shown only now: the records are committed.
            m_lastCheckIns = *records;
            m_lastAdultName = adultName;
            QStringList names;
            for (const AttendanceRecord& r : std::as_const(m_lastCheckIns)) {
                names << tr("%1 (code %2)").arg(r.childName, r.securityCode);
            }
            showStatus(
                tr("Checked in: %1. Press F8 to print the labels and receipt.").arg(names.join(QStringLiteral(", "))),
                true);
        });
}

void FrontDeskPage::runWrite(BusyRetry::Action action, const BusyRetry::Finished& finished)
{
    if (!m_busyRetry->run(std::move(action), finished)) {
        showStatus(tr("Still waiting for another station to finish saving; try again when this message changes."),
                   false);
    }
    focusSearch();
}

void FrontDeskPage::checkOutSelected()
{
    QList<qint64> ids = childIds(true, true);
    if (ids.isEmpty()) {
        ids = childIds(true, false);
    }
    if (ids.isEmpty()) {
        showStatus(tr("No child of this family is checked in."), false);
        focusSearch();
        return;
    }
    auto* dialog = new CheckOutDialog(m_attendance, m_session, m_family, ids, deskStaffId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            showStatus(dialog->summary(), true);
        }
        // After the dialog has handed the keyboard back to the window.
        QTimer::singleShot(0, this, [this] {
            window()->activateWindow();
            focusSearch();
        });
    });
    dialog->open();
}

void FrontDeskPage::markAbsent()
{
    const QList<qint64> ids = childIds(false, true);
    if (ids.isEmpty()) {
        showStatus(tr("Choose the children who are away today."), false);
        focusSearch();
        return;
    }
    const auto asked = MessageBox::askText(this, tr("Absent today"), tr("Why is the child away?"),
                                           m_absenceReason.isEmpty() ? tr("Sick") : m_absenceReason);
    if (!asked) {
        focusSearch();
        return;
    }
    const QString reason = *asked;
    // Each child is its own record: after a wait, only those not yet recorded are tried again.
    auto pending = std::make_shared<QList<qint64>>(ids);
    const QDate today = Clock::currentDate();
    runWrite(
        [this, pending, today, reason]() -> Result<void> {
            while (!pending->isEmpty()) {
                if (auto done = m_attendance.recordAbsence(pending->first(), today, reason); !done) {
                    return done.error();
                }
                pending->removeFirst();
            }
            return {};
        },
        [this, reason](const Result<void>& done) {
            m_absenceReason = done ? QString() : reason;
            showStatus(done ? QString() : done.errorString(), done.ok());
        });
}

QList<AttendanceRecord> FrontDeskPage::selectedPresentRecords() const
{
    QList<AttendanceRecord> records;
    for (ChildCard* card : cards()) {
        if (card->isPresent() && card->isSelected()) {
            records << card->openRecord();
        }
    }
    return records;
}

QList<AttendanceRecord> FrontDeskPage::labelRecords() const
{
    return m_lastCheckIns.isEmpty() ? selectedPresentRecords() : m_lastCheckIns;
}

void FrontDeskPage::printLabels()
{
    const QList<AttendanceRecord> records = labelRecords();
    if (records.isEmpty()) {
        showStatus(tr("Choose a child who is here to reprint a label."), false);
    } else {
        LabelPrinting::print(this, m_database, m_family, records, lastAdultName());
    }
    focusSearch();
}

void FrontDeskPage::showStatus(const QString& text, bool good)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(
        good ? QStringLiteral("color: #1b7a2f; font-weight: bold;")
             : QStringLiteral("color: %1; font-weight: bold;").arg(QString::fromLatin1(AlertColor)));
}

} // namespace Kindred
