// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/FrontDeskPage.h"

#include "Services.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceService.h"
#include "attendance/DeskSearch.h"
#include "attendance/ExpectedToday.h"
#include "attendance/SecurityCode.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "desk/CheckOutDialog.h"
#include "desk/ChildCard.h"
#include "desk/DeskActionBar.h"
#include "desk/DeskToolBar.h"
#include "desk/DeskUndo.h"
#include "desk/LabelPrinting.h"
#include "desk/TodayPanel.h"
#include "families/FamilyService.h"
#include "tickets/OverdueTicketsLabel.h"
#include "widgets/AnnouncingLabel.h"
#include "widgets/EmergencyContactsPopup.h"
#include "widgets/FlowLayout.h"
#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/LiveRefresh.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/ScanFeedback.h"
#include "widgets/ScannerDetector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Kindred {

FrontDeskPage::FrontDeskPage(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_database(services.database())
    , m_families(services.families())
    , m_session(services.session())
    , m_attendance(services.attendance())
    , m_corrections(services.corrections())
    , m_centre(services.centre())
    , m_busyRetry(new BusyRetry(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_resultsListWidget(new QListWidget(this))
    , m_familyTitleLabel(new QLabel(this))
    , m_readErrorLabel(new QLabel(this))
    , m_cardsWidget(new QWidget(this))
    , m_cardsLayout(new FlowLayout(m_cardsWidget))
    , m_adultComboBox(new QComboBox(this))
    , m_adultHintLabel(new QLabel(this))
    , m_deskStaffComboBox(new QComboBox(this))
    , m_statusLabel(new AnnouncingLabel(this))
{
    setObjectName(QStringLiteral("frontDeskPage"));
    m_searchLineEdit->setObjectName(QStringLiteral("frontDeskSearchLineEdit"));
    m_resultsListWidget->setObjectName(QStringLiteral("frontDeskResultsListWidget"));
    m_resultsListWidget->setAccessibleName(tr("Families found"));
    m_familyTitleLabel->setObjectName(QStringLiteral("frontDeskFamilyLabel"));
    m_familyTitleLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setObjectName(QStringLiteral("frontDeskReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();
    m_adultComboBox->setObjectName(QStringLiteral("frontDeskAdultComboBox"));
    m_adultHintLabel->setObjectName(QStringLiteral("frontDeskAdultHintLabel"));
    m_adultHintLabel->setTextFormat(Qt::PlainText);
    m_deskStaffComboBox->setObjectName(QStringLiteral("frontDeskStaffComboBox"));
    m_statusLabel->setObjectName(QStringLiteral("frontDeskStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_searchLineEdit->setPlaceholderText(
        tr("Find a family: a child's or adult's name, phone digits, card code — or scan the card or a pickup code"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Find a family"));
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
    // In the tab order after the children's tick boxes (rebuildCards), reached also by Alt+B and Alt+T.
    m_adultComboBox->setFocusPolicy(Qt::StrongFocus);
    m_deskStaffComboBox->setFocusPolicy(Qt::StrongFocus);
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
    scroll->setFrameShape(QFrame::NoFrame);
    m_cardsLayout->setContentsMargins(2, 2, 2, 2);

    // Who brings or collects, and who is at the desk: only for those who check children in and out.
    auto* peopleWidget = new QWidget(this);
    auto* people = new QFormLayout(peopleWidget);
    people->setContentsMargins(0, 0, 0, 0);
    PermissionGate::bind(m_session, peopleWidget, {Permission::CheckInOut});
    auto* adultRow = new QHBoxLayout;
    adultRow->addWidget(m_adultComboBox);
    adultRow->addWidget(m_adultHintLabel, 1);
    auto* adultLabel = new QLabel(tr("Adult at the desk, &brought by:"), peopleWidget);
    adultLabel->setBuddy(m_adultComboBox);
    // The key named is the label's own in every language: a translation moves its mnemonic.
    m_adultComboBox->setPlaceholderText(
        tr("Choose who brought them (%1)", "%1: the key that reaches the list, Alt+B in English")
            .arg(QKeySequence::mnemonic(adultLabel->text()).toString(QKeySequence::NativeText)));
    people->addRow(adultLabel, adultRow);
    auto* staffLabel = new QLabel(tr("S&taff at the desk:"), peopleWidget);
    staffLabel->setBuddy(m_deskStaffComboBox);
    people->addRow(staffLabel, m_deskStaffComboBox);

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
    // The buttons, grouped by what they do, under the whole desk: one row at 1366 pixels.
    auto* actions = new DeskActionBar(*this, m_session, this);
    connect(actions, &DeskActionBar::checkInRequested, this, &FrontDeskPage::checkInSelected);
    connect(actions, &DeskActionBar::checkInAllRequested, this, &FrontDeskPage::checkInAll);
    connect(actions, &DeskActionBar::checkOutRequested, this, &FrontDeskPage::checkOutSelected);
    connect(actions, &DeskActionBar::absentRequested, this, &FrontDeskPage::markAbsent);
    connect(actions, &DeskActionBar::printLabelsRequested, this, &FrontDeskPage::printLabels);
    connect(actions, &DeskActionBar::emergencyContactsRequested, this, &FrontDeskPage::showEmergencyContacts);
    new DeskToolBar(*this, services, *actions, this);
    m_undo = new DeskUndo(*this, m_corrections, m_session, this);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_undo->button(), 0, Qt::AlignTop);
    // A scan's outcome rings the family area for a moment.
    m_scanFeedback = new ScanFeedback(*familyPanel, this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_resultsListWidget);
    splitter->addWidget(familyPanel);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 860});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(splitter, 1);
    layout->addWidget(actions);
    layout->addLayout(statusRow);
    setFocusProxy(m_searchLineEdit);

    auto* scanner = new ScannerDetector(m_searchLineEdit);
    connect(scanner, &ScannerDetector::scanned, this, &FrontDeskPage::handleScan);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &FrontDeskPage::search);
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &FrontDeskPage::openFromSearch);
    connect(m_resultsListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { openFamily(item->data(Qt::UserRole).toLongLong()); });
    connect(&m_attendance, &AttendanceService::attendanceChanged, this, [this](qint64) { refreshFamily(); });
    connect(&m_corrections, &AttendanceCorrections::attendanceCorrected, this, [this](qint64) { refreshFamily(); });
    // Not while a write waits for another station's lock: its answer is shown on the cards as they are.
    auto* live = new LiveRefresh(
        services.changes(), ChangeFeed::Topic::Attendance | ChangeFeed::Topic::Families | ChangeFeed::Topic::Health,
        this, [this](ChangeFeed::Topics topics) { refreshFromElsewhere(topics); });
    live->setHold([this] { return m_busyRetry->isWaiting(); });
    m_searchLineEdit->installEventFilter(this);
    m_busyRetry->setObjectName(QStringLiteral("frontDeskBusyRetry"));
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] {
        m_statusLabel->announce(BusyRetry::waitingMessage());
        m_statusLabel->setStyleSheet(Palette::boldTextStyle(Palette::Warning));
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
    const auto found
        = DeskSearch(m_database, m_session, m_families).find(text, 30); // names, phones, cards, pickup codes
    if (!found) {
        // In place of the results: "no family found" would send the receptionist the wrong way.
        auto* item = new QListWidgetItem(found.errorString(), m_resultsListWidget);
        item->setForeground(Palette::color(Palette::Alert));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const FamilySummary& s : found.value()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2\n%3").arg(s.householdName, s.childNames, s.adultNames),
                                         m_resultsListWidget);
        item->setData(Qt::UserRole, s.id);
        if (s.hasLifeThreateningAllergy) {
            // Never colour alone: the alert sign, and the words for the tooltip and a screen reader.
            const QString words = tr("A child in this family has a life-threatening allergy.");
            item->setIcon(Icons::icon(Icons::Alert, Palette::Alert));
            item->setToolTip(words);
            item->setData(Qt::AccessibleDescriptionRole, words);
            item->setForeground(Palette::color(Palette::Alert));
        }
    }
    if (m_resultsListWidget->count() > 0) {
        m_resultsListWidget->setCurrentRow(0);
        return;
    }
    // Not a result: it cannot be highlighted, and Enter or F2 on it does nothing.
    auto* none = new QListWidgetItem(noMatchText(text), m_resultsListWidget);
    none->setFlags(Qt::ItemIsEnabled);
    none->setData(Qt::UserRole, qint64(0));
}

bool FrontDeskPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_searchLineEdit) {
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // With nothing typed the field has nothing of its own to undo: Ctrl+Z is the desk's Undo.
        auto* key = static_cast<QKeyEvent*>(event);
        return QKeySequence(key->keyCombination()) == KeyMap::sequence(KeyMap::Undo)
            && m_searchLineEdit->text().isEmpty();
    }
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key != Qt::Key_Up && key != Qt::Key_Down && key != Qt::Key_PageUp && key != Qt::Key_PageDown) {
        return false;
    }
    const int count = m_resultsListWidget->count();
    if (count == 0 || !(m_resultsListWidget->item(0)->flags() & Qt::ItemIsSelectable)) {
        return true; // no results to move through
    }
    const int page
        = qMax(1, m_resultsListWidget->viewport()->height() / qMax(1, m_resultsListWidget->sizeHintForRow(0)));
    const int step = key == Qt::Key_Up ? -1 : key == Qt::Key_Down ? 1 : key == Qt::Key_PageUp ? -page : page;
    const int row = qBound(0, m_resultsListWidget->currentRow() + step, count - 1);
    m_resultsListWidget->setCurrentRow(row);
    m_resultsListWidget->scrollToItem(m_resultsListWidget->item(row));
    return true;
}

