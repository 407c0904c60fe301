// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CommitNotifier.h"

namespace Kindred {

CommitNotifier* CommitNotifier::instance()
{
    static CommitNotifier notifier;
    return &notifier;
}

} // namespace Kindred
