// What the sending client tells about a file before it goes (issue 16): its name, size, type and SHA-256,
// and for an image its pixel size and a small thumbnail, so that receivers lay the message out before any
// byte of the file arrives and the server never decodes an image. Reads the whole file: call it from a
// thread pool, not the GUI thread.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

class FileProbe
{
public:
    // A thumbnail's longest side, and the most it may weigh once encoded.
    static constexpr int ThumbnailSide = 320;
    static constexpr int MaxThumbnailBytes = 64 * 1024;

    struct Result
    {
        QString error; // empty when the file could be read
        QString name;  // the file's own name, without its folder
        qint64 size = 0;
        QString mime;         // by content, or by name when that is more precise (application/octet-stream: unknown)
        QString sha256;       // lowercase hex
        QSize pixels;         // an image's size (as shown, after its orientation); invalid for other files
        QByteArray thumbnail; // JPEG, or PNG when the image has transparency; empty when none was made
        QString thumbnailMime;
        QSize thumbnailPixels;
    };

    static Result probe(const QString &path);
};
