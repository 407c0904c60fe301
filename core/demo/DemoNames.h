// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Kindred {

// Name pools for the demo centre, by heritage: given names (girls, boys), family names, the languages
// a household may speak, and celebrations it may share with the centre.
struct Heritage
{
    QString culture;
    QStringList girls;
    QStringList boys;
    QStringList families;
    QStringList languages;
    QStringList celebrations;
    int skinTone; // index into the avatar palette
};

const QList<Heritage>& demoHeritages();

} // namespace Kindred
