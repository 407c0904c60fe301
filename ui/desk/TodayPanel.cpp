// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/TodayPanel.h"

#include "Services.h"
#include "attendance/AttendanceService.h"
#include "centre/Session.h"
#include "families/ChildPhotos.h"
#include "families/FamilyService.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace Kindred {
namespace {

constexpr int PhotoSize = 96;

// The child's initials on a plain disc, for a child without a photo to show.
QPixmap initials(const QString& name)
{
    QPixmap pixmap(PhotoSize, PhotoSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd3, 0xdc, 0xe6));
    painter.drawEllipse(pixmap.rect().adjusted(2, 2, -2, -2));
    QString letters;
    for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2)) {
        letters += part.at(0).toUpper();
    }
    QFont font = painter.font();
    font.setPixelSize(PhotoSize / 3);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(QColor(0x2b, 0x3a, 0x4a));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, letters);
    return pixmap;
}

// The locale's short time format to the minute (some locales' short format has seconds).
QString shortTime(QTime time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QLocale().toString(time, format);
}

QPixmap photoOrInitials(const QByteArray& photo, const QString& name)
{
    QPixmap pixmap;
    if (!photo.isEmpty() && pixmap.loadFromData(photo)) {
        return pixmap.scaled(PhotoSize, PhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return initials(name);
}

} // namespace

TodayPanel::TodayPanel(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_titleLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_tilesLabel(new QLabel(this))
    , m_tilesListWidget(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("todayPanel"));
    m_titleLabel->setObjectName(QStringLiteral("todayTitleLabel"));
    m_errorLabel->setObjectName(QStringLiteral("todayErrorLabel"));
    m_tilesLabel->setObjectName(QStringLiteral("todayTilesLabel"));
    m_tilesListWidget->setObjectName(QStringLiteral("todayTilesListWidget"));
    m_tilesListWidget->setAccessibleName(tr("Today"));
    QFont heading = m_titleLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    m_titleLabel->setFont(heading);
    m_tilesLabel->setFont(heading);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->hide();

    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    const char* names[] = {"todayExpectedLabel", "todayHereLabel", "todayGoneHomeLabel",
                           "todayAbsentLabel",   "todayLateLabel", "todayToArriveLabel"};
    for (int i = 0; i < 6; ++i) {
        figures->addWidget(addFigure(names[i]), 0, i);
    }
    figures->setColumnStretch(6, 1);

    m_tilesListWidget->setViewMode(QListView::IconMode);
    m_tilesListWidget->setIconSize(QSize(PhotoSize, PhotoSize));
    m_tilesListWidget->setGridSize(QSize(170, 180));
    m_tilesListWidget->setUniformItemSizes(true);
    m_tilesListWidget->setMovement(QListView::Static);
    m_tilesListWidget->setResizeMode(QListView::Adjust);
    m_tilesListWidget->setWordWrap(true);
    m_tilesListWidget->setFocusPolicy(Qt::NoFocus); // the desk's cursor stays in the search field
    m_tilesListWidget->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_errorLabel);
    layout->addLayout(figures);
    layout->addSpacing(12);
    layout->addWidget(m_tilesLabel);
    layout->addWidget(m_tilesListWidget, 1);

    connect(m_tilesListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit familyRequested(item->data(Qt::UserRole).toLongLong()); });
    connect(&m_services.attendance(), &AttendanceService::attendanceChanged, this, [this](qint64) { refresh(); });
    connect(&m_services.families(), &FamilyService::familySaved, this, [this](qint64) { refresh(); });
    // Another station's check-in, or a family saved there (ChangeFeed).
    new LiveRefresh(m_services.changes(), ChangeFeed::Topic::Attendance | ChangeFeed::Topic::Families, this,
                    [this] { refresh(); });
    // Read again for whoever signs in: what the panel said to nobody ("sign in to look up families") is not theirs.
    connect(&m_services.session(), &Session::actorChanged, this, &TodayPanel::refresh);
    m_timer->setInterval(60 * 1000); // "late" changes with the clock
    connect(m_timer, &QTimer::timeout, this, &TodayPanel::refresh);
}

QWidget* TodayPanel::addFigure(const char* objectName)
{
    // Plain text, like every label at the desk: a number over its caption.
    auto* figure = new QWidget(this);
    auto* layout = new QVBoxLayout(figure);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* number = new QLabel(figure);
    number->setObjectName(QLatin1String(objectName));
    number->setTextFormat(Qt::PlainText);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    number->setFont(big);
    auto* caption = new QLabel(figure);
    caption->setObjectName(QLatin1String(objectName) + QStringLiteral("Caption"));
    caption->setTextFormat(Qt::PlainText);
    layout->addWidget(number);
    layout->addWidget(caption);
    m_figureLabels << number;
    m_captionLabels << caption;
    return figure;
}

void TodayPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    if (m_stale) {
        refresh();
    }
}

void TodayPanel::refresh()
{
    if (!isVisible()) {
        m_stale = true;
        m_timer->stop();
        return;
    }
    m_stale = false;
    auto read = ExpectedToday(m_services.database(), m_services.session()).figures();
    m_errorLabel->setVisible(!read);
    if (!read) {
        // A count that could not be read is not shown as a zero.
        m_errorLabel->setText(read.errorString());
        m_figures = TodayFigures();
        for (QLabel* label : m_figureLabels + m_captionLabels) {
            label->clear();
        }
        m_tilesListWidget->clear();
        m_tilesLabel->clear();
        return;
    }
    m_figures = std::move(read).value();
    showFigures();
}

void TodayPanel::showFigures()
{
    const QLocale locale;
    m_titleLabel->setText(tr("Today, %1").arg(locale.toString(m_figures.day, QLocale::LongFormat)));
    const bool booked = m_figures.keepsBookings;
    // Without bookings nobody is expected or late: those figures stay empty rather than show a false zero.
    const struct
    {
        int value;
        QString caption;
        bool shown;
    } figures[] = {{m_figures.expected, tr("expected"), booked}, {m_figures.here, tr("here"), true},
                   {m_figures.goneHome, tr("gone home"), true},  {m_figures.absent, tr("absent"), true},
                   {m_figures.late, tr("late"), booked},         {m_figures.toArrive, tr("still to arrive"), booked}};
    for (int i = 0; i < m_figureLabels.size(); ++i) {
        m_figureLabels[i]->setText(figures[i].shown ? locale.toString(figures[i].value) : QString());
        m_captionLabels[i]->setText(figures[i].shown ? figures[i].caption : QString());
    }
    m_figureLabels[4]->setStyleSheet(m_figures.late > 0 ? QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert))
                                                        : QString());

    m_tilesListWidget->clear();
    if (!booked) {
        m_tilesLabel->setText(tr("No child has bookings yet: add each child's days and times in the family's "
                                 "Bookings tab, and the desk will show who is expected and who is late."));
        m_tilesLabel->setWordWrap(true);
        return;
    }
    m_tilesLabel->setWordWrap(false);
    QList<qint64> ids;
    for (const auto* list : {&m_figures.lateChildren, &m_figures.arrivingSoon}) {
        for (const ExpectedChild& child : *list) {
            ids << child.childId;
        }
    }
    // Photos only where the family consented and the reader may see them; otherwise initials.
    const auto photos = ChildPhotos(m_services.database(), m_services.session()).shareable(ids);
    const auto addTile = [&](const ExpectedChild& child) {
        const QString arrival = shortTime(child.bookedArrival);
        const QString when
            = child.status == DayStatus::Late ? tr("late, due %1").arg(arrival) : tr("due %1").arg(arrival);
        const QString room = child.roomName.isEmpty() ? tr("no room") : child.roomName;
        auto* item = new QListWidgetItem(
            QIcon(photoOrInitials(photos ? photos->value(child.childId) : QByteArray(), child.name)),
            QStringLiteral("%1\n%2\n%3").arg(child.name, room, when));
        item->setData(Qt::UserRole, child.familyId);
        item->setToolTip(tr("Open the family of %1").arg(child.name));
        if (child.status == DayStatus::Late) {
            item->setForeground(Palette::color(Palette::Alert));
        }
        m_tilesListWidget->addItem(item);
    };
    for (const ExpectedChild& child : std::as_const(m_figures.lateChildren)) {
        addTile(child);
    }
    for (const ExpectedChild& child : std::as_const(m_figures.arrivingSoon)) {
        addTile(child);
    }
    if (m_tilesListWidget->count() == 0) {
        m_tilesLabel->setText(m_figures.toArrive == 0 ? tr("Every child expected today has come.")
                                                      : tr("Nobody is due in the next half hour."));
    } else {
        m_tilesLabel->setText(m_figures.lateChildren.isEmpty() ? tr("Due in the next half hour")
                                                               : tr("Late, and due in the next half hour"));
    }
}

} // namespace Kindred
