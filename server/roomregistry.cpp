#include "roomregistry.h"

#include "clientsession.h"
#include "names.h"
#include "protocol.h"

#include <QDateTime>
#include <QSet>

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

bool RoomRegistry::join(ClientSession *session, const QString &room, std::optional<JoinDetails> details)
{
    Room &r = m_rooms[room];
    const bool added = !r.sessions.contains(session);
    if (added && r.sessions.isEmpty() && onOccupancy)
        onOccupancy(room, true);
    if (added) {
        // Another device of an account already there is not news to the room. Rooms are sized in accounts.
        const bool firstOfAccount = r.perAccount[session->userKey()]++ == 0;
        if (firstOfAccount && onAccountInRoom)
            onAccountInRoom(room, session->username(), true);
        if (firstOfAccount && !isQuiet(r.perAccount.size()) && !inRoomElsewhere(room, session->userKey()))
            broadcast(room, Msg::encode(notice(Msg::NoticeEvent::Join, room, session->username())));
        r.sessions.append(session);
        r.fanout.reset();
        session->rooms().insert(room);
    }
    // In a large room the newcomer gets a sample of the members and the count (list_users has more):
    // thousands of arrivals each sent a list of a thousand names would be another n * n.
    Msg::Joined joined{room, {}, std::nullopt, std::nullopt, std::nullopt};
    if (details && details->isPrivate)
        m_private.insert(room);
    joined.members =
        memberInfo(room, &joined.total, isQuiet(r.perAccount.size()) ? m_quietRoomSize : Protocol::MaxListEntries);
    if (details) {
        joined.lastRead = details->lastRead;
        joined.unread = details->unread;
        if (!details->topic.isEmpty())
            joined.topic = details->topic;
        joined.isPrivate = details->isPrivate;
        joined.mentions = details->mentions;
        if (!details->notify.isEmpty() && details->notify != "all"_L1)
            joined.notify = details->notify;
        if (!details->owner.isEmpty())
            joined.owner = details->owner;
    }
    session->sendMessage(joined);
    return added;
}

bool RoomRegistry::leave(ClientSession *session, const QString &room, Msg::NoticeEvent event, bool tellSession)
{
    auto it = m_rooms.find(room);
    if (it == m_rooms.end() || !it->sessions.removeOne(session))
        return false;
    it->fanout.reset();
    session->rooms().remove(room);
    const auto account = it->perAccount.find(session->userKey());
    const bool lastOfAccount = account == it->perAccount.end() || --*account <= 0;
    if (lastOfAccount && account != it->perAccount.end())
        it->perAccount.erase(account);
    if (tellSession)
        session->sendMessage(Msg::Left{room});
    if (lastOfAccount && onAccountInRoom)
        onAccountInRoom(room, session->username(), false);
    const bool empty = it->sessions.isEmpty();
    // Told even when nobody is left here: members on other nodes may be.
    if (lastOfAccount && !isQuiet(it->perAccount.size() + 1) && (!empty || onBroadcast) &&
        !inRoomElsewhere(room, session->userKey()))
        broadcast(room, Msg::encode(notice(event, room, session->username())));
    if (empty) {
        if (room != Protocol::DefaultRoom)
            m_rooms.remove(room);
        if (onOccupancy)
            onOccupancy(room, false);
    }
    return true;
}

void RoomRegistry::leaveAll(ClientSession *session, Msg::NoticeEvent event)
{
    const QStringList rooms = session->sortedRooms();
    for (const QString &room : rooms)
        leave(session, room, event, false);
}

QList<ClientSession *> RoomRegistry::close(const QString &room, const QByteArray &frame)
{
    const auto it = m_rooms.constFind(room);
    if (it == m_rooms.constEnd())
        return {};
    const QList<ClientSession *> sessions = it->sessions;
    QSet<QString> accounts;
    // Out of the room first: a send below may close a session at once, and its departure must not find it.
    for (ClientSession *s : sessions) {
        s->rooms().remove(room);
        if (!accounts.contains(s->userKey())) {
            accounts.insert(s->userKey());
            if (onAccountInRoom)
                onAccountInRoom(room, s->username(), false);
        }
    }
    m_rooms.remove(room);
    m_private.remove(room);
    if (onOccupancy)
        onOccupancy(room, false);
    const QByteArray left = Msg::encode(Msg::Left{room});
    for (ClientSession *s : sessions) {
        s->send(frame);
        s->send(left);
    }
    m_framesDelivered += 2 * sessions.size();
    return sessions;
}

qsizetype RoomRegistry::accountCount(const QString &room) const
{
    const auto it = m_rooms.constFind(room);
    return it == m_rooms.constEnd() ? 0 : it->perAccount.size();
}

