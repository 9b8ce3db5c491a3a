// Image files made by hand for the tests of received images: valid PNG containers claiming any size.
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

} // namespace TestImages
