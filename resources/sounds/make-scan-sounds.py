#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the desk's two scan sounds (ui/desk/ScanFeedback) from nothing but sine waves, so that Kindred ships no
# third-party audio:
#   scan-accepted.wav  two short rising tones (880 Hz, then 1320 Hz), bright: "done"
#   scan-refused.wav   two low buzzes (220 Hz with its third harmonic), longer: "look up"
# 16-bit mono PCM at 22,050 Hz, each well under half a second. Run from this folder: python3 make-scan-sounds.py
import math
import struct
import wave

RATE = 22050


def tone(frequencies, seconds, volume=0.45):
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)  # 10 ms in and out: no click
    samples = []
    for i in range(count):
        t = i / RATE
        value = sum(math.sin(2 * math.pi * f * t) / len(frequencies) for f in frequencies)
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        samples.append(int(32767 * volume * envelope * value))
    return samples


def silence(seconds):
    return [0] * int(RATE * seconds)


def write(name, samples):
    with wave.open(name, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack("<%dh" % len(samples), *samples))


write("scan-accepted.wav", tone([880], 0.08) + silence(0.03) + tone([1320], 0.12))
write("scan-refused.wav", tone([220, 660], 0.16) + silence(0.06) + tone([220, 660], 0.16))
