// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/WallBoardWindow.h"

#include "Services.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceService.h"
#include "attendance/RoomBoard.h"
#include "attendance/StaffAttendance.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Palette.h"

#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Kindred {
namespace {

// Type for a wall seen from across a room: sizes relative to the body font, so a scaled screen scales them too.
QFont scaled(const QFont& body, qreal factor, bool bold)
{
    QFont font = body;
    font.setPointSizeF(body.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel* label(const QString& text, const QFont& font, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setFont(font);
    l->setWordWrap(true);
    return l;
}

} // namespace

WallBoardWindow::WallBoardWindow(Services& services, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
    , m_titleLabel(label(tr("Who's here"), scaled(font(), 2.6, true), this))
    , m_totalLabel(label({}, scaled(font(), 2.0, false), this))
    , m_updatedLabel(label({}, scaled(font(), 1.2, false), this))
    , m_messageLabel(label({}, scaled(font(), 2.0, true), this))
    , m_cards(new QWidget(this))
    , m_cardsLayout(new QGridLayout(m_cards))
{
    setObjectName(QStringLiteral("wallBoardWindow"));
    setWindowTitle(tr("Who's here — wall display"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_totalLabel->setObjectName(QStringLiteral("wallTotalLabel"));
    m_updatedLabel->setObjectName(QStringLiteral("wallUpdatedLabel"));
    m_updatedLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::MutedText)));
    m_messageLabel->setObjectName(QStringLiteral("wallMessageLabel"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->hide();
    m_cardsLayout->setSpacing(24);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addStretch(1);
    header->addWidget(m_totalLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_cards, 1);
    layout->addWidget(m_updatedLabel);

    connect(&services.attendance(), &AttendanceService::attendanceChanged, this, &WallBoardWindow::refresh);
    connect(&services.staffAttendance(), &StaffAttendance::staffAttendanceChanged, this, &WallBoardWindow::refresh);
    connect(&services.corrections(), &AttendanceCorrections::attendanceCorrected, this, &WallBoardWindow::refresh);
    connect(&services.session(), &Session::actorChanged, this, &WallBoardWindow::refresh);
    new LiveRefresh(services.changes(),
                    ChangeFeed::Topic::Attendance | ChangeFeed::Topic::Families | ChangeFeed::Topic::Health
                        | ChangeFeed::Topic::Centre,
                    this, [this] { refresh(); });
    auto* timer = new QTimer(this); // late flags appear when closing time passes; the clock line moves on
    timer->start(30 * 1000);
    connect(timer, &QTimer::timeout, this, &WallBoardWindow::refresh);
    refresh();
}

void WallBoardWindow::clearCards()
{
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void WallBoardWindow::refresh()
{
    clearCards();
    const auto read = RoomBoard(m_services.database(), m_services.session()).rooms();
    m_updatedLabel->setText(
        tr("Updated at %1").arg(QLocale().toString(Clock::currentDateTime().time(), QLocale::ShortFormat)));
    if (!read) {
        // Never old figures that look current: the wall says why it shows none.
        m_messageLabel->setText(m_services.session().isSignedIn()
                                    ? read.errorString()
                                    : tr("The desk is locked. The board comes back when someone signs in."));
        m_messageLabel->show();
        m_cards->hide();
        m_totalLabel->clear();
        return;
    }
    m_messageLabel->hide();
    m_cards->show();
    const QList<RoomBoardEntry>& entries = read.value();
    int present = 0;
    for (const RoomBoardEntry& e : entries) {
        present += e.presentCount();
    }
    m_totalLabel->setText(tr("%n child(ren) here", nullptr, present));
    // As square a grid as the rooms allow: four rooms in two rows of two, six in two rows of three.
    const int columns = qMax(1, int(std::ceil(std::sqrt(double(entries.size())))));
    for (int i = 0; i < entries.size(); ++i) {
        m_cardsLayout->addWidget(roomCard(entries.at(i)), i / columns, i % columns);
    }
}

QWidget* WallBoardWindow::roomCard(const RoomBoardEntry& e) const
{
    const bool alarm = e.ratio.isOutOfRatio() || e.isOverCapacity();
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("wallRoomCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(
        QStringLiteral("QFrame#wallRoomCard { background: %1; border: %2px solid %3; border-radius: 12px; }")
            .arg(Palette::css(Palette::Base))
            .arg(alarm ? 4 : 1)
            .arg(Palette::css(alarm ? Palette::Alert : Palette::MutedText)));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    const QString roomName = e.room.id != 0 ? e.room.name : tr("No room");
    layout->addWidget(label(roomName, scaled(font(), 2.6, true), card));
    if (alarm) {
        // Never colour alone: the red frame also carries the alert sign and says what is wrong, in words.
        const QFont alarmFont = scaled(font(), 2.2, true);
        auto* row = new QHBoxLayout;
        auto* sign = new QLabel(card);
        sign->setObjectName(QStringLiteral("wallRoomAlarmIcon"));
        const int side = QFontMetrics(alarmFont).height();
        sign->setPixmap(Icons::icon(Icons::Alert, Palette::Alert).pixmap(QSize(side, side)));
        auto* words = label(e.ratio.isOutOfRatio() ? tr("Out of ratio") : tr("Over capacity"), alarmFont, card);
        words->setObjectName(QStringLiteral("wallRoomAlarmLabel"));
        words->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
        row->addWidget(sign);
        row->addWidget(words, 1);
        layout->addLayout(row);
    }
    auto* count = label(tr("%n child(ren)", nullptr, e.presentCount()), scaled(font(), 4.0, true), card);
    count->setObjectName(QStringLiteral("wallRoomCount"));
    if (e.isOverCapacity()) {
        count->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    }
    layout->addWidget(count);
    QStringList staffNames;
    for (const StaffShift& s : e.staff) {
        staffNames << s.staffName;
    }
    if (!staffNames.isEmpty()) {
        layout->addWidget(
            label(tr("Staff: %1").arg(QLocale().createSeparatedList(staffNames)), scaled(font(), 1.8, false), card));
    }
    auto* ratio = label(e.ratio.description(e.room.ratioText()), scaled(font(), 1.8, alarm), card);
    ratio->setObjectName(QStringLiteral("wallRoomRatio"));
    if (alarm) {
        ratio->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    }
    layout->addWidget(ratio);
    if (e.lateCount > 0) {
        auto* late = label(tr("%n still here after closing", nullptr, e.lateCount), scaled(font(), 1.8, true), card);
        late->setStyleSheet(Palette::boldTextStyle(Palette::Late));
        layout->addWidget(late);
    }
    layout->addStretch(1);
    return card;
}

void WallBoardWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (QKeySequence(event->keyCombination()) == KeyMap::sequence(KeyMap::FullScreen)) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Kindred
