// What a logged-in session asks to change in messages already sent: edits, deletions and reactions.
// Checks that the session's account may (its own messages; a room's owner deletes anyone's in the room),
// stores the change, and tells every session that can see the message. The console deletes as operator.
#pragma once

#include "editmessages.h"
#include "editstore.h"
#include "messagerate.h"

class ClientSession;
class FileRequests;
class MessageStore;
class OnlineAccounts;
class RoomRegistry;
class RoomStore;
struct ServerStats;

class ClusterBus;

class EditRequests
{
public:
    EditRequests(MessageStore &messages, RoomStore &roomStore, RoomRegistry &rooms, OnlineAccounts &online,
                 ServerStats &stats, FileRequests &files);

    void handle(ClientSession *s, const Msg::Edit &m);
    void handle(ClientSession *s, const Msg::Delete &m);
    void handle(ClientSession *s, const Msg::React &m);
    // The operator deletes any message; returns what the console prints.
    QString deleteAsOperator(qint64 id);

    // Cluster mode: readers on the other nodes are told too.
    void setCluster(ClusterBus *cluster) { m_cluster = cluster; }

private:
    // The message, when the session's account can see it; otherwise nullopt, and the session was told
    // (a message it cannot see is answered like one that does not exist).
    std::optional<MessageRow> visibleMessage(ClientSession *s, qint64 id);
    static Msg::MessagePlace placeOf(const MessageRow &row);
    // Sends the frame to every version 2 session that can see the message.
    void tellReaders(const MessageRow &row, const QByteArray &frame);
    bool remove(const MessageRow &row, const QString &by);

    EditStore &m_store;
    MessageStore &m_messages;
    RoomStore &m_roomStore;
    RoomRegistry &m_rooms;
    OnlineAccounts &m_online;
    ServerStats &m_stats;
    FileRequests &m_files;
    ClusterBus *m_cluster = nullptr;
    MessageRate m_rate;
};
