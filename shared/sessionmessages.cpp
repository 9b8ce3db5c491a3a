#include "sessionmessages.h"

#include "fieldreader.h"
#include "protocol.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

constexpr int UdpKeyBytes = 32;

// A UDP key: 32 bytes in base64, in the message of type `type`.
QByteArray readUdpKey(FieldReader &r, QLatin1StringView type)
{
    const QString key = r.string("udpKey"_L1, 1, 64);
    if (!r.ok())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != UdpKeyBytes) {
        r.fail(ErrorCode::OutOfRange, u"'%1': field 'udpKey' must be 32 bytes in base64"_s.arg(type));
        return {};
    }
    return decoded.decoded;
}

} // namespace

QJsonObject Hello::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("version"_L1, version);
    o.insert("client"_L1, client);
    return o;
}

Parsed<Hello> Hello::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Hello m;
    m.version = int(r.integer("version"_L1, 0, 1'000'000));
    m.client = r.optionalString("client"_L1, 0, Protocol::MaxClientNameLength).value_or(QString());
    return r.finish(std::move(m));
}

QJsonObject Welcome::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("version"_L1, version);
    o.insert("server"_L1, server);
    o.insert("heartbeatMs"_L1, heartbeatMs);
    o.insert("timeoutMs"_L1, timeoutMs);
    o.insert("udpPort"_L1, udpPort);
    o.insert("maxFrame"_L1, maxFrame);
    o.insert("maxHistory"_L1, maxHistory);
    if (files)
        o.insert("files"_L1, QJsonObject{{"maxBytes"_L1, files->maxBytes},
                                         {"quotaBytes"_L1, files->quotaBytes},
                                         {"uploadsAtOnce"_L1, files->uploadsAtOnce}});
    return o;
}

Parsed<Welcome> Welcome::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Welcome m;
    m.version = int(r.integer("version"_L1, 1, 1'000'000));
    m.server = r.string("server"_L1, 0, Protocol::MaxClientNameLength);
    m.heartbeatMs = r.integer("heartbeatMs"_L1, 100, 3'600'000);
    m.timeoutMs = r.integer("timeoutMs"_L1, 100, 3'600'000);
    m.udpPort = int(r.integer("udpPort"_L1, 0, 65535));
    m.maxFrame = r.integer("maxFrame"_L1, 1024, 64 * 1024 * 1024);
    m.maxHistory = int(r.optionalInteger("maxHistory"_L1, 1, 1'000'000).value_or(Protocol::MaxHistoryLimit));
    if (const std::optional<QJsonObject> files = r.optionalObject("files"_L1)) {
        FieldReader f(*files, Type);
        m.files =
            FileLimits{f.integer("maxBytes"_L1, 1, Protocol::MaxFileBytes),
                       f.integer("quotaBytes"_L1, 0, Protocol::MaxId), int(f.integer("uploadsAtOnce"_L1, 1, 1000))};
        if (f.error())
            r.adopt(*f.error());
    }
    return r.finish(std::move(m));
}

QJsonObject Register::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("username"_L1, username);
    o.insert("password"_L1, password);
    if (device)
        o.insert("device"_L1, *device);
    return o;
}

Parsed<Register> Register::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Register m;
    m.device = r.optionalDeviceName("device"_L1);
    // The name's rules are the server's to report (invalid_username), so only its type is checked here.
    m.username = r.string("username"_L1, 0, Protocol::MaxUsernameLength * 4);
    m.password = r.string("password"_L1, 0, Protocol::MaxPasswordLength * 4);
    return r.finish(std::move(m));
}

QJsonObject Login::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("username"_L1, username);
    o.insert("password"_L1, password);
    if (device)
        o.insert("device"_L1, *device);
    return o;
}

Parsed<Login> Login::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Login m;
    m.device = r.optionalDeviceName("device"_L1);
    m.username = r.string("username"_L1, 0, Protocol::MaxUsernameLength * 4);
    m.password = r.string("password"_L1, 0, Protocol::MaxPasswordLength * 4);
    return r.finish(std::move(m));
}

