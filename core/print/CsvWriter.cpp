// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/CsvWriter.h"

#include "print/OutputFile.h"

#include <QIODevice>
#include <QRegularExpression>

namespace Kindred {
namespace {

bool isPlainNumber(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    return number.match(cell).hasMatch();
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, const Options& options)
    : m_device(device)
    , m_options(options)
{ }

CsvWriter::CsvWriter(QIODevice* device)
    : CsvWriter(device, Options {})
{ }

QString CsvWriter::escapeCell(const QString& cell, QChar separator)
{
    QString value = cell;
    if (!value.isEmpty() && !isPlainNumber(value)) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            value.prepend(QLatin1Char('\''));
        }
    }
    const bool needsQuotes = value.contains(separator) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes) {
        return value;
    }
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark) {
        bytes += "\xEF\xBB\xBF";
    }
    m_started = true;
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& cell : cells) {
        escaped << escapeCell(cell, m_options.separator);
    }
    bytes += escaped.join(m_options.separator).toUtf8();
    bytes += "\r\n";
    return m_device->write(bytes) == bytes.size();
}

Result<void> CsvWriter::writeFile(const QString& path, const QStringList& header, const QList<QStringList>& rows,
                                  const Options& options)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        return opened;
    }
    CsvWriter writer(file.device(), options);
    // After a failed write the device refuses the rest, and commit() says why.
    bool ok = writer.writeRow(header);
    for (int i = 0; ok && i < rows.size(); ++i) {
        ok = writer.writeRow(rows.at(i));
    }
    return file.commit();
}

Result<void> CsvWriter::writeFile(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    return writeFile(path, header, rows, Options {});
}

} // namespace Kindred
