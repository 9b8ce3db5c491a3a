#include "chatrequests.h"

#include "monotonicclock.h"
#include <algorithm>

#include "clusterbus.h"
#include "database.h"
#include "filerequests.h"
#include "historypage.h"
#include "messagestore.h"
#include "names.h"
#include "onlineaccounts.h"
#include "roomstore.h"

#include "roomregistry.h"
#include "serverconfig.h"
#include "serverstats.h"
#include "typingrelay.h"
#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

ChatRequests::ChatRequests(const ServerConfig &config, Database &db, MessageStore &messages, RoomStore &roomStore,
                           ServerStats &stats, RoomRegistry &rooms, OnlineAccounts &online, TypingRelay &typing,
                           FileRequests &files)
    : m_config(config), m_db(db), m_messages(messages), m_roomStore(roomStore), m_searches(db.location()),
      m_stats(stats), m_rooms(rooms), m_online(online), m_typing(typing), m_files(files), m_rate(online, stats),
      m_batch(messages, stats.databaseSeconds)
{}

void ChatRequests::keepRoom(ClientSession *s, const QString &room)
{
    if (!m_db.rememberRoom(s->userId(), room))
        ++m_stats.storageErrors;
}

void ChatRequests::forgetRoom(ClientSession *s, const QString &room)
{
    if (!m_db.forgetRoom(s->userId(), room))
        ++m_stats.storageErrors;
}

std::optional<RoomRegistry::JoinDetails> ChatRequests::joinDetails(ClientSession *s, const QString &room)
{
    const Conversation c = Conversation::ofRoom(room);
    const qint64 lastRead = m_messages.readPosition(s->userId(), c);
    RoomRegistry::JoinDetails details{lastRead,
                                      m_messages.unreadCount(s->userKey(), s->username(), c, lastRead),
                                      QString(),
                                      false,
                                      m_messages.unreadMentions(s->userId(), room, lastRead),
                                      m_db.notifyLevel(s->userId(), room)};
    if (const std::optional<RoomRecord> record = m_roomStore.find(room)) {
        details.topic = record->topic;
        details.isPrivate = record->isPrivate;
        details.owner = record->owner;
    }
    return details;
}

void ChatRequests::sendConversations(ClientSession *s)
{
    if (std::optional<QList<Msg::ConversationInfo>> list = m_messages.conversations(s->userId(), s->username()))
        s->sendMessage(Msg::ConversationList{*list});
    else
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::ServerError, u"The server could not read your conversations; try again."_s));
}

void ChatRequests::storageFailed(ClientSession *s, qint64 ref)
{
    ++m_stats.storageErrors;
    s->sendMessage(
        Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store your message; it was not sent."_s, ref));
}

std::optional<Msg::Quote> ChatRequests::replyQuote(ClientSession *s, qint64 id, const Conversation &where, qint64 ref)
{
    // Only a message of the same room or conversation: a reply never quotes what its readers cannot see.
    const std::optional<MessageRow> row = m_messages.find(id);
    const bool there = row && !row->deleted &&
                       (where.isRoom() ? Names::canonical(row->room) == Names::canonical(where.room)
                                       : row->dmKey == MessageStore::directKey(s->userKey(), where.peerKey));
    if (!there) {
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::NoSuchMessage, u"There is no message %1 here to reply to."_s.arg(id), ref));
        return std::nullopt;
    }
    return EditStore::quoteOf(*row);
}