QJsonObject Resume::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("token"_L1, token);
    return o;
}

Parsed<Resume> Resume::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Resume m;
    m.token = r.string("token"_L1, 1, Protocol::MaxTokenLength);
    return r.finish(std::move(m));
}

QJsonObject AuthOk::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("username"_L1, username);
    o.insert("resumeToken"_L1, resumeToken);
    o.insert("udpSession"_L1, qint64(udpSession));
    o.insert("udpKey"_L1, QString::fromLatin1(udpKey.toBase64()));
    o.insert("rooms"_L1, QJsonArray::fromStringList(rooms));
    o.insert("resumed"_L1, resumed);
    if (device)
        o.insert("device"_L1, *device);
    return o;
}

Parsed<AuthOk> AuthOk::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    AuthOk m;
    m.username = r.username("username"_L1);
    m.resumeToken = r.string("resumeToken"_L1, 1, Protocol::MaxTokenLength);
    m.udpSession = quint32(r.integer("udpSession"_L1, 1, 0xffffffffLL));
    m.udpKey = readUdpKey(r, Type);
    const QJsonArray rooms = r.array("rooms"_L1, Protocol::MaxListEntries);
    for (const QJsonValue &v : rooms) {
        QJsonObject wrapper{{"room"_L1, v}};
        FieldReader item(wrapper, Type);
        m.rooms.append(item.roomName("room"_L1));
        if (!item.ok())
            r.fail(ErrorCode::WrongType, QStringLiteral("'auth_ok': field 'rooms' must hold room names"));
    }
    m.resumed = r.optionalBoolean("resumed"_L1, false);
    m.device = r.optionalDeviceName("device"_L1);
    return r.finish(std::move(m));
}

QJsonObject UdpKey::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("udpSession"_L1, qint64(udpSession));
    o.insert("udpKey"_L1, QString::fromLatin1(udpKey.toBase64()));
    return o;
}

Parsed<UdpKey> UdpKey::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    UdpKey m;
    m.udpSession = quint32(r.integer("udpSession"_L1, 1, 0xffffffffLL));
    m.udpKey = readUdpKey(r, Type);
    return r.finish(std::move(m));
}

QJsonObject Logout::toJson() const
{
    return typedObject(Type);
}

Parsed<Logout> Logout::fromJson(const QJsonObject &)
{
    return Logout{};
}

QJsonObject Ping::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("ts"_L1, ts);
    return o;
}

Parsed<Ping> Ping::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Ping m;
    m.ts = r.integer("ts"_L1, 0, Protocol::MaxId);
    return r.finish(std::move(m));
}

QJsonObject Pong::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("ts"_L1, ts);
    return o;
}

Parsed<Pong> Pong::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Pong m;
    m.ts = r.integer("ts"_L1, 0, Protocol::MaxId);
    return r.finish(std::move(m));
}

ErrorReply::ErrorReply(ErrorCode c, QString text, std::optional<qint64> requestRef)
    : code(errorCodeName(c)), message(std::move(text)), ref(requestRef)
{}

QJsonObject ErrorReply::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("code"_L1, code);
    o.insert("message"_L1, message);
    if (ref)
        o.insert("ref"_L1, *ref);
    if (retryAfterMs)
        o.insert("retryAfterMs"_L1, *retryAfterMs);
    return o;
}

Parsed<ErrorReply> ErrorReply::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ErrorReply m;
    m.code = r.string("code"_L1, 1, 64);
    m.message = r.string("message"_L1, 0, Protocol::MaxNoticeLength);
    m.ref = r.optionalInteger("ref"_L1, 0, Protocol::MaxId);
    m.retryAfterMs = r.optionalInteger("retryAfterMs"_L1, 0, 86'400'000);
    return r.finish(std::move(m));
}

} // namespace Msg
