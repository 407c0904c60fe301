// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kindred {

// The data file holds children's medical notes and custody orders: it, its -wal and -shm, its backups
// and every export are private to the account that runs Kindred (0600), in folders Kindred makes 0700.
// SQLite creates the -wal, -shm and -journal with the mode of the main file, so a main file created 0600
// keeps them private too. A file that already exists is never changed behind its owner's back: a file
// others can read is reported, with the command that fixes it.
class FilePrivacy
{
    Q_DECLARE_TR_FUNCTIONS(FilePrivacy)

public:
    static constexpr int FileMode = 0600;
    static constexpr int FolderMode = 0700;

    // Creates `folder` and every missing folder above it, each one it creates 0700 (an existing folder is
    // left as it is). False when a folder could not be created.
    static bool createFolder(const QString& folder);
    // Makes an existing folder 0700 (Kindred's own folder). False when that failed.
    static bool makeFolderPrivate(const QString& folder);
    // Creates `path` as an empty file 0600. Only before any SQLite connection of the process has the file
    // open. False when it exists or could not be made.
    static bool createEmptyFile(const QString& path);
    // Those of `paths` that exist and that other accounts may read or write, by their permission bits.
    static QStringList exposedFiles(const QStringList& paths);
    // The data file at `dataFile` (canonical), its -wal and -shm, as exposedFiles() judges them: empty when
    // all are private, else the warning with the command that fixes it (the window shows it in a banner,
    // `kindred report` on standard error) and a line in the diagnostic log. By stat(), which opens no
    // descriptor: safe while a connection has the file open.
    static QString dataFileWarning(const QString& dataFile);
};

} // namespace Kindred
