// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/ChildCard.h"

#include "base/Clock.h"
#include "families/ConsentPolicy.h"
#include "widgets/EmergencyContactsPopup.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kindred {
namespace {

QString chipStyle(Palette::Role role)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 6px; "
                          "font-weight: bold; }")
        .arg(Palette::css(role), Palette::css(Palette::OnStatus));
}

QLabel* badge(const QString& text, Palette::Role role, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true); // the tile is narrow: a long allergen wraps rather than widening it
    label->setStyleSheet(chipStyle(role));
    return label;
}

// The child's initials on a neutral disc, where there is no photo on file.
QPixmap initialsAvatar(const Child& child, int size, const QFont& font)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::color(Palette::Neutral));
    painter.drawEllipse(pixmap.rect());
    const QString first = child.preferredName.isEmpty() ? child.firstName : child.preferredName;
    const QString initials = (first.left(1) + child.lastName.left(1)).toUpper();
    QFont big = font;
    big.setPixelSize(size * 2 / 5);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(Palette::color(Palette::OnStatus));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace

ChildCard::ChildCard(const Child& child, const Family& family, const QString& roomName, QWidget* parent)
    : QFrame(parent)
    , m_child(child)
    , m_selectCheckBox(new QCheckBox(child.displayName(), this))
    , m_tickedLabel(new QLabel(tr("✓ Ticked"), this))
    , m_statusChip(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("childCard_%1").arg(child.id));
    m_selectCheckBox->setObjectName(QStringLiteral("childCheckBox_%1").arg(child.id));
    m_tickedLabel->setObjectName(QStringLiteral("childTickedLabel_%1").arg(child.id));
    m_statusChip->setObjectName(QStringLiteral("childStatusChip_%1").arg(child.id));
    m_stateLabel->setObjectName(QStringLiteral("childStateLabel_%1").arg(child.id));
    m_statusChip->setTextFormat(Qt::PlainText);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_tickedLabel->setTextFormat(Qt::PlainText);
    m_tickedLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 6px; font-weight: bold; }")
            .arg(Palette::css(Palette::Accent), Palette::css(Palette::OnAccent)));
    setFixedWidth(TileWidth);
    setMinimumHeight(TileMinimumHeight);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    setAutoFillBackground(false);
    setCursor(Qt::PointingHandCursor);

    QFont nameFont = m_selectCheckBox->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_selectCheckBox->setFont(nameFont);
    // A long name is shortened on the tile and said whole in its tooltip.
    const int nameRoom = TileWidth - 48;
    m_selectCheckBox->setText(QFontMetrics(nameFont).elidedText(child.displayName(), Qt::ElideRight, nameRoom));
    m_selectCheckBox->setToolTip(child.displayName());
    m_selectCheckBox->setAccessibleName(child.displayName());
    // Reached by Tab from the search field (Space ticks); a click ticks without taking the keyboard.
    m_selectCheckBox->setFocusPolicy(Qt::TabFocus);
    m_selectCheckBox->installEventFilter(this);
    connect(m_selectCheckBox, &QCheckBox::toggled, this, &ChildCard::showTick);

    auto* photo = new QLabel(this);
    photo->setObjectName(QStringLiteral("childPhotoLabel_%1").arg(child.id));
    QPixmap pixmap;
    if (!child.photo.isEmpty() && pixmap.loadFromData(child.photo)) {
        photo->setPixmap(pixmap.scaled(PhotoSize, PhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        photo->setPixmap(initialsAvatar(child, PhotoSize, font()));
        photo->setToolTip(tr("No photo on file"));
    }
    photo->setAlignment(Qt::AlignCenter);
    photo->setFixedSize(PhotoSize, PhotoSize);

    auto* contacts = new QToolButton(this);
    contacts->setObjectName(QStringLiteral("emergencyContactsButton_%1").arg(child.id));
    contacts->setIcon(Icons::icon(Icons::Phone));
    contacts->setIconSize(QSize(20, 20));
    contacts->setAutoRaise(true);
    contacts->setToolTip(tr("The child's emergency contacts with phones (Ctrl+E)"));
    contacts->setAccessibleName(tr("Emergency contacts"));
    contacts->setFocusPolicy(Qt::NoFocus); // Ctrl+E from the search field does the same
    connect(contacts, &QToolButton::clicked, this, &ChildCard::showEmergencyContacts);

    auto* top = new QHBoxLayout;
    top->addWidget(m_tickedLabel, 0, Qt::AlignTop);
    top->addStretch(1);
    top->addWidget(contacts, 0, Qt::AlignTop);

    auto* photoRow = new QHBoxLayout;
    photoRow->addStretch(1);
    photoRow->addWidget(photo);
    photoRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(photoRow);
    layout->addWidget(m_selectCheckBox);
    auto* room = new QLabel(roomName.isEmpty() ? tr("No room yet") : roomName, this);
    room->setObjectName(QStringLiteral("childRoomLabel_%1").arg(child.id));
    room->setTextFormat(Qt::PlainText);
    room->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::MutedText)));
    layout->addWidget(room);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusChip);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);
    layout->addWidget(m_stateLabel);

    for (const Allergy& allergy : child.allergies) {
        layout->addWidget(badge(allergy.isLifeThreatening() ? tr("⚠ %1 — life-threatening").arg(allergy.allergen)
                                                            : tr("%1 allergy").arg(allergy.allergen),
                                allergy.isLifeThreatening() ? Palette::Alert : Palette::Warning, this));
    }
    if (!child.medicalNotes.trimmed().isEmpty()) {
        QLabel* medical = badge(tr("Medical: %1").arg(child.medicalNotes.simplified()), Palette::Information, this);
        medical->setToolTip(Qt::convertFromPlainText(child.medicalNotes)); // as typed, never as HTML
        layout->addWidget(medical);
    }
    for (const PickupRestriction& restriction : child.restrictions) {
        const Person* person = family.person(restriction.personId);
        auto* alert = new QLabel(
            tr("Do not release to %1: %2 %3")
                .arg(person ? person->fullName() : tr("(unknown)"), restriction.reason, restriction.courtOrderRef),
            this);
        alert->setTextFormat(Qt::PlainText);
        alert->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
        alert->setWordWrap(true);
        layout->addWidget(alert);
    }
    if (!ConsentPolicy::mayShowPhoto(child)) {
        // The photo stays here to identify the child; it is on no label, board, roll call or report.
        QLabel* consent = badge(tr("No photo consent"), Palette::Neutral, this);
        consent->setObjectName(QStringLiteral("noPhotoConsentLabel"));
        consent->setToolTip(tr("The family has not agreed to photos: no photos of this child may be taken or "
                               "shared, and Kindred prints and shows the photo only here at the desk."));
        layout->addWidget(consent);
    }
    layout->addStretch(1);
    setState({}, {}, Status::NotHere);
    showTick();
}

