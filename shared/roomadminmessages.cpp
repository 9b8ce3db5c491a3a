#include "roomadminmessages.h"

#include "fieldreader.h"
#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace Msg {

QJsonObject Topic::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("text"_L1, text);
    if (by)
        o.insert("by"_L1, *by);
    if (ts)
        o.insert("ts"_L1, *ts);
    return o;
}

Parsed<Topic> Topic::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Topic m;
    m.room = r.roomName("room"_L1);
    m.text = r.string("text"_L1, 0, Protocol::MaxTopicLength);
    m.by = r.optionalUsername("by"_L1);
    m.ts = r.optionalInteger("ts"_L1, 0, Protocol::MaxId);
    return r.finish(std::move(m));
}

QJsonObject Invite::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("user"_L1, user);
    return o;
}

Parsed<Invite> Invite::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Invite m;
    m.room = r.roomName("room"_L1);
    m.user = r.username("user"_L1);
    return r.finish(std::move(m));
}

QJsonObject Invited::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("user"_L1, user);
    o.insert("by"_L1, by);
    return o;
}

Parsed<Invited> Invited::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Invited m;
    m.room = r.roomName("room"_L1);
    m.user = r.username("user"_L1);
    m.by = r.username("by"_L1);
    return r.finish(std::move(m));
}

} // namespace Msg
