// Messages about rooms, who is in them, what they are doing, and the server's notices.
#pragma once

#include "sessionmessages.h"

#include <QList>
#include <optional>

namespace Msg {

enum class Presence { Online, Away, Offline };
QLatin1StringView presenceName(Presence p);

struct UserInfo
{
    QString name;
    Presence presence = Presence::Online;
    bool operator==(const UserInfo &) const = default;
};

struct RoomInfo
{
    QString name;
    int members = 0;
    bool operator==(const RoomInfo &) const = default;
};

// client -> server: enter a room, creating it if it does not exist.
struct Join
{
    static constexpr QLatin1StringView Type{"join"};
    QString room;
    bool isPrivate = false; // version 2: a room this creates is invite only ("private" on the wire)

    QJsonObject toJson() const;
    static Parsed<Join> fromJson(const QJsonObject &o);
    bool operator==(const Join &) const = default;
};

// client -> server.
struct Leave
{
    static constexpr QLatin1StringView Type{"leave"};
    QString room;

    QJsonObject toJson() const;
    static Parsed<Leave> fromJson(const QJsonObject &o);
    bool operator==(const Leave &) const = default;
};

// The notification levels of a room: notify for every message, for mentions only, or for nothing.
bool isNotifyLevel(const QString &level);

// server -> client: the session is now in the room; who else is there.
struct Joined
{
    static constexpr QLatin1StringView Type{"joined"};
    QString room;
    QList<UserInfo> members;
    std::optional<qint64> total; // when `members` was cut to fit one frame: how many there are in all
    // Version 2: the account's read position in the room (the last message id it has seen; 0: none), and
    // how many messages from others are newer (at most Protocol::MaxUnreadCount).
    std::optional<qint64> lastRead = std::nullopt;
    std::optional<qint64> unread = std::nullopt;
    // Version 2: the room's topic (absent: none) and whether it is invite only.
    std::optional<QString> topic = std::nullopt;
    bool isPrivate = false;
    // Version 2: how many unread messages mention the account, and when its devices notify ("all",
    // "mentions", "nothing"; absent: "all").
    std::optional<qint64> mentions = std::nullopt;
    std::optional<QString> notify = std::nullopt;
    // Version 2: who owns the room (created it; deletes anyone's messages there); absent: nobody.
    std::optional<QString> owner = std::nullopt;

    QJsonObject toJson() const;
    static Parsed<Joined> fromJson(const QJsonObject &o);
    bool operator==(const Joined &) const = default;
};

// server -> client: the session is no longer in the room.
struct Left
{
    static constexpr QLatin1StringView Type{"left"};
    QString room;

    QJsonObject toJson() const;
    static Parsed<Left> fromJson(const QJsonObject &o);
    bool operator==(const Left &) const = default;
};

// client -> server; answered with room_list.
struct ListRooms
{
    static constexpr QLatin1StringView Type{"list_rooms"};

    QJsonObject toJson() const;
    static Parsed<ListRooms> fromJson(const QJsonObject &o);
    bool operator==(const ListRooms &) const = default;
};

struct RoomList
{
    static constexpr QLatin1StringView Type{"room_list"};
    QList<RoomInfo> rooms;

    QJsonObject toJson() const;
    static Parsed<RoomList> fromJson(const QJsonObject &o);
    bool operator==(const RoomList &) const = default;
};

// client -> server; answered with user_list: a room's members, or everyone online without a room.
struct ListUsers
{
    static constexpr QLatin1StringView Type{"list_users"};
    std::optional<QString> room;

    QJsonObject toJson() const;
    static Parsed<ListUsers> fromJson(const QJsonObject &o);
    bool operator==(const ListUsers &) const = default;
};

struct UserList
{
    static constexpr QLatin1StringView Type{"user_list"};
    std::optional<QString> room;
    QList<UserInfo> users;
    std::optional<qint64> total; // when `users` was cut to fit one frame: how many there are in all

    QJsonObject toJson() const;
    static Parsed<UserList> fromJson(const QJsonObject &o);
    bool operator==(const UserList &) const = default;
};

// The bytes one entry of a user list takes in JSON ({"name":"...","presence":"online"},), so that a list can
// be built to fit one frame without building all of it first.
qsizetype userInfoBytes(const QString &name);
// Cuts a user list to what fits in one frame (Protocol::UserListBudgetBytes, Protocol::MaxListEntries);
// returns how many there were when it cut, for the message's `total`.
std::optional<qint64> fitToFrame(QList<UserInfo> &users);

// server -> client: a user's presence changed (sent to everyone who shares a room with them).
struct PresenceUpdate
{
    static constexpr QLatin1StringView Type{"presence"};
    QString user;
    Presence presence = Presence::Online;

    QJsonObject toJson() const;
    static Parsed<PresenceUpdate> fromJson(const QJsonObject &o);
    bool operator==(const PresenceUpdate &) const = default;
};

// Over UDP or TCP. client -> server: {room, active}; server -> client adds who is typing and for how long.
struct Typing
{
    static constexpr QLatin1StringView Type{"typing"};
    QString room;
    bool active = false;
    std::optional<QString> user; // set by the server; ignored when a client sends it
    std::optional<qint64> ttlMs; // set by the server: the indicator expires after this unless refreshed

    QJsonObject toJson() const;
    static Parsed<Typing> fromJson(const QJsonObject &o);
    bool operator==(const Typing &) const = default;
};

// SessionEnded: version 2; the session was ended from another device of the account.
enum class NoticeEvent { Join, Leave, Timeout, Broadcast, Shutdown, Kicked, Replaced, SessionEnded };
QLatin1StringView noticeEventName(NoticeEvent e);

// server -> client: something happened that people should read.
struct Notice
{
    static constexpr QLatin1StringView Type{"notice"};
    NoticeEvent event = NoticeEvent::Broadcast;
    std::optional<QString> room; // join, leave, timeout: the room it happened in
    std::optional<QString> user; // join, leave, timeout, kicked: who
    QString text;                // a sentence for people (the admin's words for broadcast and shutdown)
    qint64 ts = 0;               // milliseconds since 1970-01-01 UTC

    QJsonObject toJson() const;
    static Parsed<Notice> fromJson(const QJsonObject &o);
    bool operator==(const Notice &) const = default;
};

} // namespace Msg
