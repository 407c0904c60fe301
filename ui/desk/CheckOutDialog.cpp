// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/CheckOutDialog.h"

#include "widgets/AnnouncingLabel.h"

#include "attendance/AttendanceService.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "store/BusyRetry.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace Kindred {

CheckOutDialog::CheckOutDialog(AttendanceService& attendance, Session& session, const Family& family,
                               const QList<qint64>& childIds, qint64 deskStaffId, QWidget* parent)
    : QDialog(parent)
    , m_attendance(attendance)
    , m_session(session)
    , m_family(family)
    , m_childIds(childIds)
    , m_deskStaffId(deskStaffId)
    , m_adultsListWidget(new QListWidget(this))
    , m_decisionLabel(new AnnouncingLabel(this))
    , m_overrideLineEdit(new QLineEdit(this))
    , m_pinLineEdit(new QLineEdit(this))
    , m_pinLabel(new QLabel(tr("Your &PIN, again:"), this))
    , m_checkOutButton(new QPushButton(tr("Check out"), this))
    , m_busyRetry(new BusyRetry(this))
{
    setObjectName(QStringLiteral("checkOutDialog"));
    m_adultsListWidget->setObjectName(QStringLiteral("pickupAdultsListWidget"));
    m_adultsListWidget->setAccessibleName(tr("Adults who may collect"));
    m_decisionLabel->setObjectName(QStringLiteral("releaseDecisionLabel"));
    m_decisionLabel->setTextFormat(Qt::PlainText);
    m_overrideLineEdit->setObjectName(QStringLiteral("overrideReasonLineEdit"));
    m_pinLineEdit->setObjectName(QStringLiteral("directorPinLineEdit"));
    m_pinLineEdit->setEchoMode(QLineEdit::Password);
    m_pinLabel->setBuddy(m_pinLineEdit);
    m_checkOutButton->setObjectName(QStringLiteral("confirmCheckOutButton"));
    setWindowTitle(tr("Check out"));
    setWindowModality(Qt::WindowModal);

    QStringList names;
    QList<const Child*> children;
    for (const Child& child : std::as_const(m_family.children)) {
        if (m_childIds.contains(child.id)) {
            names << child.displayName();
            children << &child;
        }
    }
    auto* heading = new QLabel(tr("Who is collecting %1?").arg(QLocale().createSeparatedList(names)), this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);

    m_adultsListWidget->setIconSize(QSize(64, 64));
    m_adultsListWidget->setUniformItemSizes(true);
    // Authorised adults first, then the others; "do not release" people are marked in red.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Person& adult : std::as_const(m_family.adults)) {
            bool authorised = false;
            bool restricted = false;
            for (const Child* child : std::as_const(children)) {
                for (const PickupAuthorisation& p : child->pickups) {
                    authorised = authorised || (p.personId == adult.id && p.isValidOn(Clock::currentDate()));
                }
                for (const PickupRestriction& r : child->restrictions) {
                    restricted = restricted || r.personId == adult.id;
                }
            }
            if ((pass == 0) != (authorised && !restricted)) {
                continue;
            }
            QPixmap pixmap;
            auto* item = new QListWidgetItem(m_adultsListWidget);
            if (!adult.photo.isEmpty() && pixmap.loadFromData(adult.photo)) {
                item->setIcon(QIcon(pixmap));
            }
            QString text = QStringLiteral("%1 — %2").arg(adult.fullName(), adult.relation);
            if (restricted) {
                text += QLatin1Char('\n') + tr("DO NOT RELEASE");
                item->setForeground(Palette::color(Palette::Alert));
            } else if (!authorised) {
                text += QLatin1Char('\n') + tr("not on the pickup list");
            }
            item->setText(text);
            item->setData(Qt::UserRole, adult.id);
        }
    }
    m_decisionLabel->setWordWrap(true);
    m_decisionLabel->setMinimumHeight(m_decisionLabel->fontMetrics().height() * 4);
    m_decisionLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_overrideLineEdit->setPlaceholderText(tr("Director only: why release outside the pickup list"));
    m_overrideLineEdit->setEnabled(m_session.isSignedIn() && m_session.can(Permission::OverridePickup));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_checkOutButton, QDialogButtonBox::AcceptRole);
    m_checkOutButton->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Override reason:"), m_overrideLineEdit);
    form->addRow(m_pinLabel, m_pinLineEdit);
    m_pinLabel->hide();
    m_pinLineEdit->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_adultsListWidget, 1);
    layout->addWidget(m_decisionLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 460);

    connect(m_adultsListWidget, &QListWidget::currentRowChanged, this, &CheckOutDialog::updateDecision);
    connect(m_overrideLineEdit, &QLineEdit::textChanged, this, &CheckOutDialog::updateDecision);
    connect(m_pinLineEdit, &QLineEdit::textChanged, this, [this](const QString& pin) {
        if (!m_pinLineEdit->isHidden()) {
            m_checkOutButton->setEnabled(!pin.isEmpty());
        }
    });
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_checkOutButton, &QPushButton::clicked, this, &CheckOutDialog::checkOut);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_busyRetry, &BusyRetry::cancel);
    m_busyRetry->setObjectName(QStringLiteral("checkOutBusyRetry"));
    connect(m_busyRetry, &BusyRetry::waiting, this, [this] {
        m_decisionLabel->announce(BusyRetry::waitingMessage());
        m_decisionLabel->setStyleSheet(Palette::boldTextStyle(Palette::Warning));
    });
    if (m_adultsListWidget->count() > 0) {
        m_adultsListWidget->setCurrentRow(0);
    }
    m_adultsListWidget->setFocus();
}

