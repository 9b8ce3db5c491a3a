// The rooms and who is in them; joins and departures, with the notices the other members get.
#pragma once

#include "message.h"
#include "protocol.h"
#include "roomfanout.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

class ClientSession;

class RoomRegistry
{
public:
    // What a `joined` tells beyond the members: the account's read position, and the room's topic and kind.
    struct JoinDetails
    {
        qint64 lastRead = 0;
        qint64 unread = 0;
        QString topic;
        bool isPrivate = false;
        qint64 mentions = 0;
        QString notify;     // empty: the default ("all")
        QString owner = {}; // empty: nobody
    };
    // Puts the session in the room (creating it) and tells it who is there; the others get a join notice
    // when it is the account's first session there. Returns false when the session was already in the room
    // (it is then only told the members again).
    bool join(ClientSession *session, const QString &room, std::optional<JoinDetails> details = std::nullopt);
    // Takes the session out of the room; the others get a notice of `event` (leave, timeout, kicked) when it
    // was the account's last session there. The session itself gets a `left` frame only when tellSession.
    bool leave(ClientSession *session, const QString &room, Msg::NoticeEvent event, bool tellSession);
    void leaveAll(ClientSession *session, Msg::NoticeEvent event);
    // The administrator removed the room: every session in it here gets `frame` (a notice saying so) and
    // `left`, and nobody is told of anyone's departure. Returns the sessions it had.
    QList<ClientSession *> close(const QString &room, const QByteArray &frame);

    // The sessions in the room (an account with several devices has several).
    const QList<ClientSession *> &members(const QString &room) const;
    // Up to maxEntries members (accounts, each once), as many as fit in one frame; *total says how many
    // there are when that is not all of them.
    QList<Msg::UserInfo> memberInfo(const QString &room, std::optional<qint64> *total,
                                    qsizetype maxEntries = Protocol::MaxListEntries) const;

    // Rooms with more members than this are told of no joins and departures: in a room of n, n arrivals
    // would cost n * n notices (a lobby of 10,000 would queue 50 million). 0: always tell.
    void setQuietRoomSize(int members) { m_quietRoomSize = members; }
    bool isLarge(const QString &room) const { return isQuiet(accountCount(room)); }
    // Accounts in the room (each once, however many devices it has there).
    qsizetype accountCount(const QString &room) const;
    // Every room with members (and the lobby); private ones only for a viewer in them (all for nullptr).
    QList<Msg::RoomInfo> roomList(const ClientSession *viewer = nullptr) const;
    bool isPrivate(const QString &room) const { return m_private.contains(room); }
    int roomCount() const { return int(m_rooms.size()); }

    // Writes the same bytes to every member (and through onBroadcast to the members on the other nodes of a
    // cluster).
    void broadcast(const QString &room, const QByteArray &frame) const;
    // With I/O threads (--io-threads): broadcast() gives each thread a room's frame once, for all its members
    // there (RoomFanout). threads outlives this.
    void setIoThreads(IoThreads *threads);
    // To this node's members only, of at least that protocol version: what came from another node.
    void deliverLocal(const QString &room, const QByteArray &frame, int minVersion = 0) const;

    // Cluster mode (ClusterBus): what broadcast() sends goes to the other nodes too, and the room's first
    // session on this node and its last are told (occupied true, then false).
    std::function<void(const QString &room, const QByteArray &frame)> onBroadcast;
    std::function<void(const QString &room, bool occupied)> onOccupancy;
    std::function<void(const QString &room, const QString &name, bool in)> onAccountInRoom;
    // Every room with members here, and its accounts (names as registered), for the other nodes.
    QHash<QString, QStringList> accountsByRoom() const;
    // Cluster mode: the room's members on the other nodes (names), listed after this node's.
    std::function<QStringList(const QString &room)> membersElsewhere;

    // Frames handed to members' connections by broadcast() and deliverLocal(), for the metrics.
    qint64 framesDelivered() const { return m_framesDelivered; }
    // Bytes of frames broadcast() gave the I/O threads for members (the rest pass Connection::send()).
    qint64 bytesThroughThreads() const { return m_bytesThroughThreads; }

private:
    mutable qint64 m_framesDelivered = 0;
    mutable qint64 m_bytesThroughThreads = 0;
    std::optional<RoomFanout> m_fanout;
    Msg::Notice notice(Msg::NoticeEvent event, const QString &room, const QString &user) const;

    bool isQuiet(qsizetype members) const { return m_quietRoomSize > 0 && members > m_quietRoomSize; }
    // Cluster mode: whether the account is in the room on another node too (its arrival or departure here
    // is then no news to the room).
    bool inRoomElsewhere(const QString &room, const QString &userKey) const;

    struct Room
    {
        QList<ClientSession *> sessions;
        QHash<QString, int> perAccount; // sessions of each account (canonical name) in the room
        // With I/O threads: the members as broadcast() reaches them, made when needed after sessions changed.
        mutable std::shared_ptr<const RoomFanout::Plan> fanout;
    };
    QHash<QString, Room> m_rooms;
    QSet<QString> m_private; // invite-only rooms seen since start (their members come through join())
    int m_quietRoomSize = 0;
};
