// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScanFeedback.h"

#include "widgets/Palette.h"

#include <QEvent>
#include <QPainter>
#include <QSettings>
#include <QSoundEffect>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace Kindred {
namespace {

const QString SoundKey = QStringLiteral("desk/scanSound");
const QString FlashKey = QStringLiteral("desk/scanFlash");

// A thick edge in one colour over the area, see-through to clicks and never focused.
class FlashFrame : public QWidget
{
public:
    explicit FlashFrame(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("scanFlashFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

    void setColor(const QColor& color)
    {
        m_color = color;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        constexpr int Width = 8;
        painter.setPen(QPen(m_color, Width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(Width / 2.0, Width / 2.0, -Width / 2.0, -Width / 2.0), 6, 6);
    }

private:
    QColor m_color;
};

} // namespace

ScanFeedback::ScanFeedback(QWidget& area, QObject* parent)
    : QObject(parent)
    , m_area(area)
    , m_flashTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("scanFeedback"));
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(FlashMilliseconds);
    connect(m_flashTimer, &QTimer::timeout, this, [this] {
        if (m_frame) {
            m_frame->hide();
        }
    });
    m_area.installEventFilter(this);
}

bool ScanFeedback::soundOn()
{
    return QSettings().value(SoundKey, true).toBool();
}

bool ScanFeedback::flashOn()
{
    return QSettings().value(FlashKey, true).toBool();
}

void ScanFeedback::setSoundOn(bool on)
{
    QSettings().setValue(SoundKey, on);
}

void ScanFeedback::setFlashOn(bool on)
{
    QSettings().setValue(FlashKey, on);
}

void ScanFeedback::signalScan(bool accepted)
{
    if (soundOn()) {
        playSound(accepted);
    }
    if (flashOn()) {
        flash(accepted);
    }
}

bool ScanFeedback::isFlashing() const
{
    return m_frame && m_flashTimer->isActive();
}

void ScanFeedback::playSound(bool accepted)
{
    QSoundEffect*& effect = accepted ? m_accepted : m_refused;
    if (!effect) {
        effect = new QSoundEffect(this);
        effect->setSource(QUrl(accepted ? QStringLiteral("qrc:/sounds/scan-accepted.wav")
                                        : QStringLiteral("qrc:/sounds/scan-refused.wav")));
        effect->setVolume(0.8f);
    }
    // Asynchronous: with no audio device the effect reports an error status and nothing is heard.
    if (effect->status() != QSoundEffect::Error) {
        effect->stop();
        effect->play();
    }
    emit soundPlayed(accepted);
}

void ScanFeedback::flash(bool accepted)
{
    if (!m_frame) {
        m_frame = new FlashFrame(&m_area);
    }
    static_cast<FlashFrame*>(m_frame.data())->setColor(Palette::color(accepted ? Palette::Success : Palette::Danger));
    m_frame->setGeometry(m_area.rect());
    m_frame->raise();
    m_frame->show();
    m_flashTimer->start(); // a second scan within the half second starts it again
    emit flashShown(accepted);
}

bool ScanFeedback::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_area && event->type() == QEvent::Resize && m_frame) {
        m_frame->setGeometry(m_area.rect());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kindred