void FrontDeskPage::openFromSearch()
{
    // Enter: open the highlighted result; with nothing typed and a family open, check in the ticked children.
    if (m_searchLineEdit->text().trimmed().isEmpty()) {
        if (m_session.can(Permission::CheckInOut)) { // like F2, which DeskActionBar gates
            checkInSelected();
        }
        return;
    }
    settleSearch();
}

QString FrontDeskPage::noMatchText(const QString& text)
{
    // In lines: the results column is narrow.
    return tr("No family matches \"%1\".\nTry part of a surname or first name,\nthe last digits of a phone number,\n"
              "the family's card code,\nor today's pickup code.")
        .arg(text.trimmed());
}

bool FrontDeskPage::settleSearch()
{
    const QString typed = m_searchLineEdit->text();
    if (typed.trimmed().isEmpty()) {
        return true;
    }
    const QListWidgetItem* item = m_resultsListWidget->currentItem();
    const qint64 familyId = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (familyId == 0) {
        // Never the family still open underneath: the receptionist is looking for another one.
        showStatus(m_resultsListWidget->count() > 0 ? m_resultsListWidget->item(0)->text() : noMatchText(typed), false);
        focusSearch();
        return false;
    }
    return openFamily(familyId);
}

void FrontDeskPage::handleScan(const QString& text)
{
    const QString upper = text.trimmed().toUpper();
    const auto byCard = m_families.familyIdForCardCode(upper);
    if (!byCard) {
        m_scanFeedback->signalScan(false);
        showStatus(byCard.errorString(), false);
        focusSearch();
        return;
    }
    if (const qint64 familyId = byCard.value()) {
        m_scanFeedback->signalScan(openFamily(familyId));
        return;
    }
    const QString code = SecurityCode::normalise(text);
    if (SecurityCode::isWellFormed(code) && m_session.can(Permission::CheckInOut)) {
        auto found = AttendanceReader(m_database, m_session).byCode(code, Clock::currentDate());
        if (found && openFamily(found->familyId)) {
            m_scanFeedback->signalScan(true); // the child's code is known; the pickup rules are asked next
            for (ChildCard* card : cards()) {
                card->setSelected(card->childId() == found->childId);
            }
            checkOutSelected();
            return;
        }
    }
    m_scanFeedback->signalScan(false);
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
    QHash<qint64, QString> roomNames;
    if (m_family.id != 0) {
        // Unreadable: the tiles say "No room yet" rather than nothing at all; the state below shows any read error.
        const auto rooms = m_centre.rooms(true);
        for (const Room& room : rooms ? rooms.value() : QList<Room> {}) {
            roomNames.insert(room.id, room.name);
        }
    }
    int row = 0;
    for (const Child& child : std::as_const(m_family.children)) {
        auto* card = new ChildCard(child, m_family, roomNames.value(child.roomId), m_cardsWidget);
        m_cardsLayout->insertWidget(row++, card);
        card->show();
    }
    for (const Person& adult : std::as_const(m_family.adults)) {
        QPixmap pixmap;
        const QIcon icon = !adult.photo.isEmpty() && pixmap.loadFromData(adult.photo) ? QIcon(pixmap) : QIcon();
        m_adultComboBox->addItem(icon, QStringLiteral("%1 (%2)").arg(adult.fullName(), adult.relation), adult.id);
    }
    offerAdult();
    // Tab from the search field: each child's tick box, then who brought them and who is at the desk.
    QWidget* previous = m_searchLineEdit;
    for (ChildCard* card : cards()) {
        setTabOrder(previous, card->tickBox());
        previous = card->tickBox();
    }
    setTabOrder(previous, m_adultComboBox);
    setTabOrder(m_adultComboBox, m_deskStaffComboBox);
    refreshFamily(true);
}

