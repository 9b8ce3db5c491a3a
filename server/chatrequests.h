// What a logged-in session asks for: joining and leaving rooms, the room and user lists, messages to a
// room or to one user, history, and typing. Checks each request, stores what must last, and answers.
#pragma once

#include "clientsession.h"

#include <QHash>

class Database;
class RoomRegistry;
class TypingRelay;
struct ServerConfig;
struct ServerStats;

class ChatRequests
{
public:
    ChatRequests(const ServerConfig &config, Database &db, ServerStats &stats, RoomRegistry &rooms,
                 const QHash<QString, ClientSession *> &online, TypingRelay &typing);

    void handle(ClientSession *s, const Msg::Join &m);
    void handle(ClientSession *s, const Msg::Leave &m);
    void handle(ClientSession *s, const Msg::ListRooms &m);
    void handle(ClientSession *s, const Msg::ListUsers &m);
    void handle(ClientSession *s, const Msg::Say &m);
    void handle(ClientSession *s, const Msg::Whisper &m);
    void handle(ClientSession *s, const Msg::HistoryRequest &m);
    void handle(ClientSession *s, const Msg::Typing &m);
    // The kinds only a server sends.
    template <typename T> void handle(ClientSession *s, const T &m);

private:
    bool withinRate(ClientSession *s, qint64 ref);
    void saveRooms(ClientSession *s);
    // The account joined or left the room: kept for its next login, and in its resume token.
    void keepRoom(ClientSession *s, const QString &room);
    void forgetRoom(ClientSession *s, const QString &room);
    void storageFailed(ClientSession *s, qint64 ref);

    const ServerConfig &m_config;
    Database &m_db;
    ServerStats &m_stats;
    RoomRegistry &m_rooms;
    const QHash<QString, ClientSession *> &m_online; // by canonical username
    TypingRelay &m_typing;
};

template <typename T> void ChatRequests::handle(ClientSession *s, const T &)
{
    using namespace Qt::Literals::StringLiterals;
    s->sendMessage(Msg::ErrorReply(ErrorCode::UnknownType, u"'%1' is sent by servers, not by clients."_s.arg(T::Type)));
}
