#include "attachment.h"

#include "fieldreader.h"
#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

// width and height: both or neither.
void readPixels(FieldReader &r, std::optional<qint64> *width, std::optional<qint64> *height)
{
    *width = r.optionalInteger("width"_L1, 1, MaxPixelSide);
    *height = r.optionalInteger("height"_L1, 1, MaxPixelSide);
    if (r.ok() && width->has_value() != height->has_value())
        r.fail(ErrorCode::MissingField, u"'%1': a file's 'width' and 'height' come together"_s.arg(r.type()));
}

void writePixels(QJsonObject &o, std::optional<qint64> width, std::optional<qint64> height,
                 std::optional<qint64> durationMs)
{
    if (width && height) {
        o.insert("width"_L1, *width);
        o.insert("height"_L1, *height);
    }
    if (durationMs)
        o.insert("durationMs"_L1, *durationMs);
}

// The nested object `key` of r's message, read by `read`; its errors become r's.
template <typename T, typename Read> std::optional<T> nested(FieldReader &r, QLatin1StringView key, Read read)
{
    const std::optional<QJsonObject> object = r.optionalObject(key);
    if (!object)
        return std::nullopt;
    FieldReader inner(*object, r.type());
    T value = read(inner);
    if (!inner.ok()) {
        r.adopt(*inner.error());
        return std::nullopt;
    }
    return value;
}

} // namespace

QJsonObject ShareFile::toJson() const
{
    QJsonObject o{{"upload"_L1, upload}};
    writePixels(o, width, height, durationMs);
    if (thumbnail)
        o.insert("thumbnail"_L1,
                 QJsonObject{{"upload"_L1, *thumbnail}, {"width"_L1, thumbnailWidth}, {"height"_L1, thumbnailHeight}});
    return o;
}

std::optional<ShareFile> ShareFile::readFrom(FieldReader &r)
{
    return nested<ShareFile>(r, "file"_L1, [](FieldReader &f) {
        ShareFile m;
        m.upload = f.hex("upload"_L1, 32);
        readPixels(f, &m.width, &m.height);
        m.durationMs = f.optionalInteger("durationMs"_L1, 1, MaxDurationMs);
        const auto thumbnail = nested<ShareFile>(f, "thumbnail"_L1, [](FieldReader &t) {
            ShareFile th;
            th.thumbnail = t.hex("upload"_L1, 32);
            th.thumbnailWidth = t.integer("width"_L1, 1, MaxThumbnailSide);
            th.thumbnailHeight = t.integer("height"_L1, 1, MaxThumbnailSide);
            return th;
        });
        if (thumbnail) {
            m.thumbnail = thumbnail->thumbnail;
            m.thumbnailWidth = thumbnail->thumbnailWidth;
            m.thumbnailHeight = thumbnail->thumbnailHeight;
        }
        return m;
    });
}

QJsonObject Attachment::toJson() const
{
    QJsonObject o{{"name"_L1, name}, {"size"_L1, size}, {"mime"_L1, mime}, {"sha256"_L1, sha256}};
    writePixels(o, width, height, durationMs);
    if (thumbnail)
        o.insert("thumbnail"_L1, QJsonObject{{"width"_L1, thumbnail->width},
                                             {"height"_L1, thumbnail->height},
                                             {"mime"_L1, thumbnail->mime},
                                             {"size"_L1, thumbnail->size}});
    return o;
}

std::optional<Attachment> Attachment::readFrom(FieldReader &r)
{
    return nested<Attachment>(r, "file"_L1, [](FieldReader &f) {
        Attachment m;
        m.name = f.text("name"_L1, Protocol::MaxFileNameLength);
        m.size = f.integer("size"_L1, 1, Protocol::MaxFileBytes);
        m.mime = f.mimeType("mime"_L1);
        m.sha256 = f.hex("sha256"_L1, 64);
        readPixels(f, &m.width, &m.height);
        m.durationMs = f.optionalInteger("durationMs"_L1, 1, MaxDurationMs);
        m.thumbnail = nested<Thumbnail>(f, "thumbnail"_L1, [](FieldReader &t) {
            Thumbnail th;
            th.width = t.integer("width"_L1, 1, MaxThumbnailSide);
            th.height = t.integer("height"_L1, 1, MaxThumbnailSide);
            th.mime = t.mimeType("mime"_L1);
            th.size = t.integer("size"_L1, 1, MaxThumbnailBytes);
            return th;
        });
        return m;
    });
}

} // namespace Msg
