#include "roommessages.h"

#include "fieldreader.h"
#include "protocol.h"

#include <QJsonArray>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

constexpr std::array PresenceNames{"online"_L1, "away"_L1, "offline"_L1};
constexpr std::array NoticeNames{"join"_L1,     "leave"_L1,  "timeout"_L1,  "broadcast"_L1,
                                 "shutdown"_L1, "kicked"_L1, "replaced"_L1, "session_ended"_L1};

// Reads a field holding one of names; returns its index.
template <std::size_t N>
std::size_t readEnum(FieldReader &r, QLatin1StringView key, const std::array<QLatin1StringView, N> &names)
{
    const QString value = r.string(key, 1, 32);
    for (std::size_t i = 0; i < N; ++i) {
        if (value == names[i])
            return i;
    }
    if (r.ok()) {
        QStringList allowed;
        for (QLatin1StringView n : names)
            allowed.append(n);
        r.fail(ErrorCode::OutOfRange,
               QStringLiteral("'%1': field '%2' must be one of: %3").arg(r.type(), key, allowed.join(", "_L1)));
    }
    return 0;
}

QJsonArray usersToJson(const QList<UserInfo> &users)
{
    QJsonArray a;
    for (const UserInfo &u : users)
        a.append(QJsonObject{{"name"_L1, u.name}, {"presence"_L1, presenceName(u.presence)}});
    return a;
}

QList<UserInfo> usersFromJson(FieldReader &r, QLatin1StringView key)
{
    QList<UserInfo> users;
    const QJsonArray a = r.array(key, Protocol::MaxListEntries);
    users.reserve(a.size());
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, QStringLiteral("'%1': field '%2' must hold objects").arg(r.type(), key));
            break;
        }
        const QJsonObject item = v.toObject();
        FieldReader ir(item, r.type());
        UserInfo u;
        u.name = ir.username("name"_L1);
        u.presence = Presence(readEnum(ir, "presence"_L1, PresenceNames));
        if (!ir.ok()) {
            r.adopt(*ir.error());
            break;
        }
        users.append(u);
    }
    return users;
}

} // namespace

QLatin1StringView presenceName(Presence p)
{
    return PresenceNames[std::size_t(p)];
}

bool isNotifyLevel(const QString &level)
{
    return level == "all"_L1 || level == "mentions"_L1 || level == "nothing"_L1;
}

QLatin1StringView noticeEventName(NoticeEvent e)
{
    return NoticeNames[std::size_t(e)];
}

QJsonObject Join::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    if (isPrivate)
        o.insert("private"_L1, true);
    return o;
}

Parsed<Join> Join::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Join m;
    m.room = r.roomName("room"_L1);
    m.isPrivate = r.optionalBoolean("private"_L1, false);
    return r.finish(std::move(m));
}

QJsonObject Leave::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    return o;
}

Parsed<Leave> Leave::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Leave m;
    m.room = r.roomName("room"_L1);
    return r.finish(std::move(m));
}

QJsonObject Joined::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("members"_L1, usersToJson(members));
    if (total)
        o.insert("total"_L1, *total);
    if (lastRead)
        o.insert("lastRead"_L1, *lastRead);
    if (unread)
        o.insert("unread"_L1, *unread);
    if (topic)
        o.insert("topic"_L1, *topic);
    if (isPrivate)
        o.insert("private"_L1, true);
    if (mentions)
        o.insert("mentions"_L1, *mentions);
    if (notify)
        o.insert("notify"_L1, *notify);
    if (owner)
        o.insert("owner"_L1, *owner);
    return o;
}

Parsed<Joined> Joined::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Joined m;
    m.room = r.roomName("room"_L1);
    m.members = usersFromJson(r, "members"_L1);
    m.total = r.optionalInteger("total"_L1, 0, Protocol::MaxTotalCount);
    m.lastRead = r.optionalInteger("lastRead"_L1, 0, Protocol::MaxId);
    m.unread = r.optionalInteger("unread"_L1, 0, Protocol::MaxUnreadCount);
    m.topic = r.optionalString("topic"_L1, 0, Protocol::MaxTopicLength);
    m.isPrivate = r.optionalBoolean("private"_L1, false);
    m.mentions = r.optionalInteger("mentions"_L1, 0, Protocol::MaxUnreadCount);
    m.notify = r.optionalString("notify"_L1, 1, 16);
    if (m.notify && !isNotifyLevel(*m.notify))
        r.fail(ErrorCode::OutOfRange, u"'joined': field 'notify' must be \"all\", \"mentions\" or \"nothing\""_s);
    m.owner = r.optionalUsername("owner"_L1);
    return r.finish(std::move(m));
}

