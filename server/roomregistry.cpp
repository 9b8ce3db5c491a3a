#include "roomregistry.h"

#include "clientsession.h"
#include "protocol.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

Msg::Notice RoomRegistry::notice(Msg::NoticeEvent event, const QString &room, const QString &user) const
{
    Msg::Notice n;
    n.event = event;
    n.room = room;
    n.user = user;
    n.ts = QDateTime::currentMSecsSinceEpoch();
    switch (event) {
    case Msg::NoticeEvent::Join:
        n.text = u"%1 joined %2."_s.arg(user, room);
        break;
    case Msg::NoticeEvent::Leave:
        n.text = u"%1 left %2."_s.arg(user, room);
        break;
    case Msg::NoticeEvent::Timeout:
        n.text = u"%1 timed out."_s.arg(user);
        break;
    case Msg::NoticeEvent::Kicked:
        n.text = u"%1 was removed by the administrator."_s.arg(user);
        break;
    default:
        n.text = u"%1 left %2."_s.arg(user, room);
        break;
    }
    return n;
}

bool RoomRegistry::join(ClientSession *session, const QString &room)
{
    QList<ClientSession *> &members = m_rooms[room];
    const bool added = !members.contains(session);
    if (added) {
        if (!isQuiet(members.size() + 1))
            broadcast(room, Msg::encode(notice(Msg::NoticeEvent::Join, room, session->username())));
        members.append(session);
        session->rooms().insert(room);
    }
    // In a large room the newcomer gets a sample of the members and the count (list_users has more):
    // thousands of arrivals each sent a list of a thousand names would be another n * n.
    Msg::Joined joined{room, {}, std::nullopt};
    joined.members =
        memberInfo(room, &joined.total, isQuiet(members.size()) ? m_quietRoomSize : Protocol::MaxListEntries);
    session->sendMessage(joined);
    return added;
}

bool RoomRegistry::leave(ClientSession *session, const QString &room, Msg::NoticeEvent event, bool tellSession)
{
    auto it = m_rooms.find(room);
    if (it == m_rooms.end() || !it->removeOne(session))
        return false;
    session->rooms().remove(room);
    if (tellSession)
        session->sendMessage(Msg::Left{room});
    if (it->isEmpty() && room != Protocol::DefaultRoom)
        m_rooms.erase(it);
    else if (!isQuiet(it->size() + 1))
        broadcast(room, Msg::encode(notice(event, room, session->username())));
    return true;
}

void RoomRegistry::leaveAll(ClientSession *session, Msg::NoticeEvent event)
{
    const QStringList rooms = session->sortedRooms();
    for (const QString &room : rooms)
        leave(session, room, event, false);
}

const QList<ClientSession *> &RoomRegistry::members(const QString &room) const
{
    static const QList<ClientSession *> none;
    const auto it = m_rooms.constFind(room);
    return it == m_rooms.constEnd() ? none : *it;
}

QList<Msg::UserInfo> RoomRegistry::memberInfo(const QString &room, std::optional<qint64> *total,
                                              qsizetype maxEntries) const
{
    const QList<ClientSession *> &all = members(room);
    QList<Msg::UserInfo> out;
    qsizetype bytes = 0;
    for (const ClientSession *s : all) {
        bytes += Msg::userInfoBytes(s->username());
        if (bytes > Protocol::UserListBudgetBytes || out.size() >= maxEntries) {
            *total = all.size();
            break;
        }
        out.append(Msg::UserInfo{s->username(), Msg::Presence::Online});
    }
    return out;
}

QList<Msg::RoomInfo> RoomRegistry::roomList() const
{
    QList<Msg::RoomInfo> out;
    bool lobby = false;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        out.append(Msg::RoomInfo{it.key(), int(it->size())});
        lobby = lobby || it.key() == Protocol::DefaultRoom;
    }
    if (!lobby)
        out.append(Msg::RoomInfo{QString(Protocol::DefaultRoom), 0});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

void RoomRegistry::broadcast(const QString &room, const QByteArray &frame, const ClientSession *except) const
{
    // A copy (shared until someone changes the room): whatever a send sets off, even a member leaving or the
    // room going away, the walk sees the members as they were when it began. Connection::closed() already
    // comes from the event loop, never from inside send(); this holds even if that changed.
    const QList<ClientSession *> everyone = members(room);
    for (ClientSession *s : everyone) {
        if (s != except)
            s->send(frame);
    }
}
