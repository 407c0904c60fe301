// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PhotoField.h"

#include "widgets/MessageBox.h"

#include <QBuffer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Kindred {

PhotoField::PhotoField(QWidget* parent)
    : QWidget(parent)
    , m_previewLabel(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("Choose pho&to…"), this))
    , m_removeButton(new QPushButton(tr("Remove photo"), this))
{
    m_previewLabel->setObjectName(QStringLiteral("photoPreviewLabel"));
    m_chooseButton->setObjectName(QStringLiteral("choosePhotoButton"));
    m_removeButton->setObjectName(QStringLiteral("removePhotoButton"));
    m_previewLabel->setFixedSize(96, 96);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previewLabel, 0, Qt::AlignTop);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_chooseButton, &QPushButton::clicked, this, &PhotoField::choose);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_image.clear();
        m_new = true;
        updatePreview();
        emit photoChanged();
    });
    updatePreview();
}

void PhotoField::setPhoto(const QByteArray& image)
{
    m_image = image;
    m_new = false;
    updatePreview();
}

bool PhotoField::loadFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        return false;
    }
    m_image = scaledPng(image);
    m_new = true;
    updatePreview();
    emit photoChanged();
    return true;
}

QByteArray PhotoField::scaledPng(const QImage& image)
{
    QImage scaled = image;
    if (image.width() > MaxSide || image.height() > MaxSide) {
        scaled = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return bytes;
}

void PhotoField::choose()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a photo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"));
    if (path.isEmpty()) {
        return;
    }
    if (!loadFile(path)) {
        MessageBox::warning(this, tr("Photo"), tr("%1 could not be read as an image.").arg(path));
    }
}

void PhotoField::updatePreview()
{
    QPixmap pixmap;
    if (!m_image.isEmpty() && pixmap.loadFromData(m_image)) {
        m_previewLabel->setPixmap(pixmap.scaled(m_previewLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_previewLabel->setPixmap({});
        m_previewLabel->setText(tr("No photo"));
    }
    m_removeButton->setEnabled(!m_image.isEmpty());
}

} // namespace Kindred
