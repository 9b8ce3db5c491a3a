// Messages that shape a room (version 2): its topic, and invitations to a private room.
#pragma once

#include "sessionmessages.h"

#include <optional>

namespace Msg {

// Both ways. client -> server: set the topic of a room the session is in ("" clears it). server -> client:
// the topic changed (to every member), with who set it and when.
struct Topic
{
    static constexpr QLatin1StringView Type{"topic"};
    QString room;
    QString text;              // 0 to Protocol::MaxTopicLength characters
    std::optional<QString> by; // set by the server
    std::optional<qint64> ts;  // set by the server
    QJsonObject toJson() const;
    static Parsed<Topic> fromJson(const QJsonObject &o);
    bool operator==(const Topic &) const = default;
};

// client -> server: let a user join a private room the session is in.
struct Invite
{
    static constexpr QLatin1StringView Type{"invite"};
    QString room;
    QString user;
    QJsonObject toJson() const;
    static Parsed<Invite> fromJson(const QJsonObject &o);
    bool operator==(const Invite &) const = default;
};

// server -> client: `by` invited `user` to a private room; sent to the user's sessions and to the inviter's.
struct Invited
{
    static constexpr QLatin1StringView Type{"invited"};
    QString room;
    QString user;
    QString by;
    QJsonObject toJson() const;
    static Parsed<Invited> fromJson(const QJsonObject &o);
    bool operator==(const Invited &) const = default;
};

} // namespace Msg
