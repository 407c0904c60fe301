// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ConsentPolicy.h"

namespace Kindred {

QStringList ConsentPolicy::sharedCultures(const Family& family)
{
    return family.shareCultures ? family.cultures : QStringList();
}

QStringList ConsentPolicy::sharedCelebrations(const Family& family)
{
    return family.shareCultures ? family.celebrations : QStringList();
}

} // namespace Kindred