void FrontDeskPage::refreshFromElsewhere(ChangeFeed::Topics topics)
{
    if (m_family.id == 0) {
        return; // the today panel follows on its own
    }
    if (!(topics & (ChangeFeed::Topic::Families | ChangeFeed::Topic::Health))) {
        refreshFamily();
        return;
    }
    auto loaded = m_families.load(m_family.id);
    if (!loaded) { // archived or unreadable: the cards stay as they were read, under the reason
        showStatus(loaded.errorString(), false);
        refreshFamily();
        return;
    }
    QSet<qint64> ticked;
    for (const ChildCard* card : cards()) {
        if (card->isSelected()) {
            ticked.insert(card->childId());
        }
    }
    const QVariant adult = m_adultComboBox->currentData();
    m_family = std::move(loaded).value();
    rebuildCards();
    for (ChildCard* card : cards()) {
        card->setSelected(ticked.contains(card->childId()));
    }
    if (adult.isValid()) {
        m_adultComboBox->setCurrentIndex(m_adultComboBox->findData(adult));
    }
}

void FrontDeskPage::offerAdult()
{
    m_adultHintLabel->clear();
    if (m_family.adults.size() == 1) {
        m_adultComboBox->setCurrentIndex(0);
        return;
    }
    qint64 last = 0;
    if (m_family.id != 0) {
        // A few weeks back is enough to know who usually brings them (unreadable: nobody is offered).
        const auto found
            = AttendanceReader(m_database, m_session).lastBroughtBy(m_family.id, Clock::currentDate().addDays(-42));
        last = found ? found.value() : 0;
    }
    const int index = last ? m_adultComboBox->findData(last) : -1;
    m_adultComboBox->setCurrentIndex(index);
    if (index >= 0) {
        m_adultHintLabel->setText(tr("brought them last time"));
    }
}

