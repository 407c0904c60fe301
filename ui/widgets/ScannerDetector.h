// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QLineEdit;

namespace Kindred {

// Tells a barcode/QR scanner from a person: a scanner acting as a keyboard types a whole code in a
// few milliseconds and ends with Enter. Watches a line edit; when Enter ends a burst of at least
// four fast keys, emits scanned() with the text (and swallows that Enter), otherwise lets it through.
class ScannerDetector : public QObject
{
    Q_OBJECT

public:
    // Keys closer together than this (ms) count as a scanner's.
    static constexpr qint64 MaxGapMs = 35;

    explicit ScannerDetector(QLineEdit* lineEdit);

signals:
    void scanned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_lineEdit;
    QElapsedTimer m_sinceLastKey;
    int m_fastKeys = 0;
};

} // namespace Kindred
