#include "filemessages.h"

#include "fieldreader.h"
#include "names.h"
#include "protocol.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

QString hexField(FieldReader &r, QLatin1StringView key, qsizetype length)
{
    const QString value = r.string(key, int(length), int(length));
    if (r.ok() && !Names::isLowerHex(value, length))
        r.fail(ErrorCode::OutOfRange,
               u"'%1': '%2' must be %3 lowercase hexadecimal digits"_s.arg(r.type(), key).arg(length));
    return value;
}

} // namespace

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
    m.sha256 = hexField(r, "sha256"_L1, 64);
    m.mime = r.string("mime"_L1, 3, Protocol::MaxMimeLength);
    static const QRegularExpression mime(u"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"_s);
    if (r.ok() && !mime.match(m.mime).hasMatch())
        r.fail(ErrorCode::OutOfRange, u"'upload': 'mime' must be a lowercase type/subtype"_s);
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
    m.upload = hexField(r, "upload"_L1, 32);
    m.size = r.integer("size"_L1, 1, Protocol::MaxFileBytes);
    m.offset = r.integer("offset"_L1, 0, Protocol::MaxFileBytes);
    if (r.ok() && m.offset > m.size)
        r.fail(ErrorCode::OutOfRange, u"'upload_ready': 'offset' is past 'size'"_s);
    return r.finish(std::move(m));
}

QJsonObject Transfer::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("upload"_L1, upload);
    return o;
}

Parsed<Transfer> Transfer::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Transfer m;
    m.upload = hexField(r, "upload"_L1, 32);
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
    m.upload = hexField(r, "upload"_L1, 32);
    m.error = r.optionalString("error"_L1, 1, 64);
    m.message = r.optionalString("message"_L1, 0, Protocol::MaxNoticeLength);
    return r.finish(std::move(m));
}

} // namespace Msg
