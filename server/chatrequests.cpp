#include "chatrequests.h"

#include "monotonicclock.h"
#include <algorithm>

#include "database.h"
#include "names.h"
#include "roomregistry.h"
#include "serverconfig.h"
#include "serverstats.h"
#include "typingrelay.h"

using namespace Qt::Literals::StringLiterals;

ChatRequests::ChatRequests(const ServerConfig &config, Database &db, ServerStats &stats, RoomRegistry &rooms,
                           const QHash<QString, ClientSession *> &online, TypingRelay &typing)
    : m_config(config), m_db(db), m_stats(stats), m_rooms(rooms), m_online(online), m_typing(typing)
{}

bool ChatRequests::withinRate(ClientSession *s, qint64 ref)
{
    qint64 retryAfter = 0;
    if (s->messageBucket().take(MonotonicClock::nowMs(), &retryAfter))
        return true;
    ++m_stats.rateLimited;
    Msg::ErrorReply e(ErrorCode::RateLimited,
                      u"You are sending too fast; wait %1 ms before sending again."_s.arg(retryAfter), ref);
    e.retryAfterMs = retryAfter;
    s->sendMessage(e);
    return false;
}

void ChatRequests::saveRooms(ClientSession *s)
{
    if (!m_db.updateResumeTokenRooms(s->resumeTokenHash(), s->sortedRooms()))
        ++m_stats.storageErrors;
}

void ChatRequests::keepRoom(ClientSession *s, const QString &room)
{
    if (!m_db.rememberRoom(s->userId(), room))
        ++m_stats.storageErrors;
    saveRooms(s);
}

void ChatRequests::forgetRoom(ClientSession *s, const QString &room)
{
    if (!m_db.forgetRoom(s->userId(), room))
        ++m_stats.storageErrors;
    saveRooms(s);
}

void ChatRequests::storageFailed(ClientSession *s, qint64 ref)
{
    ++m_stats.storageErrors;
    s->sendMessage(
        Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store your message; it was not sent."_s, ref));
}

void ChatRequests::handle(ClientSession *s, const Msg::Join &m)
{
    if (!s->requireActive())
        return;
    if (m_config.maxRoomsPerUser > 0 && !s->rooms().contains(m.room) && s->rooms().size() >= m_config.maxRoomsPerUser) {
        ++m_stats.roomLimitHits;
        s->sendMessage(Msg::ErrorReply(
            ErrorCode::TooManyRooms,
            u"You are in %1 rooms, the most allowed; leave one first."_s.arg(m_config.maxRoomsPerUser)));
        return;
    }
    if (m_rooms.join(s, m.room))
        keepRoom(s, m.room);
}

void ChatRequests::handle(ClientSession *s, const Msg::Leave &m)
{
    if (!s->requireActive())
        return;
    m_typing.forget(s, m.room);
    if (!m_rooms.leave(s, m.room, Msg::NoticeEvent::Leave, true)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    forgetRoom(s, m.room);
}

void ChatRequests::handle(ClientSession *s, const Msg::ListRooms &)
{
    if (s->requireActive())
        s->sendMessage(Msg::RoomList{m_rooms.roomList()});
}

void ChatRequests::handle(ClientSession *s, const Msg::ListUsers &m)
{
    if (!s->requireActive())
        return;
    if (m.room) {
        if (!s->rooms().contains(*m.room)) {
            s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(*m.room)));
            return;
        }
        Msg::UserList list{m.room, {}, std::nullopt};
        list.users = m_rooms.memberInfo(*m.room, &list.total);
        s->sendMessage(list);
        return;
    }
    QList<Msg::UserInfo> users;
    for (const ClientSession *o : m_online)
        users.append(Msg::UserInfo{o->username(), Msg::Presence::Online});
    std::sort(users.begin(), users.end(),
              [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    const auto total = Msg::fitToFrame(users);
    s->sendMessage(Msg::UserList{std::nullopt, users, total});
}

void ChatRequests::handle(ClientSession *s, const Msg::Say &m)
{
    if (!s->requireActive(m.ref) || !withinRate(s, m.ref))
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room), m.ref));
        return;
    }
    const auto stored = m_db.storeRoomMessage(m.room, s->username(), m.text, m.action);
    if (!stored) {
        storageFailed(s, m.ref);
        return;
    }
    s->countMessage();
    ++m_stats.messagesByUser[s->username()];
    m_typing.forget(s, m.room);
    s->sendMessage(Msg::Ack{m.ref, stored->id, stored->ts});
    m_rooms.broadcast(m.room,
                      Msg::encode(Msg::ChatMessage{stored->id, m.room, s->username(), m.text, stored->ts, m.action}));
}

