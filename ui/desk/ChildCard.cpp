// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/ChildCard.h"

#include "base/Clock.h"
#include "families/ConsentPolicy.h"
#include "widgets/EmergencyContactsPopup.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kindred {
namespace {

QLabel* badge(const QString& text, const QString& colour, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 6px; "
                                        "font-weight: bold; }")
                             .arg(colour, Palette::css(Palette::OnStatus)));
    return label;
}

} // namespace

ChildCard::ChildCard(const Child& child, const Family& family, QWidget* parent)
    : QFrame(parent)
    , m_child(child)
    , m_selectCheckBox(new QCheckBox(child.displayName(), this))
    , m_stateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("childCard_%1").arg(child.id));
    m_selectCheckBox->setObjectName(QStringLiteral("childCheckBox_%1").arg(child.id));
    m_stateLabel->setObjectName(QStringLiteral("childStateLabel_%1").arg(child.id));
    m_stateLabel->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    QFont nameFont = m_selectCheckBox->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_selectCheckBox->setFont(nameFont);
    // Reached by Tab from the search field (Space ticks); a click ticks without taking the keyboard.
    m_selectCheckBox->setFocusPolicy(Qt::TabFocus);
    m_selectCheckBox->installEventFilter(this);

    auto* photo = new QLabel(this);
    QPixmap pixmap;
    if (!child.photo.isEmpty() && pixmap.loadFromData(child.photo)) {
        photo->setPixmap(pixmap.scaled(72, 72, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        photo->setText(tr("No photo"));
        photo->setAlignment(Qt::AlignCenter);
    }
    photo->setFixedSize(72, 72);

    auto* badges = new QHBoxLayout;
    badges->setSpacing(4);
    for (const Allergy& allergy : child.allergies) {
        badges->addWidget(
            badge(allergy.isLifeThreatening() ? tr("⚠ %1 — life-threatening").arg(allergy.allergen)
                                              : tr("%1 allergy").arg(allergy.allergen),
                  allergy.isLifeThreatening() ? Palette::css(Palette::Alert) : Palette::css(Palette::Warning), this));
    }
    if (!child.medicalNotes.trimmed().isEmpty()) {
        QLabel* medical = badge(tr("Medical"), Palette::css(Palette::Information), this);
        medical->setToolTip(Qt::convertFromPlainText(child.medicalNotes)); // as typed, never as HTML
        badges->addWidget(medical);
    }
    if (!ConsentPolicy::mayShowPhoto(child)) {
        // The photo stays here to identify the child; it is on no label, board, roll call or report.
        QLabel* consent = badge(tr("No photo consent"), Palette::css(Palette::Neutral), this);
        consent->setObjectName(QStringLiteral("noPhotoConsentLabel"));
        consent->setToolTip(tr("The family has not agreed to photos: no photos of this child may be taken or "
                               "shared, and Kindred prints and shows the photo only here at the desk."));
        badges->addWidget(consent);
    }
    badges->addStretch(1);

    auto* text = new QVBoxLayout;
    text->addWidget(m_selectCheckBox);
    text->addLayout(badges);
    for (const PickupRestriction& restriction : child.restrictions) {
        const Person* person = family.person(restriction.personId);
        auto* alert = new QLabel(
            tr("Do not release to %1: %2 %3")
                .arg(person ? person->fullName() : tr("(unknown)"), restriction.reason, restriction.courtOrderRef),
            this);
        alert->setTextFormat(Qt::PlainText);
        alert->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
        alert->setWordWrap(true);
        text->addWidget(alert);
    }
    if (!child.medicalNotes.trimmed().isEmpty()) {
        auto* notes = new QLabel(child.medicalNotes, this);
        notes->setTextFormat(Qt::PlainText);
        notes->setWordWrap(true);
        text->addWidget(notes);
    }
    text->addWidget(m_stateLabel);

    auto* contacts = new QToolButton(this);
    contacts->setObjectName(QStringLiteral("emergencyContactsButton_%1").arg(child.id));
    contacts->setText(tr("☎ Emergency contacts"));
    contacts->setToolTip(tr("The child's emergency contacts with phones (Ctrl+E)"));
    contacts->setFocusPolicy(Qt::NoFocus); // Ctrl+E from the search field does the same
    connect(contacts, &QToolButton::clicked, this, &ChildCard::showEmergencyContacts);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(photo, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(contacts, 0, Qt::AlignTop);
}

bool ChildCard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_selectCheckBox && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        setFocusRing(event->type() == QEvent::FocusIn);
    }
    return QFrame::eventFilter(watched, event);
}

void ChildCard::setFocusRing(bool on)
{
    m_focusRing = on;
    // The whole card is ringed in the palette's highlight: a tick box's own dotted focus is easy to miss.
    setStyleSheet(
        on ? QStringLiteral("QFrame#%1 { border: 3px solid palette(highlight); border-radius: 6px; }").arg(objectName())
           : QString());
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

void ChildCard::setState(const AttendanceRecord& open, const Absence& absence)
{
    m_open = open;
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
}

} // namespace Kindred