void ChatRequests::handle(ClientSession *s, const Msg::Join &m)
{
    if (!s->requireActive())
        return;
    const QList<ClientSession *> devices = m_online.sessionsOf(s->userKey());
    const bool accountIsIn =
        std::any_of(devices.cbegin(), devices.cend(), [&](ClientSession *d) { return d->rooms().contains(m.room); });
    if (!accountIsIn && m_config.maxRoomsPerUser > 0 && s->rooms().size() >= m_config.maxRoomsPerUser) {
        ++m_stats.roomLimitHits;
        s->sendMessage(Msg::ErrorReply(
            ErrorCode::TooManyRooms,
            u"You are in %1 rooms, the most allowed; leave one first."_s.arg(m_config.maxRoomsPerUser)));
        return;
    }
    if (!accountIsIn) {
        // A room is created by its first join (its creator owns it); a private one admits the invited only.
        // The lobby is everyone's: nobody owns it or makes it private.
        const bool lobby = m.room == Protocol::DefaultRoom;
        const std::optional<RoomRecord> room =
            m_roomStore.findOrCreate(m.room, lobby ? 0 : s->userId(), m.isPrivate && !lobby);
        if (!room) {
            ++m_stats.storageErrors;
            s->sendMessage(
                Msg::ErrorReply(ErrorCode::ServerError, u"The server could not open %1; try again."_s.arg(m.room)));
            return;
        }
        if (room->removing) {
            s->sendMessage(Msg::ErrorReply(
                ErrorCode::NotAllowed,
                u"The administrator is removing %1; it can be made again once it is gone."_s.arg(m.room)));
            return;
        }
        if (room->isPrivate && room->ownerId != s->userId() && !m_roomStore.isInvited(m.room, s->userId())) {
            s->sendMessage(Msg::ErrorReply(
                ErrorCode::NotInvited, u"%1 is a private room; ask one of its members to invite you."_s.arg(m.room)));
            return;
        }
        keepRoom(s, m.room);
        m_roomStore.dropInvite(m.room, s->userId()); // used: leaving means being invited again
    }
    const std::optional<RoomRegistry::JoinDetails> read = joinDetails(s, m.room);
    // Every device of the account is in it: the asker first (told the members again if it was in already),
    // so that its answer comes before anyone's notice.
    m_rooms.join(s, m.room, read);
    for (ClientSession *device : devices) {
        if (device != s && !device->rooms().contains(m.room))
            m_rooms.join(device, m.room, read);
    }
}

void ChatRequests::handle(ClientSession *s, const Msg::Leave &m)
{
    if (!s->requireActive())
        return;
    const QList<ClientSession *> devices = m_online.sessionsOf(s->userKey());
    if (std::none_of(devices.cbegin(), devices.cend(), [&](ClientSession *d) { return d->rooms().contains(m.room); })) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    for (ClientSession *device : devices) {
        m_typing.forget(device, m.room);
        m_rooms.leave(device, m.room, Msg::NoticeEvent::Leave, true);
    }
    forgetRoom(s, m.room);
}

void ChatRequests::handle(ClientSession *s, const Msg::ListRooms &)
{
    if (s->requireActive())
        s->sendMessage(Msg::RoomList{m_rooms.roomList(s)});
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
    for (const ClientSession *o : m_online.oneSessionEach())
        users.append(Msg::UserInfo{o->username(), Msg::Presence::Online});
    if (m_cluster) {
        for (const QString &name : m_cluster->presence().onlineElsewhere()) {
            if (!m_online.isOnline(Names::canonical(name)))
                users.append(Msg::UserInfo{name, Msg::Presence::Online});
        }
    }
    std::sort(users.begin(), users.end(),
              [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    const auto total = Msg::fitToFrame(users);
    s->sendMessage(Msg::UserList{std::nullopt, users, total});
}

void ChatRequests::handle(ClientSession *s, const Msg::Say &m)
{
    if (!s->requireActive(m.ref) || !m_rate.allow(s, m.ref))
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room), m.ref));
        return;
    }
    std::optional<Msg::Quote> quote;
    if (m.replyTo && !(quote = replyQuote(s, *m.replyTo, Conversation::ofRoom(m.room), m.ref)))
        return;
    std::optional<SharedFile> file;
    if (m.file && !(file = m_files.share(s, *m.file, u'#' + m.room, m.ref)))
        return;
    QElapsedTimer arrived;
    arrived.start();
    // Mentions of the room's members (not of oneself), kept with the message.
    MessageStore::Mentioned mentioned = m_messages.mentionedIn(m.room, m.text, s->userId());
    Msg::ChatMessage chat{0, m.room, s->username(), m.text, 0, m.action, mentioned.names};
    chat.state.reply = quote;
    if (file)
        chat.file = file->file;
    const bool sharesFile = file.has_value();
    m_typing.forget(s, m.room); // now: a typing event right behind the message is about the next one
    m_batch.add(
        {s->userId(), m.room, s->username(), m.text, m.action, std::move(mentioned.ids), m.replyTo, std::move(file)},
        [this, session = QPointer(s), ref = m.ref, chat = std::move(chat),
         arrived](const std::optional<StoredMessage> &stored) mutable {
            if (delivered(session, ref, chat, stored))
                m_stats.deliverySeconds.observeNs(arrived.nsecsElapsed()); // through the bus: up to its publish
        });
    // Its uploads are used up by the message: gone before the next request can name them again.
    if (sharesFile)
        m_batch.flush();
}

