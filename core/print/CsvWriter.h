// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Kindred {

// CSV that opens cleanly in a spreadsheet: RFC 4180 quoting, CRLF line ends, UTF-8 with an optional
// byte-order mark (Excel needs it to read accents right), and cells that a spreadsheet would run as
// a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options
    {
        bool byteOrderMark = true;
        QChar separator = QLatin1Char(',');
    };

    CsvWriter(QIODevice* device, const Options& options);
    explicit CsvWriter(QIODevice* device);

    bool writeRow(const QStringList& cells);
    static QString escapeCell(const QString& cell, QChar separator = QLatin1Char(','));
    // Writes a whole file through OutputFile: it appears complete or not at all, and a failure (the disk
    // is full, the path is a device or a link) says why.
    static Result<void> writeFile(const QString& path, const QStringList& header, const QList<QStringList>& rows,
                                  const Options& options);
    static Result<void> writeFile(const QString& path, const QStringList& header, const QList<QStringList>& rows);

private:
    QIODevice* m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace Kindred
