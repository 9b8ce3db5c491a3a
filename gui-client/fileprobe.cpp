#include "fileprobe.h"

#include "receivedimage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace {
// Whether any pixel lets what is behind it show (an RGBA screenshot is opaque all the same).
bool isTransparent(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        if (std::any_of(line, line + argb.width(), [](QRgb p) { return qAlpha(p) < 255; }))
            return true;
    }
    return false;
}

// A thumbnail small enough to travel with the message: the image scaled down, then encoded at lower
// quality, then smaller, until it fits.
struct Thumbnail
{
    QByteArray bytes;
    QString mime;
    QSize pixels;
};

Thumbnail thumbnailOf(const QImage &image)
{
    for (const int side : {FileProbe::ThumbnailSide, FileProbe::ThumbnailSide * 3 / 4, FileProbe::ThumbnailSide / 2}) {
        const QImage scaled = image.width() <= side && image.height() <= side
                                  ? image
                                  : image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        // Only the pixels travel: an image's text (dates, comments, software) would go into the thumbnail.
        const QImage small =
            QImage(scaled.constBits(), scaled.width(), scaled.height(), scaled.bytesPerLine(), scaled.format()).copy();
        const bool transparent = isTransparent(small);
        for (const int quality : {80, 60, 40}) {
            QByteArray bytes;
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            if (!small.save(&out, transparent ? "PNG" : "JPEG", transparent ? -1 : quality))
                return {};
            if (bytes.size() <= FileProbe::MaxThumbnailBytes)
                return {bytes, transparent ? u"image/png"_s : u"image/jpeg"_s, small.size()};
            if (transparent)
                break; // PNG has no quality to give up: smaller, then
        }
    }
    return {};
}

// The type from the content, unless the name says something more precise of the same kind (a .docx is
// a ZIP archive by its content): text under an image's name is text.
QString typeOf(const QString &name, QIODevice *content)
{
    const QMimeDatabase types;
    const QMimeType byContent = types.mimeTypeForData(content);
    const QMimeType byName = types.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    if (byContent.isDefault() || (byName.isValid() && !byName.isDefault() && byName.inherits(byContent.name())))
        return byName.name();
    return byContent.name();
}
} // namespace

FileProbe::Result FileProbe::probe(const QString &path)
{
    Result r;
    const QFileInfo info(path);
    if (!info.isFile()) { // a folder, a device, a pipe that would block the thread
        r.error = info.exists() ? u"not a regular file"_s : u"no such file"_s;
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = file.errorString();
        return r;
    }
    r.name = info.fileName();
    r.mime = typeOf(r.name, &file);
    file.seek(0);
    // The size is what was hashed: a file that changes meanwhile is announced as it was read.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 n; (n = file.read(block.data(), block.size())) > 0;) {
        hash.addData(QByteArrayView(block.constData(), n));
        r.size += n;
    }
    if (file.error() != QFileDevice::NoError) {
        r.error = file.errorString();
        return r;
    }
    r.sha256 = QString::fromLatin1(hash.result().toHex());
    if (r.mime.startsWith("image/"_L1)) {
        file.seek(0);
        QString why; // an image that cannot be decoded here goes as a plain file
        if (const QImage image = ReceivedImage::decode(&file, &why); !image.isNull()) {
            r.pixels = image.size();
            const Thumbnail thumbnail = thumbnailOf(image);
            r.thumbnail = thumbnail.bytes;
            r.thumbnailMime = thumbnail.mime;
            r.thumbnailPixels = thumbnail.pixels;
        }
    }
    return r;
}
