#include "filemessages.h"

#include "fieldreader.h"
#include "names.h"
#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace Msg {

QJsonObject Upload::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (room)
        o.insert("room"_L1, *room);
    if (with)
        o.insert("with"_L1, *with);
    o.insert("name"_L1, name);
    o.insert("size"_L1, size);
    o.insert("sha256"_L1, sha256);
    o.insert("mime"_L1, mime);
    return o;
}

Parsed<Upload> Upload::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Upload m;
    r.roomOrWith(&m.room, &m.with);
    m.name = r.text("name"_L1, Protocol::MaxFileNameLength);
    m.size = r.integer("size"_L1, 1, Protocol::MaxFileBytes);
    m.sha256 = r.hex("sha256"_L1, 64);
    m.mime = r.mimeType("mime"_L1);
    return r.finish(std::move(m));
}

QJsonObject UploadReady::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("upload"_L1, upload);
    o.insert("offset"_L1, offset);
    o.insert("size"_L1, size);
    return o;
}

Parsed<UploadReady> UploadReady::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    UploadReady m;
    m.upload = r.hex("upload"_L1, 32);
    m.size = r.integer("size"_L1, 1, Protocol::MaxFileBytes);
    m.offset = r.integer("offset"_L1, 0, Protocol::MaxFileBytes);
    if (r.ok() && m.offset > m.size)
        r.fail(ErrorCode::OutOfRange, u"'upload_ready': 'offset' is past 'size'"_s);
    return r.finish(std::move(m));
}

QJsonObject CancelUpload::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("upload"_L1, upload);
    return o;
}

Parsed<CancelUpload> CancelUpload::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    CancelUpload m;
    m.upload = r.hex("upload"_L1, 32);
    return r.finish(std::move(m));
}

QJsonObject Transfer::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (upload)
        o.insert("upload"_L1, *upload);
    if (download) {
        o.insert("download"_L1, *download);
        o.insert("offset"_L1, offset);
    }
    return o;
}

Parsed<Transfer> Transfer::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Transfer m;
    if (o.contains("download"_L1)) {
        m.download = r.hex("download"_L1, 32);
        m.offset = r.optionalInteger("offset"_L1, 0, Protocol::MaxFileBytes).value_or(0);
        if (r.ok() && o.contains("upload"_L1))
            r.fail(ErrorCode::OutOfRange, u"'transfer': give either 'upload' or 'download', not both"_s);
    } else if (o.contains("upload"_L1)) {
        m.upload = r.hex("upload"_L1, 32);
    } else {
        r.fail(ErrorCode::MissingField, u"'transfer': give 'upload' (to send a file) or 'download' (to fetch one)"_s);
    }
    return r.finish(std::move(m));
}

QJsonObject Download::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("message"_L1, message);
    if (thumbnail)
        o.insert("thumbnail"_L1, true);
    return o;
}

Parsed<Download> Download::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Download m;
    m.message = r.integer("message"_L1, 1, Protocol::MaxId);
    m.thumbnail = r.optionalBoolean("thumbnail"_L1, false);
    return r.finish(std::move(m));
}

QJsonObject DownloadReady::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("message"_L1, message);
    if (thumbnail)
        o.insert("thumbnail"_L1, true);
    o.insert("download"_L1, download);
    o.insert("size"_L1, size);
    o.insert("sha256"_L1, sha256);
    return o;
}

Parsed<DownloadReady> DownloadReady::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    DownloadReady m;
    m.message = r.integer("message"_L1, 1, Protocol::MaxId);
    m.thumbnail = r.optionalBoolean("thumbnail"_L1, false);
    m.download = r.hex("download"_L1, 32);
    m.size = r.integer("size"_L1, 1, Protocol::MaxFileBytes);
    m.sha256 = r.hex("sha256"_L1, 64);
    return r.finish(std::move(m));
}

QJsonObject TransferReady::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("offset"_L1, offset);
    return o;
}

Parsed<TransferReady> TransferReady::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    TransferReady m;
    m.offset = r.integer("offset"_L1, 0, Protocol::MaxFileBytes);
    return r.finish(std::move(m));
}

QJsonObject Uploaded::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("upload"_L1, upload);
    if (error)
        o.insert("error"_L1, *error);
    if (message)
        o.insert("message"_L1, *message);
    return o;
}

Parsed<Uploaded> Uploaded::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Uploaded m;
    m.upload = r.hex("upload"_L1, 32);
    m.error = r.optionalString("error"_L1, 1, 64);
    m.message = r.optionalString("message"_L1, 0, Protocol::MaxNoticeLength);
    return r.finish(std::move(m));
}

} // namespace Msg
