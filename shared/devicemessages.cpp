#include "devicemessages.h"

#include "fieldreader.h"
#include "protocol.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

QJsonObject ListSessions::toJson() const
{
    return typedObject(Type);
}

Parsed<ListSessions> ListSessions::fromJson(const QJsonObject &)
{
    return ListSessions{};
}

QJsonObject SessionList::toJson() const
{
    QJsonObject o = typedObject(Type);
    QJsonArray a;
    for (const SessionInfo &s : sessions) {
        QJsonObject item{{"device"_L1, s.device}, {"online"_L1, s.online}, {"current"_L1, s.current}};
        if (s.address)
            item.insert("address"_L1, *s.address);
        if (s.since)
            item.insert("since"_L1, *s.since);
        a.append(item);
    }
    o.insert("sessions"_L1, a);
    return o;
}

Parsed<SessionList> SessionList::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    SessionList m;
    const QJsonArray a = r.array("sessions"_L1, Protocol::MaxSessionListEntries);
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, u"'session_list': field 'sessions' must hold objects"_s);
            break;
        }
        const QJsonObject item = v.toObject();
        FieldReader ir(item, Type);
        SessionInfo s;
        s.device = ir.string("device"_L1, 0, Protocol::MaxDeviceNameLength);
        s.online = ir.boolean("online"_L1);
        s.current = ir.optionalBoolean("current"_L1, false);
        s.address = ir.optionalString("address"_L1, 1, 64);
        s.since = ir.optionalInteger("since"_L1, 0, Protocol::MaxId);
        if (!ir.ok()) {
            r.adopt(*ir.error());
            break;
        }
        m.sessions.append(std::move(s));
    }
    return r.finish(std::move(m));
}

QJsonObject EndSession::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("device"_L1, device);
    return o;
}

Parsed<EndSession> EndSession::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    EndSession m;
    m.device = r.string("device"_L1, 0, Protocol::MaxDeviceNameLength);
    return r.finish(std::move(m));
}

} // namespace Msg
