// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kindred {

// A photo with "Choose…" and "Remove": the chosen file is scaled to at most 256 pixels a side and
// kept as PNG bytes. `isNew()` tells a caller that the stored photo id no longer applies.
class PhotoField : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxSide = 256;

    explicit PhotoField(QWidget* parent = nullptr);

    void setPhoto(const QByteArray& image);
    QByteArray photo() const { return m_image; }
    bool isNew() const { return m_new; }

    // Reads, scales and keeps an image file; false (and nothing changed) when it is not an image.
    bool loadFile(const QString& path);
    static QByteArray scaledPng(const QImage& image);

signals:
    void photoChanged();

private:
    void choose();
    void updatePreview();

    QLabel* m_previewLabel;
    QPushButton* m_chooseButton;
    QPushButton* m_removeButton;
    QByteArray m_image;
    bool m_new = false;
};

} // namespace Kindred
