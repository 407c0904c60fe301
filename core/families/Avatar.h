// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>

namespace Kindred {

// A friendly drawn face standing in for a photo in the demo centre and its tests. Drawn with
// shapes only (no fonts), so it renders the same with or without a display.
struct AvatarStyle
{
    QColor background;
    QColor skin;
    QColor hair;
    bool longHair = false;
    bool adult = false;
};

QByteArray renderAvatarPng(const AvatarStyle& style, int size = 96);

} // namespace Kindred
