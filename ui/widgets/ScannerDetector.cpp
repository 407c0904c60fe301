// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScannerDetector.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Kindred {

ScannerDetector::ScannerDetector(QLineEdit* lineEdit)
    : QObject(lineEdit)
    , m_lineEdit(lineEdit)
{
    lineEdit->installEventFilter(this);
}

bool ScannerDetector::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_lineEdit || event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool fast = m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() <= MaxGapMs;
    if (enter) {
        const bool isScan = fast && m_fastKeys >= 3 && m_lineEdit->text().trimmed().size() >= 4;
        m_fastKeys = 0;
        m_sinceLastKey.invalidate();
        if (isScan) {
            emit scanned(m_lineEdit->text().trimmed());
            return true;
        }
        return false;
    }
    if (!key->text().isEmpty()) {
        m_fastKeys = fast ? m_fastKeys + 1 : 0;
        m_sinceLastKey.start();
    }
    return false;
}

} // namespace Kindred