bool ChildCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_selectCheckBox && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        setFocusRing(event->type() == QEvent::FocusIn);
    }
    return QFrame::eventFilter(watched, event);
}

void ChildCard::mouseReleaseEvent(QMouseEvent* event)
{
    // A click anywhere on the tile ticks it, like a click on the name; the keyboard stays where it was.
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        m_selectCheckBox->toggle();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void ChildCard::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool ticked = isSelected();
    const QRectF outer = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath shape;
    shape.addRoundedRect(outer, 8, 8);
    painter.fillPath(shape, Palette::color(Palette::Base));
    if (ticked) {
        // The selection's colour, faint behind the text and strong at the edge: seen from across the desk.
        QColor tint = Palette::color(Palette::Accent);
        tint.setAlpha(40);
        painter.fillPath(shape, tint);
    }
    QPen edge(ticked ? Palette::color(Palette::Accent) : palette().color(QPalette::Mid), ticked ? 3 : 1);
    painter.setPen(edge);
    painter.drawPath(shape);
    if (m_focusRing) {
        // The keyboard's place, outside the tick's edge so both show at once.
        QPen ring(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        painter.setPen(ring);
        painter.drawRoundedRect(QRectF(rect()).adjusted(5, 5, -5, -5), 6, 6);
    }
}

void ChildCard::setFocusRing(bool on)
{
    m_focusRing = on;
    update();
}

void ChildCard::showTick()
{
    m_tickedLabel->setVisible(isSelected());
    update();
}

void ChildCard::showEmergencyContacts()
{
    EmergencyContactsPopup::open({EmergencyContactsPopup::entryFor(m_child)}, this);
}

bool ChildCard::isSelected() const
{
    return m_selectCheckBox->isChecked();
}

void ChildCard::setSelected(bool selected)
{
    m_selectCheckBox->setChecked(selected);
}

QString ChildCard::statusText(Status status)
{
    switch (status) {
    case Status::Here:
        return tr("Here");
    case Status::Expected:
        return tr("Expected");
    case Status::Late:
        return tr("Late");
    case Status::Absent:
        return tr("Absent");
    case Status::GoneHome:
        return tr("Gone home");
    case Status::NotHere:
        break;
    }
    return tr("Not here");
}

Palette::Role ChildCard::statusRole(Status status)
{
    switch (status) {
    case Status::Here:
        return Palette::Here;
    case Status::Expected:
        return Palette::Expected;
    case Status::Late:
        return Palette::Late;
    case Status::Absent:
    case Status::GoneHome:
        return Palette::Absent;
    case Status::NotHere:
        break;
    }
    return Palette::Neutral;
}

void ChildCard::setState(const AttendanceRecord& open, const Absence& absence, Status status)
{
    m_open = open;
    m_status = open.isPresent() ? Status::Here : absence.id != 0 ? Status::Absent : status;
    m_statusChip->setText(statusText(m_status));
    m_statusChip->setStyleSheet(chipStyle(statusRole(m_status)));
    const QLocale locale;
    if (open.isPresent()) {
        m_stateLabel->setText(
            tr("Here since %1 · code %2")
                .arg(locale.toString(open.checkedInAt.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat),
                     open.securityCode));
        m_stateLabel->setStyleSheet(Palette::boldTextStyle(Palette::Here));
    } else if (absence.id != 0) {
        m_stateLabel->setText(tr("Absent today: %1").arg(absence.reason));
        m_stateLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::Absent)));
    } else {
        m_stateLabel->setText(tr("Not here"));
        m_stateLabel->setStyleSheet(QString());
    }
    m_stateLabel->setVisible(open.isPresent() || absence.id != 0);
}

} // namespace Kindred
