// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ServerAwayBanner.h"

#include "store/ServerWatch.h"
#include "widgets/Palette.h"

namespace Kindred {

ServerAwayBanner::ServerAwayBanner(ServerWatch& watch, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("serverAwayBannerLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The alarm colour: every save fails until the server answers, and the receptionist must know why.
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 2px solid %3; padding: 6px; "
                                 "font-weight: bold; }")
                      .arg(Palette::css(Palette::WarningBanner), Palette::css(Palette::OnWarningBanner),
                           Palette::css(Palette::Alert)));
    setVisible(watch.isLost());
    if (watch.isLost()) {
        setText(ServerWatch::lostMessage(watch.lostSince()));
    }
    connect(&watch, &ServerWatch::lost, this, [this](const QDateTime& since) {
        setText(ServerWatch::lostMessage(since));
        show();
    });
    connect(&watch, &ServerWatch::restored, this, &QWidget::hide);
}

} // namespace Kindred
