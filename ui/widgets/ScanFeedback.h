// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QSoundEffect;
class QTimer;
class QWidget;

namespace Kindred {

// What a scan at the desk sounds and looks like, since the receptionist is looking at the parent, not the screen:
// a short sound (one for accepted, one for refused) and, for about half a second, the family area ringed in the
// success or the refusal colour. Each is on or off per computer (Settings → This computer; QSettings keys
// desk/scanSound and desk/scanFlash, both on when unset). The flash takes no focus and no key or click. A sound that
// cannot play (no sound card, no audio service) is silently not heard: never an error, never a wait.
class ScanFeedback : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlashMilliseconds = 500;

    // `area`: the widget whose edge flashes.
    explicit ScanFeedback(QWidget& area, QObject* parent = nullptr);

    // Once per scan: the scan found what it was for (a family, a pickup code), or it was refused.
    void signalScan(bool accepted);
    bool isFlashing() const;

    static bool soundOn();
    static bool flashOn();
    static void setSoundOn(bool on);
    static void setFlashOn(bool on);

signals:
    // Emitted as each is started, whether or not the computer can be heard: what tests observe.
    void soundPlayed(bool accepted);
    void flashShown(bool accepted);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void playSound(bool accepted);
    void flash(bool accepted);

    QWidget& m_area;
    QPointer<QWidget> m_frame;
    QTimer* m_flashTimer;
    // Made at the first scan only: a desk that never scans never opens the audio device.
    QSoundEffect* m_accepted = nullptr;
    QSoundEffect* m_refused = nullptr;
};

} // namespace Kindred
