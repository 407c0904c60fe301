// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;

namespace Kindred {

// The one way Kindred writes a file the user asked for (CSV, PDF, JSON): into a temporary file beside
// the target, every write checked, then flushed to the disk, its size compared with the bytes written
// (and a PDF's end checked), and only then renamed into place. On any failure nothing is left: no
// file, no temporary, and an error that says why ("The disk is full: …").
//
// The target's last component, if it exists, must be an ordinary file: a link (even to an ordinary
// file), a device, a pipe, a socket or a folder is refused, so that writing a report can never replace
// /dev/full or write through a link into someone else's file. Folders along the path may be links.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Kind {
        Data, // any bytes (CSV, JSON)
        Pdf, // must be non-empty and end with %%EOF, since Qt's PDF engine does not report failures
    };

    explicit OutputFile(const QString& path, Kind kind = Kind::Data);
    ~OutputFile(); // an output never committed leaves nothing behind
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Refuses a path whose last component exists and is not an ordinary file; fails with the reason.
    static Result<void> checkPath(const QString& path);

    // Checks the path and creates the temporary file. Fails with the reason; nothing is left behind.
    Result<void> open();
    // Where to write once open() succeeded. Every write to the disk is checked (in blocks of 64 KB); after
    // a failed one every further write fails too, and commit() reports the first failure.
    QIODevice* device() const;
    // Writes all of `bytes`; false once anything failed (commit() says why).
    bool write(const QByteArray& bytes);
    // Checks, flushes, renames into place and checks the size of the file that arrived. On failure the
    // temporary is removed and the target left as it was.
    Result<void> commit();
    qint64 bytesWritten() const; // accepted so far

    // open(), write(), commit() in one call.
    static Result<void> writeAll(const QString& path, const QByteArray& bytes, Kind kind = Kind::Data);
    // The message for a failure with the system error `errorNumber` (ENOSPC says the disk is full).
    static Error failure(const QString& path, int errorNumber);

private:
    class Device;

    void discard();

    QString m_path;
    Kind m_kind;
    QString m_temporaryPath;
    std::unique_ptr<Device> m_device;
};

} // namespace Kindred
