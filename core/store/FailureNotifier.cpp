// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FailureNotifier.h"

namespace Kindred {

FailureNotifier* FailureNotifier::instance()
{
    static FailureNotifier notifier;
    return &notifier;
}

} // namespace Kindred