void FrontDeskPage::refreshFamily(bool opened)
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
    // A family just opened has ticked the children booked today and not yet here (all who have not come when the
    // centre keeps no bookings): core's rule, the one F2 on a typed search follows. Unreadable: none ticked, and
    // no tile says "expected".
    const auto booked = ExpectedToday(m_database, m_session).childrenBookedAndNotHere(m_family.id);
    if (!booked) {
        showStatus(booked.errorString(), false);
    }
    const QList<qint64> expected = booked ? booked.value() : QList<qint64> {};
    const QHash<qint64, ChildCard::Status> statuses = dayStatuses(expected);
    for (ChildCard* card : cards()) {
        const bool wasPresent = card->isPresent();
        const bool absent = absences->value(card->childId()).id != 0;
        card->setState(open->value(card->childId()), absences->value(card->childId()),
                       statuses.value(card->childId(), ChildCard::Status::NotHere));
        if (opened) {
            card->setSelected(expected.contains(card->childId()));
        } else if (card->isPresent() != wasPresent || (absent && !card->isPresent())) {
            card->setSelected(false);
        }
    }
}

QHash<qint64, ChildCard::Status> FrontDeskPage::dayStatuses(const QList<qint64>& expected) const
{
    QHash<qint64, ChildCard::Status> statuses;
    if (!expected.isEmpty()) {
        // Late is past the booked arrival and the centre's minutes: core says which, for this family alone
        // (unreadable: expected only).
        const auto late = ExpectedToday(m_database, m_session).lateChildren(m_family.id);
        for (const qint64 id : expected) {
            statuses.insert(id, late && late->contains(id) ? ChildCard::Status::Late : ChildCard::Status::Expected);
        }
    }
    // Gone home: checked in today and out again. Read by room, a few dozen rows, not the whole centre's day.
    // A child in no room yet is not looked for (that would read the whole centre's day): "not here".
    QSet<qint64> rooms;
    QSet<qint64> children;
    for (const ChildCard* card : cards()) {
        if (!card->isPresent() && !expected.contains(card->childId()) && card->child().roomId != 0) {
            rooms.insert(card->child().roomId);
            children.insert(card->childId());
        }
    }
    AttendanceReader reader(m_database, m_session);
    for (const qint64 room : std::as_const(rooms)) {
        const auto day = reader.forDay(Clock::currentDate(), room);
        for (const AttendanceRecord& record : day ? day.value() : QList<AttendanceRecord> {}) {
            if (children.contains(record.childId) && record.checkedOutAt.isValid() && !record.isVoided()) {
                statuses.insert(record.childId, ChildCard::Status::GoneHome);
            }
        }
    }
    return statuses;
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
    // A typed search: its highlighted family, whose children expected today are ticked as it opens.
    if (settleSearch()) {
        checkIn(childIds(false, true));
    }
}