qint64 CheckOutDialog::currentAdult() const
{
    const QListWidgetItem* item = m_adultsListWidget->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CheckOutDialog::selectAdult(qint64 personId)
{
    for (int row = 0; row < m_adultsListWidget->count(); ++row) {
        if (m_adultsListWidget->item(row)->data(Qt::UserRole).toLongLong() == personId) {
            m_adultsListWidget->setCurrentRow(row);
        }
    }
}

void CheckOutDialog::updateDecision()
{
    const qint64 adult = currentAdult();
    if (adult == 0 || m_childIds.isEmpty()) {
        m_decisionLabel->clear();
        m_checkOutButton->setEnabled(false);
        return;
    }
    QStringList refusals;
    m_courtOrders.clear();
    bool restricted = false;
    bool overridden = false;
    bool onlyPinMissing = true; // every refusal is a court order the director may override with their PIN
    for (qint64 childId : std::as_const(m_childIds)) {
        auto decision = m_attendance.releaseDecision(childId, adult, m_overrideLineEdit->text());
        if (!decision) {
            refusals << decision.errorString();
            onlyPinMissing = false;
        } else if (!decision->allowed()) {
            refusals << decision->message;
            if (!decision->courtOrderRef.isEmpty() && !m_courtOrders.contains(decision->courtOrderRef)) {
                m_courtOrders << decision->courtOrderRef;
            }
            restricted = restricted || decision->isRestricted();
            onlyPinMissing = onlyPinMissing && decision->needsDirectorPin;
        } else if (decision->verdict == ReleaseDecision::Verdict::Overridden) {
            overridden = true;
        }
    }
    const bool askPin = !refusals.isEmpty() && onlyPinMissing;
    m_pinLabel->setVisible(askPin);
    m_pinLineEdit->setVisible(askPin);
    if (askPin) {
        // Core checks the PIN when the check-out is asked for; until then the refusal says why it is needed.
        m_decisionLabel->announce(refusals.join(QLatin1Char('\n')), AnnouncingLabel::Urgency::Alert);
        m_decisionLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; "
                                                      "padding: 6px; }")
                                           .arg(Palette::css(Palette::Alert), Palette::css(Palette::OnStatus)));
        m_checkOutButton->setEnabled(!m_pinLineEdit->text().isEmpty());
        return;
    }
    if (refusals.isEmpty()) {
        m_decisionLabel->announce(overridden ? tr("Director override: the reason will be recorded.")
                                             : tr("On the pickup list: may collect."));
        // An override is allowed, never approved: amber, not green.
        m_decisionLabel->setStyleSheet(Palette::boldTextStyle(overridden ? Palette::Warning : Palette::Success));
    } else {
        m_decisionLabel->announce(refusals.join(QLatin1Char('\n')), AnnouncingLabel::Urgency::Alert);
        m_decisionLabel->setStyleSheet(
            restricted ? QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; padding: 6px; }")
                             .arg(Palette::css(Palette::Alert), Palette::css(Palette::OnStatus))
                       : Palette::boldTextStyle(Palette::Alert));
    }
    m_checkOutButton->setEnabled(refusals.isEmpty());
}

