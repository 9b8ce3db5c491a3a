// Messages that open, authenticate, keep alive and end a session; and the error reply.
#pragma once

#include "protocol.h"
#include "protocolerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>
#include <expected>

namespace Msg {

template <typename T> using Parsed = std::expected<T, ProtocolError>;

// client -> server, first frame of every connection.
struct Hello
{
    static constexpr QLatin1StringView Type{"hello"};
    int version = 0;
    QString client;

    QJsonObject toJson() const;
    static Parsed<Hello> fromJson(const QJsonObject &o);
    bool operator==(const Hello &) const = default;
};

// What a server takes of files (version 2 servers that store them).
struct FileLimits
{
    qint64 maxBytes = 0;   // one file
    qint64 quotaBytes = 0; // all of an account's files together
    int uploadsAtOnce = 0; // uploads an account may have unfinished
    bool operator==(const FileLimits &) const = default;
};

// server -> client, the answer to a hello with a supported version.
struct Welcome
{
    static constexpr QLatin1StringView Type{"welcome"};
    int version = 0;
    QString server;
    qint64 heartbeatMs = 0; // the client pings at this interval
    qint64 timeoutMs = 0;   // a session silent this long is closed
    int udpPort = 0;        // 0: the server has no UDP channel
    qint64 maxFrame = 0;
    int maxHistory = Protocol::MaxHistoryLimit; // the largest history page (absent from older servers: 200)
    std::optional<FileLimits> files;            // absent: the server takes no files

    QJsonObject toJson() const;
    static Parsed<Welcome> fromJson(const QJsonObject &o);
    bool operator==(const Welcome &) const = default;
};

// client -> server: create an account and log in with it.
struct Register
{
    static constexpr QLatin1StringView Type{"register"};
    QString username;
    QString password;
    std::optional<QString> device = std::nullopt; // version 2: the name of the device logging in (see Login)

    QJsonObject toJson() const;
    static Parsed<Register> fromJson(const QJsonObject &o);
    bool operator==(const Register &) const = default;
};

// client -> server.
struct Login
{
    static constexpr QLatin1StringView Type{"login"};
    QString username;
    QString password;
    // Version 2: the device's name, chosen by its user ("work laptop"). An account may be logged in on several
    // devices at once; a login from a device already logged in replaces that device's session. Absent: the
    // unnamed device (what version 1 clients are).
    std::optional<QString> device = std::nullopt;

    QJsonObject toJson() const;
    static Parsed<Login> fromJson(const QJsonObject &o);
    bool operator==(const Login &) const = default;
};

// client -> server: log in again after a lost connection, with the resume token of an earlier auth_ok.
struct Resume
{
    static constexpr QLatin1StringView Type{"resume"};
    QString token;

    QJsonObject toJson() const;
    static Parsed<Resume> fromJson(const QJsonObject &o);
    bool operator==(const Resume &) const = default;
};

// server -> client: the login, registration or resume succeeded.
struct AuthOk
{
    static constexpr QLatin1StringView Type{"auth_ok"};
    QString username;
    QString resumeToken;
    quint32 udpSession = 0; // identifies this session's UDP datagrams
    QByteArray udpKey;      // 32 bytes; base64 on the wire; authenticates UDP datagrams
    QStringList rooms;      // rooms the session is in
    bool resumed = false;
    std::optional<QString> device = std::nullopt; // the device this session is, when it has a name

    QJsonObject toJson() const;
    static Parsed<AuthOk> fromJson(const QJsonObject &o);
    bool operator==(const AuthOk &) const = default;
};

// server -> client: the server stopped accepting this session's datagrams (a key or counter out of step), so
// here is a new key. Both sides start counting again from 1 with it; datagrams under the old key are dropped.
struct UdpKey
{
    static constexpr QLatin1StringView Type{"udp_key"};
    quint32 udpSession = 0; // unchanged
    QByteArray udpKey;      // 32 bytes; base64 on the wire

    QJsonObject toJson() const;
    static Parsed<UdpKey> fromJson(const QJsonObject &o);
    bool operator==(const UdpKey &) const = default;
};

// client -> server: end the session; the server closes the connection.
struct Logout
{
    static constexpr QLatin1StringView Type{"logout"};

    QJsonObject toJson() const;
    static Parsed<Logout> fromJson(const QJsonObject &o);
    bool operator==(const Logout &) const = default;
};

// Either direction, over TCP or UDP: the receiver answers with a pong carrying the same ts.
struct Ping
{
    static constexpr QLatin1StringView Type{"ping"};
    qint64 ts = 0; // sender's clock, milliseconds; opaque to the receiver

    QJsonObject toJson() const;
    static Parsed<Ping> fromJson(const QJsonObject &o);
    bool operator==(const Ping &) const = default;
};

struct Pong
{
    static constexpr QLatin1StringView Type{"pong"};
    qint64 ts = 0; // copied from the ping

    QJsonObject toJson() const;
    static Parsed<Pong> fromJson(const QJsonObject &o);
    bool operator==(const Pong &) const = default;
};

// server -> client: a request failed, or the connection is about to close.
struct ErrorReply
{
    static constexpr QLatin1StringView Type{"error"};
    QString code; // an errorCodeName(); kept as text so a newer server's codes still arrive
    QString message;
    std::optional<qint64> ref;          // the ref of the request it answers, if it had one
    std::optional<qint64> retryAfterMs; // with rate_limited: when to try again

    ErrorReply() = default;
    ErrorReply(ErrorCode c, QString text, std::optional<qint64> requestRef = std::nullopt);
    explicit ErrorReply(const ProtocolError &e) : ErrorReply(e.code, e.message, e.ref) {}
    std::optional<ErrorCode> errorCode() const { return errorCodeFromName(code); }

    QJsonObject toJson() const;
    static Parsed<ErrorReply> fromJson(const QJsonObject &o);
    bool operator==(const ErrorReply &) const = default;
};

} // namespace Msg