bool ChatRequests::delivered(ClientSession *s, qint64 ref, Msg::ChatMessage &chat,
                             const std::optional<StoredMessage> &stored)
{
    if (!stored) {
        if (s)
            storageFailed(s, ref);
        else
            ++m_stats.storageErrors;
        return false;
    }
    chat.id = stored->id;
    chat.ts = stored->ts;
    ++m_stats.messagesByUser[chat.from];
    if (s) {
        s->countMessage();
        s->sendMessage(Msg::Ack{ref, stored->id, stored->ts});
    }
    if (m_cluster)
        m_cluster->roomMessage(chat.room, stored->seq, Msg::encode(chat)); // in the room's order, everywhere
    else
        m_rooms.broadcast(chat.room, Msg::encode(chat));
    if (s)
        tellOtherDevices(s, Msg::ReadMarker{chat.room, std::nullopt, stored->id, 0});
    return true;
}

void ChatRequests::handle(ClientSession *s, const Msg::Whisper &m)
{
    if (!s->requireActive(m.ref) || !m_rate.allow(s, m.ref))
        return;
    const QString toKey = Names::canonical(m.to);
    if (toKey == s->userKey()) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::OutOfRange, u"You cannot send yourself a direct message."_s, m.ref));
        return;
    }
    // Online or not: a message to someone away waits for them.
    const QList<ClientSession *> recipients = m_online.sessionsOf(toKey);
    std::optional<UserRecord> to;
    if (!recipients.isEmpty())
        to = UserRecord{recipients.first()->userId(), recipients.first()->username(), {}};
    else
        to = m_db.findUser(m.to);
    if (!to && m_db.lookupFailed())
        return storageFailed(s, m.ref);
    if (!to) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUser, u"There is no user called %1."_s.arg(m.to), m.ref));
        return;
    }
    std::optional<Msg::Quote> quote;
    if (m.replyTo && !(quote = replyQuote(s, *m.replyTo, Conversation::with(toKey), m.ref)))
        return;
    std::optional<SharedFile> file;
    if (m.file && !(file = m_files.share(s, *m.file, u'@' + toKey, m.ref)))
        return;
    const auto stored = m_messages.storeDirectMessage(s->userId(), s->username(), to->id, to->name, m.text, m.action,
                                                      m.replyTo, file ? &*file : nullptr);
    if (!stored) {
        storageFailed(s, m.ref);
        return;
    }
    s->countMessage();
    ++m_stats.messagesByUser[s->username()];
    s->sendMessage(Msg::Ack{m.ref, stored->id, stored->ts});
    Msg::PrivateMessage message{stored->id, s->username(), to->name, m.text, stored->ts, m.action};
    message.state.reply = quote;
    if (file)
        message.file = file->file;
    const QByteArray frame = Msg::encode(message);
    for (ClientSession *device : recipients)
        device->send(frame);
    // The sender's other devices show it in the conversation too (version 1 clients would not know where),
    // and count it read.
    for (ClientSession *device : m_online.sessionsOf(s->userKey())) {
        if (device != s && device->protocolVersion() >= 2)
            device->send(frame);
    }
    if (m_cluster) {
        m_cluster->accountEvent(toKey, frame);
        m_cluster->accountEvent(s->userKey(), frame, 2);
    }
    tellOtherDevices(s, Msg::ReadMarker{std::nullopt, to->name, stored->id, 0});
}

void ChatRequests::tellOtherDevices(ClientSession *s, const Msg::ReadMarker &marker)
{
    QByteArray frame;
    for (ClientSession *device : m_online.sessionsOf(s->userKey())) {
        if (device == s || device->protocolVersion() < 2)
            continue;
        if (frame.isEmpty())
            frame = Msg::encode(marker);
        device->send(frame);
    }
    if (m_cluster)
        m_cluster->accountEvent(s->userKey(), frame.isEmpty() ? Msg::encode(marker) : frame, 2);
}

