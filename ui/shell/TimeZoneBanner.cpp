// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/TimeZoneBanner.h"

#include "centre/CentreSettings.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Kindred {

TimeZoneBanner::TimeZoneBanner(Database& database, Session& session, SettingsService& settings, QWidget* parent)
    : QFrame(parent)
    , m_database(database)
    , m_session(session)
    , m_settings(settings)
    , m_messageLabel(new QLabel(this))
    , m_confirmButton(new QPushButton(tr("&Confirm"), this))
    , m_changeButton(new QPushButton(tr("C&hange…"), this))
{
    setObjectName(QStringLiteral("timeZoneBannerFrame"));
    m_messageLabel->setObjectName(QStringLiteral("timeZoneBannerLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_confirmButton->setObjectName(QStringLiteral("timeZoneConfirmButton"));
    m_changeButton->setObjectName(QStringLiteral("timeZoneChangeButton"));
    m_messageLabel->setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    // The warning banner's amber: a notice, not an alarm.
    setStyleSheet(QStringLiteral("#timeZoneBannerFrame { background: %1; border: 1px solid %2; } "
                                 "#timeZoneBannerFrame QLabel { color: %3; }")
                      .arg(Palette::css(Palette::WarningBanner), Palette::css(Palette::Warning),
                           Palette::css(Palette::OnWarningBanner)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_confirmButton);
    layout->addWidget(m_changeButton);

    connect(m_confirmButton, &QPushButton::clicked, this, &TimeZoneBanner::confirm);
    connect(m_changeButton, &QPushButton::clicked, this, &TimeZoneBanner::changeRequested);
    connect(&m_session, &Session::actorChanged, this, &TimeZoneBanner::refresh);
    connect(&m_settings, &SettingsService::changed, this, &TimeZoneBanner::refresh);
    refresh();
}

void TimeZoneBanner::refresh()
{
    const auto zone = CentreSettings::timeZoneToConfirm(m_database);
    if (!zone) {
        // Whether a zone waits for confirming is unknown: say why rather than hide the question.
        m_messageLabel->setText(zone.errorString());
        m_confirmButton->setVisible(false);
        m_changeButton->setVisible(false);
        setVisible(m_session.can(Permission::ManageSettings));
        return;
    }
    m_confirmButton->setVisible(true);
    m_changeButton->setVisible(true);
    m_messageLabel->setText(tr("The centre's time zone was set to %1 when this file was upgraded. Confirm it or "
                               "change it in Settings.")
                                .arg(zone.value()));
    setVisible(!zone->isEmpty() && m_session.can(Permission::ManageSettings));
}

void TimeZoneBanner::confirm()
{
    if (auto confirmed = CentreSettings::confirmTimeZone(m_settings); !confirmed) {
        MessageBox::warning(this, tr("Time zone"), confirmed.errorString());
    }
    refresh();
}

} // namespace Kindred
