#include "editmessages.h"

#include "fieldreader.h"
#include "names.h"
#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace Msg {

void MessagePlace::writeTo(QJsonObject &o) const
{
    o.insert("id"_L1, id);
    if (room)
        o.insert("room"_L1, *room);
    o.insert("from"_L1, from);
    if (to)
        o.insert("to"_L1, *to);
}

void MessagePlace::readFrom(FieldReader &r)
{
    id = r.integer("id"_L1, 1, Protocol::MaxId);
    room = r.optionalRoomName("room"_L1);
    from = r.username("from"_L1);
    to = r.optionalUsername("to"_L1);
    if (r.ok() && room.has_value() == to.has_value())
        r.fail(ErrorCode::MissingField, u"'%1': give either 'room' or 'to', not both or neither"_s.arg(r.type()));
}

QJsonObject Edit::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("id"_L1, id);
    o.insert("text"_L1, text);
    return o;
}

Parsed<Edit> Edit::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Edit m;
    m.id = r.integer("id"_L1, 1, Protocol::MaxId);
    m.text = r.text("text"_L1, Protocol::MaxTextLength);
    return r.finish(std::move(m));
}

QJsonObject Delete::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("id"_L1, id);
    return o;
}

Parsed<Delete> Delete::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Delete m;
    m.id = r.integer("id"_L1, 1, Protocol::MaxId);
    return r.finish(std::move(m));
}

QJsonObject React::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("id"_L1, id);
    o.insert("emoji"_L1, emoji);
    o.insert("on"_L1, on);
    return o;
}

Parsed<React> React::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    React m;
    m.id = r.integer("id"_L1, 1, Protocol::MaxId);
    m.emoji = r.reaction("emoji"_L1);
    m.on = r.optionalBoolean("on"_L1, true);
    return r.finish(std::move(m));
}

QJsonObject Edited::toJson() const
{
    QJsonObject o = typedObject(Type);
    place.writeTo(o);
    o.insert("text"_L1, text);
    o.insert("edited"_L1, edited);
    if (!mentions.isEmpty())
        o.insert("mentions"_L1, QJsonArray::fromStringList(mentions));
    return o;
}

Parsed<Edited> Edited::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Edited m;
    m.place.readFrom(r);
    m.text = r.text("text"_L1, Protocol::MaxTextLength);
    m.edited = r.integer("edited"_L1, 1, Protocol::MaxId);
    m.mentions = r.usernames("mentions"_L1, Protocol::MaxMentions);
    return r.finish(std::move(m));
}

QJsonObject Deleted::toJson() const
{
    QJsonObject o = typedObject(Type);
    place.writeTo(o);
    o.insert("by"_L1, by);
    return o;
}

Parsed<Deleted> Deleted::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Deleted m;
    m.place.readFrom(r);
    m.by = r.string("by"_L1, 0, Protocol::MaxUsernameLength);
    if (r.ok() && !m.by.isEmpty() && Names::usernameProblem(m.by))
        r.fail(ErrorCode::OutOfRange, u"'deleted': field 'by' must be a username, or \"\" for the operator"_s);
    return r.finish(std::move(m));
}

QJsonObject Reacted::toJson() const
{
    QJsonObject o = typedObject(Type);
    place.writeTo(o);
    o.insert("emoji"_L1, emoji);
    o.insert("user"_L1, user);
    o.insert("on"_L1, on);
    o.insert("count"_L1, count);
    return o;
}

Parsed<Reacted> Reacted::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Reacted m;
    m.place.readFrom(r);
    m.emoji = r.reaction("emoji"_L1);
    m.user = r.username("user"_L1);
    m.on = r.boolean("on"_L1);
    m.count = r.integer("count"_L1, 0, Protocol::MaxId);
    return r.finish(std::move(m));
}

} // namespace Msg
