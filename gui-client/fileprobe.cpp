#include "fileprobe.h"

#include "receivedimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>

using namespace Qt::Literals::StringLiterals;

namespace {
// A thumbnail small enough to travel with the message: the image scaled down, then encoded at lower
// quality until it fits.
std::pair<QByteArray, QString> thumbnailOf(const QImage &image)
{
    const QImage small = image.width() <= FileProbe::ThumbnailSide && image.height() <= FileProbe::ThumbnailSide
                             ? image
                             : image.scaled(FileProbe::ThumbnailSide, FileProbe::ThumbnailSide, Qt::KeepAspectRatio,
                                            Qt::SmoothTransformation);
    const bool transparent = small.hasAlphaChannel();
    for (const int quality : {80, 60, 40}) {
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        if (!small.save(&out, transparent ? "PNG" : "JPEG", transparent ? -1 : quality))
            return {};
        if (bytes.size() <= FileProbe::MaxThumbnailBytes)
            return {bytes, transparent ? u"image/png"_s : u"image/jpeg"_s};
        if (transparent)
            break; // PNG has no quality to give up
    }
    return {};
}
} // namespace

FileProbe::Result FileProbe::probe(const QString &path)
{
    Result r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    r.name = QFileInfo(path).fileName();
    r.size = file.size();
    r.mime = QMimeDatabase().mimeTypeForFileNameAndData(r.name, &file).name();
    file.seek(0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || file.error() != QFileDevice::NoError) {
        r.error = file.errorString();
        return r;
    }
    r.sha256 = QString::fromLatin1(hash.result().toHex());
    if (r.mime.startsWith("image/"_L1)) {
        file.seek(0);
        QString why; // an image that cannot be decoded here goes as a plain file
        if (const QImage image = ReceivedImage::decode(&file, &why); !image.isNull()) {
            r.pixels = image.size();
            std::tie(r.thumbnail, r.thumbnailMime) = thumbnailOf(image);
        }
    }
    return r;
}
