// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/GroupAttendanceDialog.h"

#include "attendance/AttendanceService.h"
#include "attendance/GroupRoster.h"
#include "attendance/StaffPresence.h"
#include "centre/CentreService.h"
#include "store/BusyRetry.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace Kindred {
namespace {

constexpr int ChildIdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

GroupAttendanceDialog::GroupAttendanceDialog(Database& database, CentreService& centre, AttendanceService& attendance,
                                             const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_session(session)
    , m_attendance(attendance)
    , m_presence(database, session)
    , m_modeComboBox(new QComboBox(this))
    , m_staffComboBox(new QComboBox(this))
    , m_labelLineEdit(new QLineEdit(this))
    , m_overrideLineEdit(new QLineEdit(this))
    , m_pinLineEdit(new QLineEdit(this))
    , m_pinLabel(new QLabel(tr("Your &PIN, again:"), this))
    , m_roomComboBox(new QComboBox(this))
    , m_childrenListWidget(new QListWidget(this))
    , m_resultsListWidget(new QListWidget(this))
    , m_summaryLabel(new QLabel(this))
    , m_runButton(new QPushButton(this))
    , m_busyRetry(new BusyRetry(this))
{
    setObjectName(QStringLiteral("groupAttendanceDialog"));
    setWindowTitle(tr("Group check-in or check-out"));
    m_modeComboBox->setObjectName(QStringLiteral("groupModeComboBox"));
    m_staffComboBox->setObjectName(QStringLiteral("groupStaffComboBox"));
    m_labelLineEdit->setObjectName(QStringLiteral("groupLabelLineEdit"));
    m_roomComboBox->setObjectName(QStringLiteral("groupRoomComboBox"));
    m_childrenListWidget->setObjectName(QStringLiteral("groupChildrenListWidget"));
    m_childrenListWidget->setAccessibleName(tr("Children of the room"));
    m_resultsListWidget->setObjectName(QStringLiteral("groupResultsListWidget"));
    m_resultsListWidget->setAccessibleName(tr("Results"));
    m_summaryLabel->setObjectName(QStringLiteral("groupSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_runButton->setObjectName(QStringLiteral("groupRunButton"));

    m_modeComboBox->addItem(tr("Check in — arriving with staff (bus run)"), int(Mode::CheckIn));
    m_modeComboBox->addItem(tr("Check out — leaving with staff (field trip)"), int(Mode::CheckOut));
    const auto staff = centre.staff();
    m_allStaff = staff ? staff.value() : QList<StaffMember> {};
    m_roomComboBox->addItem(tr("All rooms"), qint64(-1));
    const auto rooms = centre.rooms();
    for (const Room& room : rooms ? rooms.value() : QList<Room> {}) {
        m_roomComboBox->addItem(room.name, room.id);
    }
    if (!staff || !rooms) {
        m_summaryLabel->setText(!staff ? staff.errorString() : rooms.errorString());
    }
    m_labelLineEdit->setPlaceholderText(tr("e.g. Morning bus, Zoo trip"));
    m_overrideLineEdit->setObjectName(QStringLiteral("groupOverrideLineEdit"));
    m_overrideLineEdit->setPlaceholderText(
        tr("Only for a child with a \"do not release\" restriction: a director's reason"));
    m_pinLineEdit->setObjectName(QStringLiteral("groupDirectorPinLineEdit"));
    m_pinLineEdit->setEchoMode(QLineEdit::Password);
    m_pinLabel->setBuddy(m_pinLineEdit);
    m_childrenListWidget->setUniformItemSizes(true);
    m_resultsListWidget->setUniformItemSizes(true);
    m_resultsListWidget->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryLabel->setWordWrap(true);
    m_runButton->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&What:"), m_modeComboBox);
    form->addRow(tr("&Staff member:"), m_staffComboBox);
    form->addRow(tr("Group &label:"), m_labelLineEdit);
    m_overrideLabel = new QLabel(tr("&Override:"), this);
    m_overrideLabel->setBuddy(m_overrideLineEdit);
    form->addRow(m_overrideLabel, m_overrideLineEdit);
    form->addRow(m_pinLabel, m_pinLineEdit);
    m_pinLabel->hide();
    m_pinLineEdit->hide();
    form->addRow(tr("&Room:"), m_roomComboBox);

    auto* tickAll = new QPushButton(tr("Tick &all"), this);
    auto* tickNone = new QPushButton(tr("Tick &none"), this);
    tickAll->setObjectName(QStringLiteral("groupTickAllButton"));
    tickNone->setObjectName(QStringLiteral("groupTickNoneButton"));
    auto* tickRow = new QHBoxLayout;
    tickRow->addWidget(new QLabel(tr("Children (space ticks the highlighted one):"), this), 1);
    tickRow->addWidget(tickAll);
    tickRow->addWidget(tickNone);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tickRow);
    layout->addWidget(m_childrenListWidget, 2);
    layout->addWidget(new QLabel(tr("Result, child by child:"), this));
    layout->addWidget(m_resultsListWidget, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);

    connect(m_modeComboBox, &QComboBox::currentIndexChanged, this, &GroupAttendanceDialog::reloadChildren);
    connect(m_roomComboBox, &QComboBox::currentIndexChanged, this, &GroupAttendanceDialog::reloadChildren);
    connect(tickAll, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(tickNone, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    connect(m_runButton, &QPushButton::clicked, this, &GroupAttendanceDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_busyRetry, &BusyRetry::cancel);
    m_busyRetry->setObjectName(QStringLiteral("groupBusyRetry"));
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] {
        m_summaryLabel->setText(BusyRetry::waitingMessage());
        m_summaryLabel->setStyleSheet(Palette::boldTextStyle(Palette::Warning));
    });
    reloadChildren();
    resize(560, 640);
}

void GroupAttendanceDialog::setMode(Mode mode)
{
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(int(mode)));
}

GroupAttendanceDialog::Mode GroupAttendanceDialog::mode() const
{
    return Mode(m_modeComboBox->currentData().toInt());
}

void GroupAttendanceDialog::reloadStaff()
{
    // A bus run arrives with any staff member; a group leaves only with staff who are here (core checks
    // again when recording).
    const bool checkIn = mode() == Mode::CheckIn;
    const qint64 chosen = m_staffComboBox->currentData().toLongLong();
    m_staffComboBox->clear();
    m_overrideLabel->setVisible(!checkIn);
    m_overrideLineEdit->setVisible(!checkIn);
    if (checkIn) {
        showPinField(false);
    }
    if (checkIn) {
        for (const StaffMember& member : std::as_const(m_allStaff)) {
            m_staffComboBox->addItem(member.fullName(), member.id);
        }
    } else {
        const auto present = m_presence.presentNow();
        if (!present) {
            m_summaryLabel->setText(present.errorString());
        }
        for (const StaffShift& shift : present ? present.value() : QList<StaffShift> {}) {
            m_staffComboBox->addItem(shift.staffName, shift.staffId);
        }
        if (present && m_staffComboBox->count() == 0) {
            m_summaryLabel->setText(tr("No staff member is clocked in (or signed in) today: a group can only "
                                       "leave with staff who are here."));
        }
    }
    const int index = m_staffComboBox->findData(chosen);
    m_staffComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

void GroupAttendanceDialog::reloadChildren()
{
    reloadStaff();
    const bool checkIn = mode() == Mode::CheckIn;
    m_runButton->setText(checkIn ? tr("Check in ticked children") : tr("Check out ticked children"));
    const QList<qint64> ticked = tickedChildren();
    m_childrenListWidget->clear();
    const QColor alert = Palette::color(Palette::Alert);
    const auto roster = GroupRoster(m_database, m_session).room(m_roomComboBox->currentData().toLongLong());
    if (!roster) {
        // Never "Nobody of this room is here." when who is here could not be read.
        auto* error = new QListWidgetItem(roster.errorString(), m_childrenListWidget);
        error->setForeground(alert);
        error->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const RosterChild& child : roster.value()) {
        // A check-in lists who is not here yet; a check-out lists who is here.
        if (child.present == checkIn) {
            continue;
        }
        QString text = child.name;
        if (!child.lifeThreateningAllergens.isEmpty()) {
            text += tr("   ⚠ %1 — life-threatening").arg(child.lifeThreateningAllergens.join(QStringLiteral(", ")));
        }
        auto* item = new QListWidgetItem(text, m_childrenListWidget);
        item->setData(ChildIdRole, child.childId);
        item->setData(NameRole, child.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(child.childId) ? Qt::Checked : Qt::Unchecked);
        if (!child.lifeThreateningAllergens.isEmpty()) {
            item->setForeground(alert);
        }
    }
    if (m_childrenListWidget->count() == 0) {
        auto* none = new QListWidgetItem(checkIn ? tr("Every child of this room is already here.")
                                                 : tr("Nobody of this room is here."),
                                         m_childrenListWidget);
        none->setFlags(Qt::NoItemFlags);
    }
}

void GroupAttendanceDialog::setAllTicked(bool ticked)
{
    for (int row = 0; row < m_childrenListWidget->count(); ++row) {
        QListWidgetItem* item = m_childrenListWidget->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable) {
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void GroupAttendanceDialog::tickChildren(const QList<qint64>& childIds)
{
    for (int row = 0; row < m_childrenListWidget->count(); ++row) {
        QListWidgetItem* item = m_childrenListWidget->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable) {
            item->setCheckState(childIds.contains(item->data(ChildIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QList<qint64> GroupAttendanceDialog::tickedChildren() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_childrenListWidget->count(); ++row) {
        const QListWidgetItem* item = m_childrenListWidget->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked) {
            ids << item->data(ChildIdRole).toLongLong();
        }
    }
    return ids;
}

void GroupAttendanceDialog::run()
{
    const QList<qint64> ids = tickedChildren();
    QHash<qint64, QString> names;
    for (int row = 0; row < m_childrenListWidget->count(); ++row) {
        const QListWidgetItem* item = m_childrenListWidget->item(row);
        names.insert(item->data(ChildIdRole).toLongLong(), item->data(NameRole).toString());
    }
    m_resultsListWidget->clear();
    if (ids.isEmpty()) {
        m_summaryLabel->setText(tr("Tick the children of the group first."));
        m_summaryLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert)));
        return;
    }
    const qint64 staffId = m_staffComboBox->currentData().toLongLong();
    const QString label = m_labelLineEdit->text();
    const QString overrideReason = m_overrideLineEdit->text();
    const bool checkIn = mode() == Mode::CheckIn;
    const QString pin = checkIn || m_pinLineEdit->isHidden() ? QString() : m_pinLineEdit->text();
    m_pinLineEdit->clear(); // asked again for each run: a PIN is never kept in the dialog
    // One child at a time, so that a busy file costs the desk one short wait, not one per child; after
    // a wait only the children not yet recorded are tried again.
    auto pending = std::make_shared<QList<qint64>>(ids);
    m_outcomes.clear();
    setInputsEnabled(false);
    m_busyRetry->run(
        [this, pending, staffId, label, overrideReason, checkIn, pin]() -> Result<void> {
            while (!pending->isEmpty()) {
                const QList<qint64> one {pending->first()};
                const QList<GroupOutcome> outcome = checkIn
                    ? m_attendance.groupCheckIn(one, staffId, label)
                    : m_attendance.groupCheckOut(one, staffId, label, overrideReason, pin);
                if (!outcome.isEmpty() && outcome.first().busy) {
                    Error busy {outcome.first().message};
                    busy.code = Error::Code::Busy;
                    return busy;
                }
                m_outcomes << outcome;
                pending->removeFirst();
                if (!pin.isEmpty() && !outcome.isEmpty() && outcome.first().field == QLatin1String("directorPin")) {
                    // The PIN typed was refused: trying it for each child would count one failed try per child.
                    for (qint64 childId : std::as_const(*pending)) {
                        GroupOutcome refused = outcome.first();
                        refused.childId = childId;
                        m_outcomes << refused;
                    }
                    pending->clear();
                }
            }
            return {};
        },
        [this, pending, names](const Result<void>& done) {
            for (qint64 childId : std::as_const(*pending)) { // the wait was given up: not recorded
                m_outcomes << GroupOutcome {childId, false, done.errorString(), {}, true, {}};
            }
            setInputsEnabled(true);
            showOutcomes(names); // the children still ticked stay ticked, ready to run again
        });
}

void GroupAttendanceDialog::showPinField(bool shown)
{
    m_pinLabel->setVisible(shown);
    m_pinLineEdit->setVisible(shown);
    if (shown) {
        m_pinLineEdit->setFocus();
    }
}

void GroupAttendanceDialog::setInputsEnabled(bool enabled)
{
    for (QWidget* input : {static_cast<QWidget*>(m_modeComboBox), static_cast<QWidget*>(m_roomComboBox),
                           static_cast<QWidget*>(m_staffComboBox), static_cast<QWidget*>(m_overrideLineEdit),
                           static_cast<QWidget*>(m_pinLineEdit), static_cast<QWidget*>(m_childrenListWidget),
                           static_cast<QWidget*>(m_runButton)}) {
        input->setEnabled(enabled);
    }
}

void GroupAttendanceDialog::showOutcomes(const QHash<qint64, QString>& names)
{
    int done = 0;
    bool needsPin = false;
    const QColor alert = Palette::color(Palette::Alert);
    for (const GroupOutcome& outcome : std::as_const(m_outcomes)) {
        needsPin = needsPin || (!outcome.ok && outcome.field == QLatin1String("directorPin"));
        const QString name = names.value(outcome.childId);
        auto* item = new QListWidgetItem(m_resultsListWidget);
        if (outcome.ok) {
            ++done;
            item->setText(mode() == Mode::CheckIn
                              ? tr("✓ %1 — checked in, code %2").arg(name, outcome.record.securityCode)
                              : tr("✓ %1 — left with %2 (back through a group check-in)")
                                    .arg(name, outcome.record.collectedByName));
            item->setForeground(Palette::color(Palette::Success));
        } else {
            item->setText(tr("✗ %1 — refused: %2").arg(name, outcome.message));
            item->setForeground(alert);
        }
    }
    const int refused = int(m_outcomes.size()) - done;
    // Two sentences, each with its own count, rather than one glued from pieces a translation cannot reorder.
    m_summaryLabel->setText(refused == 0 ? tr("%n child(ren) recorded.", nullptr, done)
                                         : tr("%n child(ren) recorded.", nullptr, done) + QLatin1Char(' ')
                                    + tr("%n refused: see the list.", nullptr, refused));
    m_summaryLabel->setStyleSheet(refused == 0 ? Palette::boldTextStyle(Palette::Success)
                                               : Palette::boldTextStyle(Palette::Alert));
    reloadChildren();
    // Core asks for the director's PIN to override a court order: ask for it, keeping the reason and the
    // ticked children, so that the run can simply be repeated.
    if (needsPin) {
        m_summaryLabel->setText(m_summaryLabel->text() + QLatin1Char(' ')
                                + tr("Overriding a court order needs your PIN again: type it, then run again."));
    }
    showPinField(needsPin);
}

} // namespace Kindred