void FrontDeskPage::checkInAll()
{
    if (settleSearch()) {
        checkIn(childIds(false, false));
    }
}

void FrontDeskPage::undoLast()
{
    m_undo->undo();
}

void FrontDeskPage::checkIn(const QList<qint64>& childIds)
{
    if (m_family.id == 0 || childIds.isEmpty()) {
        // After a check-out nothing is ticked: a stray Enter says so and does nothing.
        showStatus(m_family.id == 0 ? tr("Open a family first.")
                       : this->childIds(false, false).isEmpty()
                       ? tr("Every child of this family is already here.")
                       : tr("No child is ticked, so nobody was checked in: tick "
                            "the children (Tab, then Space) or press F3 for all."),
                   false);
        focusSearch();
        return;
    }
    if (m_adultComboBox->currentIndex() < 0) {
        // Never silently the first guardian: the receptionist says who is at the desk.
        showStatus(tr("Who brought them? Choose the adult at the desk, then press F2 again."), false);
        m_adultComboBox->setFocus(Qt::ShortcutFocusReason);
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
            m_undo->remember(DeparturePolicy::VoidKind::CheckIn, m_lastCheckIns);
            QStringList names;
            for (const AttendanceRecord& r : std::as_const(m_lastCheckIns)) {
                names << tr("%1 (code %2)").arg(isolated(r.childName), r.securityCode);
            }
            showStatus(tr("Checked in: %1, brought by %2. Press F8 to print the labels and receipt.")
                           .arg(names.join(QStringLiteral(", ")), isolated(adultName)),
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
    if (!settleSearch()) {
        return;
    }
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
            m_undo->remember(DeparturePolicy::VoidKind::CheckOut, dialog->checkedOutRecords());
            // A release against the pickup list is recorded, never shown as a plain success.
            if (dialog->overridden()) {
                showWarning(
                    tr("%1 — released by a director's override; the reason is recorded.").arg(dialog->summary()));
            } else {
                showStatus(dialog->summary(), true);
            }
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
    if (!settleSearch()) {
        return;
    }
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

void FrontDeskPage::showWarning(const QString& text)
{
    m_statusLabel->announce(text);
    m_statusLabel->setStyleSheet(Palette::boldTextStyle(Palette::Warning));
}

void FrontDeskPage::showStatus(const QString& text, bool good)
{
    // Heard as well as seen: a refusal as an alert.
    m_statusLabel->announce(text, good ? AnnouncingLabel::Urgency::Status : AnnouncingLabel::Urgency::Alert);
    m_statusLabel->setStyleSheet(good ? Palette::boldTextStyle(Palette::Success)
                                      : Palette::boldTextStyle(Palette::Alert));
}

} // namespace Kindred