void ChatRequests::handle(ClientSession *s, const Msg::HistoryRequest &m)
{
    if (!s->requireActive())
        return;
    if (!m.with && !s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    // A conversation's page holds only messages between this account and `with`: another pair's are never
    // reachable, and a conversation that never was is an empty page.
    Msg::HistoryRequest request = m;
    if (m.with) // named as the account registered it, like the conversation list does
        request.with = m_messages.conversationPeer(s->userId(), Names::canonical(*m.with)).value_or(*m.with);
    const QByteArray frame = historyPageFrame(m_messages, request, s->userId(), s->userKey(), s->protocolVersion());
    if (m_messages.readFailed()) { // an empty page would tell a client catching up that it missed nothing
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not read the history; try again."_s));
        return;
    }
    s->send(frame);
}

void ChatRequests::handle(ClientSession *s, const Msg::Topic &m)
{
    // Seen by every member, like a message: limited like one.
    if (!s->requireActive() || !m_rate.allow(s, s->requestRef()))
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    const QString text = m.text.trimmed();
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    if (!m_roomStore.findOrCreate(m.room, 0, false) || !m_roomStore.setTopic(m.room, text, s->username(), ts)) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store the topic; try again."_s));
        return;
    }
    // Every member that speaks version 2 (version 1 knows no topics).
    const QByteArray frame = Msg::encode(Msg::Topic{m.room, text, s->username(), ts});
    m_rooms.deliverLocal(m.room, frame, 2);
    if (m_cluster)
        m_cluster->roomEvent(m.room, frame, 2);
}

void ChatRequests::handle(ClientSession *s, const Msg::Invite &m)
{
    // It notifies someone else: limited like a message.
    if (!s->requireActive() || !m_rate.allow(s, s->requestRef()))
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    if (!m_rooms.isPrivate(m.room)) {
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::OutOfRange, u"Anyone can join %1; no invitation is needed."_s.arg(m.room)));
        return;
    }
    const std::optional<UserRecord> user = m_db.findUser(m.user);
    if (!user && m_db.lookupFailed()) {
        ++m_stats.storageErrors;
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::ServerError, u"The server could not look %1 up; try again."_s.arg(m.user)));
        return;
    }
    if (!user) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUser, u"There is no user called %1."_s.arg(m.user)));
        return;
    }
    if (m_roomStore.isMember(m.room, user->id)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::OutOfRange, u"%1 is in %2 already."_s.arg(user->name, m.room)));
        return;
    }
    const std::optional<bool> fresh =
        m_roomStore.invite(m.room, user->id, s->username(), QDateTime::currentMSecsSinceEpoch());
    if (!fresh) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store the invitation."_s));
        return;
    }
    if (!*fresh) { // invited already: told once, not again
        s->sendMessage(Msg::Invited{m.room, user->name, s->username()});
        return;
    }
    // The invited user's devices, and the inviter's as the answer.
    const QByteArray frame = Msg::encode(Msg::Invited{m.room, user->name, s->username()});
    QStringList accounts{Names::canonical(user->name)};
    if (accounts.first() != s->userKey())
        accounts << s->userKey();
    for (const QString &account : std::as_const(accounts)) {
        for (ClientSession *device : m_online.sessionsOf(account)) {
            if (device->protocolVersion() >= 2)
                device->send(frame);
        }
    }
}

void ChatRequests::handle(ClientSession *s, const Msg::Notify &m)
{
    if (!s->requireActive())
        return;
    if (!s->rooms().contains(m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(m.room)));
        return;
    }
    if (!m_db.setNotifyLevel(s->userId(), m.room, m.level)) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store the setting."_s));
        return;
    }
    const QByteArray frame = Msg::encode(m); // every device of the account notifies alike
    for (ClientSession *device : m_online.sessionsOf(s->userKey())) {
        if (device->protocolVersion() >= 2)
            device->send(frame);
    }
}

void ChatRequests::handle(ClientSession *s, const Msg::ListMentions &m)
{
    if (!s->requireActive())
        return;
    Msg::MentionList list;
    list.messages = m_messages.mentionsOf(s->userId(), m.before, m.limit, &list.more);
    if (m_messages.readFailed()) {
        ++m_stats.storageErrors;
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::ServerError, u"The server could not read your mentions; try again."_s));
        return;
    }
    QByteArray frame = Msg::encode(list);
    while (frame.size() > Protocol::MaxFrameBytes && !list.messages.isEmpty()) {
        list.messages.removeLast(); // the oldest: the next page starts before the last one sent
        list.more = true;
        frame = Msg::encode(list);
    }
    s->send(frame);
}

