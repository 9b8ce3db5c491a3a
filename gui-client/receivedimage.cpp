#include "receivedimage.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>

QSize ReceivedImage::check(QImageReader &reader, QString *why)
{
    // The formats people send, with decoders that say their size before decoding; not every plugin Qt
    // has (TGA is guessed at, TIFF and SVG are large attack surfaces, an SVG's cost is not its pixels).
    static const QList<QByteArray> allowed{"png", "jpeg", "jpg", "gif", "webp", "bmp"};
    if (!reader.canRead() || !allowed.contains(reader.format().toLower())) {
        *why = QCoreApplication::translate("ReceivedImage", "This is not an image this program can show.");
        return {};
    }
    // What the header says, before a single pixel is decoded.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        *why = QCoreApplication::translate("ReceivedImage", "This image is damaged and cannot be shown.");
        return {};
    }
    if (size.width() > MaxSide || size.height() > MaxSide || qint64(size.width()) * size.height() > MaxPixels) {
        *why = QCoreApplication::translate("ReceivedImage", "This image is too large to show (%1 × %2 pixels).")
                   .arg(QLocale().toString(size.width()), QLocale().toString(size.height()));
        return {};
    }
    return size;
}

QImage ReceivedImage::decode(QIODevice *device, QString *why)
{
    QImageReader reader(device);
    reader.setAutoTransform(true); // as the camera held it
    if (!check(reader, why).isValid())
        return {};
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        *why = QCoreApplication::translate("ReceivedImage", "This image is damaged and cannot be shown.");
        return {};
    }
    return image;
}