void ChatRequests::handle(ClientSession *s, const Msg::Whisper &m)
{
    if (!s->requireActive(m.ref) || !withinRate(s, m.ref))
        return;
    ClientSession *target = m_online.value(Names::canonical(m.to));
    if (!target) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUser, u"%1 is not online."_s.arg(m.to), m.ref));
        return;
    }
    const auto stored = m_db.storePrivateMessage(s->username(), target->username(), m.text, m.action);
    if (!stored) {
        storageFailed(s, m.ref);
        return;
    }
    s->countMessage();
    ++m_stats.messagesByUser[s->username()];
    s->sendMessage(Msg::Ack{m.ref, stored->id, stored->ts});
    target->sendMessage(
        Msg::PrivateMessage{stored->id, s->username(), target->username(), m.text, stored->ts, m.action});
}

void ChatRequests::handle(ClientSession *s, const Msg::HistoryRequest &m)
{
    if (!s->requireActive())
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    Msg::HistoryReply reply;
    reply.room = m.room;
    if (m.around) {
        // AROUND: up to half the page before the id, the rest from it on (the message itself included);
        // when one side has fewer, the other fills the page.
        bool newerRemain = false, olderRemain = false;
        QList<Msg::ChatMessage> newer = m_db.history(m.room, std::nullopt, *m.around - 1, m.limit, &newerRemain);
        const int olderWanted = m.limit - int(std::min<qsizetype>(newer.size(), m.limit - m.limit / 2));
        reply.messages = m_db.history(m.room, m.around, std::nullopt, olderWanted, &olderRemain);
        if (newer.size() > m.limit - reply.messages.size()) {
            newer.resize(m.limit - reply.messages.size());
            newerRemain = true;
        }
        reply.messages += newer;
        reply.more = olderRemain || newerRemain;
    } else {
        reply.messages = m_db.history(m.room, m.before, m.after, m.limit, &reply.more);
    }
    QByteArray frame = Msg::encode(reply);
    // A reply must fit one frame: drop the messages farthest from where the client is reading (for
    // AROUND, from whichever side of the message asked for is longer, never that message).
    while (frame.size() > Protocol::MaxFrameBytes && !reply.messages.isEmpty()) {
        const qsizetype excess = frame.size() - Protocol::MaxFrameBytes;
        const qsizetype average = frame.size() / reply.messages.size();
        const qsizetype drop = std::min<qsizetype>(reply.messages.size(), excess / std::max<qsizetype>(average, 1) + 1);
        if (m.around) {
            // The message asked for (or where it would be) splits the page; each cut shortens the longer side.
            qsizetype older = std::find_if(reply.messages.cbegin(), reply.messages.cend(),
                                           [&](const Msg::ChatMessage &c) { return c.id >= *m.around; }) -
                              reply.messages.cbegin();
            qsizetype newer = std::max<qsizetype>(0, reply.messages.size() - older - 1);
            for (qsizetype i = 0; i < drop && !reply.messages.isEmpty(); ++i) {
                if (older == 0 && newer == 0) {
                    reply.messages.clear(); // only the message asked for is left, and it does not fit
                } else if (older >= newer) {
                    reply.messages.removeFirst();
                    --older;
                } else {
                    reply.messages.removeLast();
                    --newer;
                }
            }
        } else if (m.after) {
            reply.messages.remove(reply.messages.size() - drop, drop);
        } else {
            reply.messages.remove(0, drop);
        }
        reply.more = true;
        frame = Msg::encode(reply);
    }
    s->send(frame);
}

void ChatRequests::handle(ClientSession *s, const Msg::Typing &m)
{
    if (!s->requireActive())
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    m_typing.relay(s, m.room, m.active);
}
