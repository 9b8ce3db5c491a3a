// An image someone sent, decoded without trusting it: its header's size is checked against a pixel cap
// before any pixel is decoded, and Qt's allocation limit stays in force, so a decompression bomb (a small
// file that claims a huge picture) or a broken file gets a reason to show instead of the image, never an
// out-of-memory.
#pragma once

#include <QImage>
#include <QString>

class QIODevice;
class QImageReader;

class ReceivedImage
{
public:
    // The largest picture decoded: 50 megapixels (an 8K photo is 33), and at most this many pixels a side.
    static constexpr qint64 MaxPixels = 50'000'000;
    static constexpr int MaxSide = 20'000;

    // Decodes the image in device (a file, a buffer). A null image, and why in words for the user, when it
    // is too large, not an image, or broken; a truncated image that decodes in part is returned in part.
    static QImage decode(QIODevice *device, QString *why);
    // Whether the reader's image may be decoded (an allowed format, a sane size in its header): its size,
    // else an invalid size and why. Nothing is decoded; for readers handed on (QMovie, for animations).
    static QSize check(QImageReader &reader, QString *why);
};