QJsonObject Left::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    return o;
}

Parsed<Left> Left::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Left m;
    m.room = r.roomName("room"_L1);
    return r.finish(std::move(m));
}

QJsonObject ListRooms::toJson() const
{
    return typedObject(Type);
}

Parsed<ListRooms> ListRooms::fromJson(const QJsonObject &)
{
    return ListRooms{};
}

QJsonObject RoomList::toJson() const
{
    QJsonObject o = typedObject(Type);
    QJsonArray a;
    for (const RoomInfo &room : rooms)
        a.append(QJsonObject{{"name"_L1, room.name}, {"members"_L1, room.members}});
    o.insert("rooms"_L1, a);
    return o;
}

Parsed<RoomList> RoomList::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    RoomList m;
    const QJsonArray a = r.array("rooms"_L1, Protocol::MaxListEntries);
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, u"'room_list': field 'rooms' must hold objects"_s);
            break;
        }
        const QJsonObject item = v.toObject();
        FieldReader ir(item, Type);
        RoomInfo info;
        info.name = ir.roomName("name"_L1);
        info.members = int(ir.integer("members"_L1, 0, 1'000'000));
        if (auto done = ir.finish(std::move(info)))
            m.rooms.append(*done);
        else {
            r.adopt(done.error());
            break;
        }
    }
    return r.finish(std::move(m));
}

QJsonObject ListUsers::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (room)
        o.insert("room"_L1, *room);
    return o;
}

Parsed<ListUsers> ListUsers::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ListUsers m;
    m.room = r.optionalRoomName("room"_L1);
    return r.finish(std::move(m));
}

qsizetype userInfoBytes(const QString &name)
{
    constexpr qsizetype BytesAroundName = 33; // usernames are ASCII, so characters are bytes
    return name.size() + BytesAroundName;
}

std::optional<qint64> fitToFrame(QList<UserInfo> &users)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < users.size(); ++i) {
        bytes += userInfoBytes(users[i].name);
        if (bytes > Protocol::UserListBudgetBytes || i >= Protocol::MaxListEntries) {
            const qint64 total = users.size();
            users.resize(i);
            return total;
        }
    }
    return std::nullopt;
}

QJsonObject UserList::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (room)
        o.insert("room"_L1, *room);
    o.insert("users"_L1, usersToJson(users));
    if (total)
        o.insert("total"_L1, *total);
    return o;
}

Parsed<UserList> UserList::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    UserList m;
    m.room = r.optionalRoomName("room"_L1);
    m.users = usersFromJson(r, "users"_L1);
    m.total = r.optionalInteger("total"_L1, 0, Protocol::MaxTotalCount);
    return r.finish(std::move(m));
}

QJsonObject PresenceUpdate::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("user"_L1, user);
    o.insert("presence"_L1, presenceName(presence));
    return o;
}

Parsed<PresenceUpdate> PresenceUpdate::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    PresenceUpdate m;
    m.user = r.username("user"_L1);
    m.presence = Presence(readEnum(r, "presence"_L1, PresenceNames));
    return r.finish(std::move(m));
}

QJsonObject Typing::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("active"_L1, active);
    if (user)
        o.insert("user"_L1, *user);
    if (ttlMs)
        o.insert("ttlMs"_L1, *ttlMs);
    return o;
}

Parsed<Typing> Typing::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Typing m;
    m.room = r.roomName("room"_L1);
    m.active = r.boolean("active"_L1);
    m.user = r.optionalUsername("user"_L1);
    m.ttlMs = r.optionalInteger("ttlMs"_L1, 0, 3'600'000);
    return r.finish(std::move(m));
}

QJsonObject Notice::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("event"_L1, noticeEventName(event));
    if (room)
        o.insert("room"_L1, *room);
    if (user)
        o.insert("user"_L1, *user);
    o.insert("text"_L1, text);
    o.insert("ts"_L1, ts);
    return o;
}

Parsed<Notice> Notice::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Notice m;
    m.event = NoticeEvent(readEnum(r, "event"_L1, NoticeNames));
    m.room = r.optionalRoomName("room"_L1);
    m.user = r.optionalUsername("user"_L1);
    m.text = r.string("text"_L1, 0, Protocol::MaxNoticeLength);
    m.ts = r.integer("ts"_L1, 0, Protocol::MaxId);
    return r.finish(std::move(m));
}

} // namespace Msg
