// Image files for the tests of received images: valid PNG containers claiming any size, and an animation.
#pragma once

#include <QByteArray>
#include <QtEndian>

namespace TestImages {

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian(crc32(type + data), crc.data());
    return out + crc;
}

// An 8-bit greyscale PNG claiming width x height, with rowsGiven rows of zeros compressed: a few kilobytes
// that would need width x height bytes to decode (a decompression bomb, for large sizes).
inline QByteArray greyPng(quint32 width, quint32 height, int rowsGiven)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8;                                                  // bit depth
    header[9] = 0;                                                  // colour type: greyscale
    const QByteArray raw(qsizetype(rowsGiven) * (width + 1), '\0'); // each row: filter byte, then pixels
    const QByteArray zlib = qCompress(raw, 9).mid(4);               // without qCompress's length prefix
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

// A 96x64 GIF of three frames (red, blue, green) at 80 ms each, looping: made with ImageMagick's
// `convert -size 96x64 xc:red xc:blue xc:lime -set delay 8 -loop 0 anim.gif`.
inline QByteArray animatedGif()
{
    return QByteArray::fromBase64(
        "R0lGODlhYABAAPAAAP8AAAAAACH5BAAIAAAAIf8LTkVUU0NBUEUyLjADAQAAACwAAAAAYABAAAACVoSPqcvtD6OctNqLs968+w+G"
        "4kiW5omm6sq27gvH8kzX9o3n+s73/g8MCofEovGITCqXzKbzCY1Kp9Sq9YrNarfcrvcLDovH5LL5jE6r1+y2+w2Py1cFACH5BAAI"
        "AAAALAAAAABgAEAAgAAA/wAAAAJWhI+py+0Po5y02ouz3rz7D4biSJbmiabqyrbuC8fyTNf2jef6zvf+DwwKh8Si8YhMKpfMpvMJ"
        "jUqn1Kr1is1qt9yu9wsOi8fksvmMTqvX7Lb7DY/LVwUAIfkEAAgAAAAsAAAAAGAAQACAAP8AAAAAAlaEj6nL7Q+jnLTai7PevPsP"
        "huJIluaJpurKtu4Lx/JM1/aN5/rO9/4PDAqHxKLxiEwql8ym8wmNSqfUqvWKzWq33K73Cw6Lx+Sy+YxOq9fstvsNj8tXBQA7");
}

} // namespace TestImages