void CheckOutDialog::checkOut()
{
    // Each child is its own record: after a wait, only the children not yet out are tried again.
    const qint64 adult = currentAdult();
    const QString reason = m_overrideLineEdit->text();
    const QString pin = !m_pinLineEdit->isHidden() ? m_pinLineEdit->text() : QString();
    m_pinLineEdit->clear(); // asked again for each try: a PIN is never kept in the dialog
    if (!pin.isEmpty() && !m_courtOrders.isEmpty()) {
        // A second, explicit yes that names the order; No is what Enter picks.
        const Person* person = m_family.person(adult);
        const auto answer = MessageBox::question(
            this, tr("Override a court order"),
            tr("Release to %1 against court order %2? This overrides the court's \"do not release\" and is "
               "recorded with your name and reason.")
                .arg(person ? person->fullName() : tr("this adult"), m_courtOrders.join(QStringLiteral(", "))));
        if (answer != QMessageBox::Yes) {
            showRefusal(tr("Not checked out: the override of court order %1 was not confirmed.")
                            .arg(m_courtOrders.join(QStringLiteral(", "))));
            return;
        }
    }
    auto pending = std::make_shared<QList<qint64>>();
    for (qint64 childId : std::as_const(m_childIds)) {
        if (!m_checkedOutIds.contains(childId)) {
            *pending << childId;
        }
    }
    setInputsEnabled(false);
    m_busyRetry->run(
        [this, pending, adult, reason, pin]() -> Result<void> {
            while (!pending->isEmpty()) {
                auto out = m_attendance.checkOut(pending->first(), adult, m_deskStaffId, reason, pin);
                if (!out) {
                    return out.error();
                }
                m_checkedOutIds << pending->takeFirst();
                m_checkedOutNames << isolated(out->childName);
                m_checkedOutRecords << out.value();
                m_summary = tr("Checked out: %1 to %2")
                                .arg(m_checkedOutNames.join(QStringLiteral(", ")), isolated(out->collectedByName));
            }
            return {};
        },
        [this](const Result<void>& done) {
            setInputsEnabled(true);
            if (!done) {
                showRefusal(done.errorString());
                return;
            }
            accept();
        });
}

bool CheckOutDialog::overridden() const
{
    for (const AttendanceRecord& record : m_checkedOutRecords) {
        if (!record.overrideReason.isEmpty()) {
            return true;
        }
    }
    return false;
}

void CheckOutDialog::showRefusal(const QString& text)
{
    m_decisionLabel->announce(text, AnnouncingLabel::Urgency::Alert);
    m_decisionLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
}

void CheckOutDialog::setInputsEnabled(bool enabled)
{
    m_adultsListWidget->setEnabled(enabled);
    m_overrideLineEdit->setEnabled(enabled && m_session.isSignedIn() && m_session.can(Permission::OverridePickup));
    m_pinLineEdit->setEnabled(enabled);
    m_checkOutButton->setEnabled(enabled);
}

} // namespace Kindred