void ChatRequests::handle(ClientSession *s, const Msg::ExportRequest &m)
{
    if (!s->requireActive())
        return;
    MessageStore::Sent sent = m_messages.sentBy(s->userId(), s->username(), m.after, m.limit);
    if (m_messages.readFailed()) {
        ++m_stats.storageErrors;
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::ServerError, u"The server could not read your messages; try again."_s));
        return;
    }
    Msg::ExportPage page{std::move(sent.rooms), std::move(sent.direct), sent.more};
    QByteArray frame = Msg::encode(page);
    // To fit one frame, the newest go (the next page starts after the largest id sent), as many at a time as
    // the excess needs, so that a page of long messages is encoded a few times, not once per message.
    while (frame.size() > Protocol::MaxFrameBytes && (!page.messages.isEmpty() || !page.direct.isEmpty())) {
        const qsizetype count = page.messages.size() + page.direct.size();
        const qsizetype excess = frame.size() - Protocol::MaxFrameBytes;
        const qsizetype drop = std::min(count, excess / std::max<qsizetype>(frame.size() / count, 1) + 1);
        for (qsizetype i = 0; i < drop; ++i) {
            const bool roomIsNewest =
                page.direct.isEmpty() ||
                (!page.messages.isEmpty() && page.messages.constLast().id > page.direct.constLast().id);
            if (roomIsNewest)
                page.messages.removeLast();
            else
                page.direct.removeLast();
        }
        page.more = true;
        frame = Msg::encode(page);
    }
    s->send(frame);
}

void ChatRequests::handle(ClientSession *s, const Msg::Search &m)
{
    if (!s->requireActive())
        return;
    QString problem;
    const std::optional<SearchQuery> query = SearchQuery::parse(m.query, &problem);
    if (!query) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::OutOfRange, problem));
        return;
    }
    // One search at a time per session, and a bounded queue: a client cannot pile up work on the thread.
    if (s->isSearching() || m_searches.pending() >= MaxPendingSearches) {
        Msg::ErrorReply e(ErrorCode::RateLimited, s->isSearching()
                                                      ? u"Your last search is still running; wait for its results."_s
                                                      : u"The server is busy searching; try again in a moment."_s);
        e.retryAfterMs = SearchRetryMs;
        s->sendMessage(e);
        return;
    }
    s->setSearching(true);
    const std::optional<qint64> ref = s->requestRef();
    m_searches.search(
        SearchWorker::Request{s->userId(), s->userKey(), *query, m.before, m.limit},
        [this, session = QPointer<ClientSession>(s), ref, text = m.query](const SearchWorker::Result &result) {
            if (session)
                session->setSearching(false);
            if (session && session->isActive())
                sendSearchResults(session, text, result, ref);
        });
}

void ChatRequests::sendSearchResults(ClientSession *s, const QString &query, const SearchWorker::Result &result,
                                     std::optional<qint64> ref)
{
    if (!result.hits) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not search; try again."_s, ref));
        return;
    }
    Msg::SearchResults results{query, *result.hits, result.more};
    QByteArray frame = Msg::encode(results);
    while (frame.size() > Protocol::MaxFrameBytes && !results.hits.isEmpty()) {
        results.hits.removeLast();
        results.more = true;
        frame = Msg::encode(results);
    }
    s->send(frame);
}

void ChatRequests::handle(ClientSession *s, const Msg::ListConversations &)
{
    if (s->requireActive())
        sendConversations(s);
}

void ChatRequests::handle(ClientSession *s, const Msg::MarkRead &m)
{
    if (!s->requireActive())
        return;
    if (m.room && !s->rooms().contains(*m.room)) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(*m.room)));
        return;
    }
    const Conversation c = m.room ? Conversation::ofRoom(*m.room) : Conversation::with(Names::canonical(*m.with));
    std::optional<QString> peer;
    if (m.with && !(peer = m_messages.conversationPeer(s->userId(), c.peerKey))) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUser, u"You have no conversation with %1."_s.arg(*m.with)));
        return;
    }
    const auto markerAt = [&](qint64 position) {
        Msg::ReadMarker marker{m.room, peer, position,
                               m_messages.unreadCount(s->userKey(), s->username(), c, position)};
        if (m.room)
            marker.mentions = m_messages.unreadMentions(s->userId(), *m.room, position);
        return marker;
    };
    if (const qint64 current = m_messages.readPosition(s->userId(), c); m.id <= current) {
        // Moves nothing (a client asking for the count): nothing to store, and nothing new for other devices.
        s->sendMessage(markerAt(current));
        return;
    }
    const std::optional<qint64> position = m_messages.markRead(s->userId(), s->userKey(), c, m.id);
    if (!position) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store your read position."_s));
        return;
    }
    const QByteArray frame = Msg::encode(markerAt(*position));
    for (ClientSession *device : m_online.sessionsOf(s->userKey())) {
        if (device->protocolVersion() >= 2)
            device->send(frame);
    }
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
