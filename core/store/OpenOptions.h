// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SchemaExtensions.h"

#include <QtGlobal>

namespace Kindred {

// How Database::open opens a data file.
struct OpenOptions
{
    // Milliseconds a writer waits for another station's write to finish before giving up.
    int busyTimeoutMs = 5000;
    // Create the file when it does not exist or is empty (the app's default file at first start, a demo,
    // `kindred init`); false for a file the user named, which is then refused when missing or empty.
    bool createIfMissing = true;
    // Run PRAGMA quick_check on open. It reads the whole file, so very large operators may turn it off
    // and rely on the check made before each backup.
    bool quickCheck = true;
    // Upgrade to this schema version at most (tests build older files); -1 means the latest.
    int targetVersion = -1;
    // quick_check at open only for files up to this size (-1: any size). quick_check reads every page:
    // a 100,000-child operator's file with years of attendance (gigabytes) takes seconds, far over the
    // 300 ms the desk may wait for the app to open. A bigger file opens at once and the app runs
    // quickCheck() on a second connection in the background (and integrity_check runs before every
    // backup); damage met before that comes back from each statement as the "damaged" message.
    // Last in the struct, so that positional initialisers written before it stay valid.
    qint64 quickCheckMaxBytes = 64 * 1024 * 1024;
    // The caller only reads (reports): a file this process may not write is not refused for that.
    bool forReading = false;
    // The migration steps and the content check of the domains above the store (centre/DataFile hands
    // them in). Without them a file is neither created nor upgraded past a version that needs a step.
    SchemaExtensions schema;
};

} // namespace Kindred
