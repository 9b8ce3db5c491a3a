// What a logged-in session asks for: joining and leaving rooms, the room and user lists, messages to a
// room or to one user, history, conversations, read positions and typing. Checks each request, stores what
// must last, and answers. What one device of an account does (join, leave, read, send) reaches the others.
#pragma once

#include "clientsession.h"
#include "messagerate.h"
#include "messagestore.h"
#include "roommessagebatch.h"
#include "roomregistry.h"
#include "searchworker.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class Database;
class FileRequests;
class OnlineAccounts;
class RoomStore;
class RoomRegistry;
class TypingRelay;
struct ServerConfig;
struct ServerStats;

class ClusterBus;

class ChatRequests
{
public:
    // Searches waiting for the search thread, all sessions together, and when to try again beyond that.
    static constexpr int MaxPendingSearches = 32;
    static constexpr qint64 SearchRetryMs = 250;

    ChatRequests(const ServerConfig &config, Database &db, MessageStore &messages, RoomStore &roomStore,
                 ServerStats &stats, RoomRegistry &rooms, OnlineAccounts &online, TypingRelay &typing,
                 FileRequests &files);

    void handle(ClientSession *s, const Msg::Join &m);
    void handle(ClientSession *s, const Msg::Leave &m);
    void handle(ClientSession *s, const Msg::ListRooms &m);
    void handle(ClientSession *s, const Msg::ListUsers &m);
    void handle(ClientSession *s, const Msg::Say &m);
    void handle(ClientSession *s, const Msg::Whisper &m);
    void handle(ClientSession *s, const Msg::HistoryRequest &m);
    void handle(ClientSession *s, const Msg::Typing &m);
    void handle(ClientSession *s, const Msg::ListConversations &m);
    void handle(ClientSession *s, const Msg::MarkRead &m);
    void handle(ClientSession *s, const Msg::Topic &m);
    void handle(ClientSession *s, const Msg::Invite &m);
    void handle(ClientSession *s, const Msg::Notify &m);
    void handle(ClientSession *s, const Msg::ListMentions &m);
    void handle(ClientSession *s, const Msg::ExportRequest &m);
    void handle(ClientSession *s, const Msg::Search &m);
    // Stores the room messages waiting for the end of the pass now: whatever must come after them (another
    // request, a session's end, a command) calls this first.
    void storeWaitingMessages() { m_batch.flush(); }

    // The account's read position and unread count in a room, and the room's topic and kind, for `joined`.
    std::optional<RoomRegistry::JoinDetails> joinDetails(ClientSession *s, const QString &room);
    // Sends the account's conversation list to one session.
    void sendConversations(ClientSession *s);
    // The kinds only a server sends.
    template <typename T> void handle(ClientSession *s, const T &m);

    // Cluster mode: what goes to a room's members or an account's sessions goes to the other nodes too.
    void setCluster(ClusterBus *cluster) { m_cluster = cluster; }

private:
    // The account's other (version 2) devices hear of a read position that moved here.
    void tellOtherDevices(ClientSession *s, const Msg::ReadMarker &marker);
    // A room message stored (or not): its sender answered, its room told; whether it was stored.
    // (s: nullptr when the sender's session is gone meanwhile.)
    bool delivered(ClientSession *s, qint64 ref, Msg::ChatMessage &chat, const std::optional<StoredMessage> &stored);
    // The account joined or left the room: kept for its next login on any device.
    void keepRoom(ClientSession *s, const QString &room);
    void forgetRoom(ClientSession *s, const QString &room);
    void storageFailed(ClientSession *s, qint64 ref);
    void sendSearchResults(ClientSession *s, const QString &query, const SearchWorker::Result &result,
                           std::optional<qint64> ref);
    // The quote of message `id` for a reply in `where`; nullopt (and the session told) when it is not there.
    std::optional<Msg::Quote> replyQuote(ClientSession *s, qint64 id, const Conversation &where, qint64 ref);

    const ServerConfig &m_config;
    Database &m_db;
    MessageStore &m_messages;
    RoomStore &m_roomStore;
    SearchWorker m_searches;
    ServerStats &m_stats;
    RoomRegistry &m_rooms;
    OnlineAccounts &m_online;
    TypingRelay &m_typing;
    FileRequests &m_files;
    MessageRate m_rate;
    RoomMessageBatch m_batch;
    ClusterBus *m_cluster = nullptr;
};

template <typename T> void ChatRequests::handle(ClientSession *s, const T &)
{
    using namespace Qt::Literals::StringLiterals;
    s->sendMessage(Msg::ErrorReply(ErrorCode::UnknownType, u"'%1' is sent by servers, not by clients."_s.arg(T::Type)));
}