const QList<ClientSession *> &RoomRegistry::members(const QString &room) const
{
    static const QList<ClientSession *> none;
    const auto it = m_rooms.constFind(room);
    return it == m_rooms.constEnd() ? none : it->sessions;
}

QList<Msg::UserInfo> RoomRegistry::memberInfo(const QString &room, std::optional<qint64> *total,
                                              qsizetype maxEntries) const
{
    const auto it = m_rooms.constFind(room);
    if (it == m_rooms.constEnd())
        return {};
    QList<Msg::UserInfo> out;
    QSet<QString> listed;
    qsizetype bytes = 0;
    for (const ClientSession *s : it->sessions) {
        if (listed.contains(s->userKey()))
            continue;
        bytes += Msg::userInfoBytes(s->username());
        if (bytes > Protocol::UserListBudgetBytes || out.size() >= maxEntries) {
            *total = it->perAccount.size();
            break;
        }
        listed.insert(s->userKey());
        out.append(Msg::UserInfo{s->username(), Msg::Presence::Online});
    }
    if (!membersElsewhere || total->has_value())
        return out;
    qsizetype count = listed.size();
    for (const QString &name : membersElsewhere(room)) {
        if (listed.contains(Names::canonical(name)))
            continue;
        ++count;
        bytes += Msg::userInfoBytes(name);
        if (bytes > Protocol::UserListBudgetBytes || out.size() >= maxEntries) {
            *total = count; // at least: the rest are not counted one by one
            continue;
        }
        listed.insert(Names::canonical(name));
        out.append(Msg::UserInfo{name, Msg::Presence::Online});
    }
    if (total->has_value())
        *total = count;
    return out;
}

bool RoomRegistry::inRoomElsewhere(const QString &room, const QString &userKey) const
{
    if (!membersElsewhere)
        return false;
    const QStringList names = membersElsewhere(room);
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString &name) { return Names::canonical(name) == userKey; });
}

QHash<QString, QStringList> RoomRegistry::accountsByRoom() const
{
    QHash<QString, QStringList> out;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        QSet<QString> keys;
        for (const ClientSession *s : it->sessions) {
            if (!keys.contains(s->userKey())) {
                keys.insert(s->userKey());
                out[it.key()] << s->username();
            }
        }
    }
    return out;
}

QList<Msg::RoomInfo> RoomRegistry::roomList(const ClientSession *viewer) const
{
    QList<Msg::RoomInfo> out;
    bool lobby = false;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (viewer && m_private.contains(it.key()) && !it->perAccount.contains(viewer->userKey()))
            continue; // an invite-only room is nobody else's business
        out.append(Msg::RoomInfo{it.key(), int(it->perAccount.size())});
        lobby = lobby || it.key() == Protocol::DefaultRoom;
    }
    if (!lobby)
        out.append(Msg::RoomInfo{QString(Protocol::DefaultRoom), 0});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

void RoomRegistry::broadcast(const QString &room, const QByteArray &frame) const
{
    if (m_fanout) {
        const auto it = m_rooms.constFind(room);
        if (it != m_rooms.constEnd()) {
            if (!it->fanout)
                it->fanout = m_fanout->plan(it->sessions);
            // Held: whatever a send sets off, even the room changing or going away, the plan stays whole.
            const std::shared_ptr<const RoomFanout::Plan> plan = it->fanout;
            const RoomFanout::Sent sent = m_fanout->send(*plan, frame);
            m_framesDelivered += sent.throughThreads + sent.direct;
            m_bytesThroughThreads += sent.throughThreads * frame.size();
        }
    } else {
        // A copy (shared until someone changes the room): whatever a send sets off, even a member leaving or
        // the room going away, the walk sees the members as they were when it began. Connection::closed()
        // already comes from the event loop, never from inside send(); this holds even if that changed.
        const QList<ClientSession *> everyone = members(room);
        for (ClientSession *s : everyone)
            s->send(frame);
        m_framesDelivered += everyone.size();
    }
    if (onBroadcast)
        onBroadcast(room, frame);
}

void RoomRegistry::setIoThreads(IoThreads *threads)
{
    if (threads)
        m_fanout.emplace(threads);
    else
        m_fanout.reset();
    for (const Room &r : std::as_const(m_rooms))
        r.fanout.reset();
}

void RoomRegistry::deliverLocal(const QString &room, const QByteArray &frame, int minVersion) const
{
    const QList<ClientSession *> everyone = members(room); // a copy, as in broadcast()
    for (ClientSession *s : everyone) {
        if (s->protocolVersion() >= minVersion) {
            s->send(frame);
            ++m_framesDelivered;
        }
    }
}
