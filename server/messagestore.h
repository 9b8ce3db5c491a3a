// What people wrote, in the server's database: room messages and direct messages, the conversations each
// account has, and how far it has read in each room and conversation.
#pragma once

#include "attachmentstore.h"
#include "chatmessages.h"
#include "conversationmessages.h"
#include "editstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

class Database;

struct StoredMessage
{
    qint64 id = 0;
    qint64 ts = 0;
    qint64 seq = 0; // a room message's number in its room: 1, 2, 3 … with no hole; 0 for a direct message
};

// A room or a direct conversation, as the read positions and histories name them.
struct Conversation
{
    QString room;    // set for a room
    QString peerKey; // set for a conversation: the other account's canonical name
    static Conversation ofRoom(const QString &room) { return {room, QString()}; }
    static Conversation with(const QString &peerKey) { return {QString(), peerKey}; }
    bool isRoom() const { return !room.isEmpty(); }
};

class MessageStore
{
public:
    explicit MessageStore(Database &db) : m_db(db), m_states(db), m_files(db) {}

    // Each store also moves the sender's read position to the message, in the same transaction.
    // mentioned: the accounts the message mentions (ids), kept with it to count and list for them.
    // file: the file it shares, recorded in the same transaction (its uploads used up).
    std::optional<StoredMessage> storeRoomMessage(qint64 fromId, const QString &room, const QString &from,
                                                  const QString &text, bool action, const QList<qint64> &mentioned = {},
                                                  std::optional<qint64> replyTo = std::nullopt,
                                                  const SharedFile *file = nullptr);
    // A room message to store, as storeRoomMessage() takes it.
    struct NewRoomMessage
    {
        qint64 fromId = 0;
        QString room;
        QString from;
        QString text;
        bool action = false;
        QList<qint64> mentioned;
        std::optional<qint64> replyTo;
        std::optional<SharedFile> file;
    };
    // Stores them in one transaction, in this order: either all (their ids, times and numbers in the same
    // order) or, when one of them cannot be stored or the transaction fails, none. failedAt: the index of
    // the message that could not be stored, or -1 when the transaction failed (begin or commit).
    std::optional<QList<StoredMessage>> storeRoomMessages(const QList<NewRoomMessage> &messages,
                                                          qsizetype *failedAt = nullptr);
    // The room's members a text mentions (@name), but for `authorId`: their ids and names as registered,
    // in the text's order.
    struct Mentioned
    {
        QList<qint64> ids;
        QStringList names;
    };
    Mentioned mentionedIn(const QString &room, const QString &text, qint64 authorId);
    // The members of a room among these canonical names: their ids and names as registered.
    QList<std::pair<qint64, QString>> membersNamed(const QString &room, const QStringList &names);
    // Unread messages in the room that mention the account, after `after`, up to Protocol::MaxUnreadCount.
    qint64 unreadMentions(qint64 userId, const QString &room, qint64 after);
    // The messages that mention the account in the rooms it is in, newest first, older than `before`.
    QList<Msg::ChatMessage> mentionsOf(qint64 userId, std::optional<qint64> before, int limit, bool *more);
    // Stores the message and puts it at the top of both accounts' conversation lists, in one transaction.
    std::optional<StoredMessage> storeDirectMessage(qint64 fromId, const QString &from, qint64 toId, const QString &to,
                                                    const QString &text, bool action,
                                                    std::optional<qint64> replyTo = std::nullopt,
                                                    const SharedFile *file = nullptr);

    // Newest `limit` messages before `before`, or oldest `limit` after `after`; ascending ids. more: others remain.
    // Each as it is now (edited, deleted, its quote and reactions), as `readerId` sees it.
    QList<Msg::ChatMessage> roomHistory(const QString &room, std::optional<qint64> before, std::optional<qint64> after,
                                        int limit, bool *more, qint64 readerId = 0);
    // The same for the conversation between two accounts (canonical names).
    QList<Msg::PrivateMessage> directHistory(const QString &userKey, const QString &peerKey,
                                             std::optional<qint64> before, std::optional<qint64> after, int limit,
                                             bool *more, qint64 readerId = 0);

    // The oldest `limit` messages `sender` (as registered) sent after id `after`, deleted ones left out, each as
    // it is now: those in rooms and those in conversations, both in ascending ids, by the (sender, id) index.
    struct Sent
    {
        QList<Msg::ChatMessage> rooms;
        QList<Msg::PrivateMessage> direct;
        bool more = false;
    };
    Sent sentBy(qint64 senderId, const QString &sender, qint64 after, int limit);

    // The account's conversations, the most recent first, with read positions and unread counts.
    std::optional<QList<Msg::ConversationInfo>> conversations(qint64 userId, const QString &userName);
    // The other account's name as registered, when the two have exchanged a message.
    std::optional<QString> conversationPeer(qint64 userId, const QString &peerKey);

    // The account's read position (0: nothing read yet).
    qint64 readPosition(qint64 userId, const Conversation &c);
    // Moves the position forward to id (no further than the newest message); returns where it now is.
    std::optional<qint64> markRead(qint64 userId, const QString &userKey, const Conversation &c, qint64 id);
    // Messages not sent by userName after `after`, counted up to Protocol::MaxUnreadCount.
    qint64 unreadCount(const QString &userKey, const QString &userName, const Conversation &c, qint64 after);

    // One message, as edits, deletions and replies check it.
    std::optional<MessageRow> find(qint64 id) { return m_states.find(id); }
    // Edits, deletions and reactions of the stored messages.
    EditStore &states() { return m_states; }
    // The files messages share.
    AttachmentStore &files() { return m_files; }

    QString lastError() const { return m_lastError; }
    // Whether the last history or mentions page could not be read (an empty page is then no answer).
    bool readFailed() const { return m_readFailed; }

    // The key that names a direct conversation, the same from either side.
    static QString directKey(const QString &userKeyA, const QString &userKeyB);

private:
    QSqlDatabase connection() const;
    bool advanceOwnMarker(qint64 userId, const QString &target, qint64 id);
    // One room message's rows, in the transaction under way.
    std::optional<StoredMessage> insertRoomMessage(QSqlDatabase &db, const NewRoomMessage &m);
    // In the embedded database, puts messages stored in this transaction into the full-text index.
    bool indexForSearch(const QList<StoredMessage> &stored);
    // A page of messages where c's are (key: the room, or the conversation's directKey), in ascending ids.
    template <typename Row, typename MakeRow>
    QList<Row> page(const QString &columns, const Conversation &c, const QString &key, std::optional<qint64> before,
                    std::optional<qint64> after, int limit, bool *more, MakeRow makeRow);
    static QString target(const Conversation &c)
    {
        return c.isRoom() ? QString(u'#' + c.room) : QString(u'@' + c.peerKey);
    }

    Database &m_db;
    EditStore m_states;
    AttachmentStore m_files;
    QString m_lastError;
    bool m_readFailed = false;
};
