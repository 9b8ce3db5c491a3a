#include "messagestore.h"

#include "database.h"
#include "names.h"
#include "protocol.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "chat.server.db")

namespace {

// Where a query's messages are: a room's, or a conversation's.
QString whereOf(const Conversation &c)
{
    return c.isRoom() ? u"room = ?"_s : u"dm_key = ?"_s;
}

// A message's mentions as names: one correlated lookup on mentions(message_id) per row.
const QString MentionsColumn = u"(SELECT string_agg(u.name, ' ') FROM mentions x JOIN users u ON u.id = x.user_id "
                               "WHERE x.message_id = messages.id)"_s;

QStringList mentionNames(const QVariant &column)
{
    return column.isNull() ? QStringList() : column.toString().split(u' ', Qt::SkipEmptyParts);
}

// What became of a message, from the columns named by StateColumns; the quote's text comes later.
const QString StateColumns = u"edited_ts, deleted, reply_to"_s;

Msg::MessageState stateOf(const QSqlQuery &q, int first)
{
    Msg::MessageState state;
    state.edited = q.value(first).toLongLong();
    state.deleted = q.value(first + 1).toInt() != 0;
    if (!q.value(first + 2).isNull() && !state.deleted)
        state.reply = Msg::Quote{q.value(first + 2).toLongLong(), QString(), QString(), false};
    return state;
}

} // namespace

QSqlDatabase MessageStore::connection() const
{
    return m_db.connection();
}

QString MessageStore::directKey(const QString &userKeyA, const QString &userKeyB)
{
    return userKeyA < userKeyB ? userKeyA + u' ' + userKeyB : userKeyB + u' ' + userKeyA;
}

bool MessageStore::advanceOwnMarker(qint64 userId, const QString &target, qint64 id)
{
    // What one writes one has read: the sender's other devices do not count it (or what came before it)
    // as unread.
    QSqlQuery *q = m_db.prepared(
        u"INSERT INTO read_markers (user_id, target, last_read) VALUES (?, ?, ?) ON CONFLICT (user_id, target) "
        "DO UPDATE SET last_read = %1(read_markers.last_read, excluded.last_read)"_s.arg(m_db.greatest()));
    if (!q) {
        m_lastError = m_db.lastError();
        return false;
    }
    q->bindValue(0, userId);
    q->bindValue(1, target);
    q->bindValue(2, id);
    const bool ok = q->exec();
    if (!ok)
        m_lastError = q->lastError().text();
    q->finish();
    return ok;
}

std::optional<StoredMessage> MessageStore::storeRoomMessage(qint64 fromId, const QString &room, const QString &from,
                                                            const QString &text, bool action,
                                                            const QList<qint64> &mentioned,
                                                            std::optional<qint64> replyTo, const SharedFile *file)
{
    const auto stored = storeRoomMessages(
        {{fromId, room, from, text, action, mentioned, replyTo, file ? std::optional(*file) : std::nullopt}});
    return stored ? std::optional(stored->first()) : std::nullopt;
}

std::optional<QList<StoredMessage>> MessageStore::storeRoomMessages(const QList<NewRoomMessage> &messages,
                                                                    qsizetype *failedAt)
{
    QSqlDatabase db = connection();
    m_lastError.clear();
    if (failedAt)
        *failedAt = -1;
    if (!m_db.begin(db)) {
        m_lastError = db.lastError().text();
        return std::nullopt;
    }
    QList<StoredMessage> stored;
    stored.reserve(messages.size());
    for (const NewRoomMessage &m : messages) {
        const auto one = insertRoomMessage(db, m);
        if (!one) {
            if (failedAt)
                *failedAt = stored.size();
            break;
        }
        stored.append(*one);
    }
    if (stored.size() == messages.size() && !indexForSearch(stored))
        stored.clear(); // the transaction failed: refuse them all (failedAt stays -1)
    if (stored.size() < messages.size() || !m_db.commit(db)) {
        if (m_lastError.isEmpty())
            m_lastError = db.lastError().text();
        m_db.rollback(db);
        qCWarning(lcStore) << "storing" << messages.size() << "room messages failed:" << m_lastError;
        return std::nullopt;
    }
    return stored;
}

bool MessageStore::indexForSearch(const QList<StoredMessage> &stored)
{
    if (!m_db.isEmbedded() || stored.isEmpty())
        return true; // PostgreSQL's index is a generated column
    // One statement for the whole batch: FTS5 makes one segment of it at the commit. The ids between the
    // batch's first and last are all the batch's, as nobody else writes inside this transaction.
    const auto [lowest, highest] = std::ranges::minmax(stored, {}, &StoredMessage::id);
    QSqlQuery *q = m_db.prepared(u"INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages "
                                 "WHERE id BETWEEN ? AND ?"_s);
    if (!q) {
        m_lastError = m_db.lastError();
        return false;
    }
    q->bindValue(0, lowest.id);
    q->bindValue(1, highest.id);
    const bool indexed = q->exec();
    if (!indexed)
        m_lastError = q->lastError().text();
    q->finish();
    return indexed;
}

std::optional<StoredMessage> MessageStore::insertRoomMessage(QSqlDatabase &db, const NewRoomMessage &m)
{
    // The room's next number first: its row stays locked until the commit, so that writers of one room
    // (several nodes on PostgreSQL) store one after the other, each message's id above the one before it.
    // Both statements are kept prepared: this runs for every message.
    bool stored = false;
    qint64 seq = 0;
    if (QSqlQuery *counter = m_db.prepared(u"INSERT INTO room_counters (room, seq) VALUES (?, 1) ON CONFLICT (room) "
                                           "DO UPDATE SET seq = room_counters.seq + 1 RETURNING seq"_s)) {
        counter->bindValue(0, m.room);
        stored = counter->exec() && counter->next();
        seq = stored ? counter->value(0).toLongLong() : 0;
        if (!stored)
            m_lastError = counter->lastError().text();
        counter->finish();
    } else {
        m_lastError = m_db.lastError();
    }
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    qint64 id = 0;
    if (stored) {
        QSqlQuery *q = m_db.prepared(u"INSERT INTO messages (room, sender, text, action, ts, reply_to, seq) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (!q) {
            stored = false;
            m_lastError = m_db.lastError();
        } else {
            q->bindValue(0, m.room);
            q->bindValue(1, m.from);
            q->bindValue(2, m.text);
            q->bindValue(3, m.action ? 1 : 0);
            q->bindValue(4, ts);
            q->bindValue(5, m.replyTo ? QVariant(*m.replyTo) : QVariant(QMetaType::fromType<qint64>()));
            q->bindValue(6, seq);
            stored = q->exec() && q->next();
            id = stored ? q->value(0).toLongLong() : 0;
            if (!stored)
                m_lastError = q->lastError().text();
            q->finish(); // SQLite commits nothing while a statement is still open
        }
    }
    QSqlQuery mention(db);
    if (stored && !m.mentioned.isEmpty()) // (no statement prepared for nothing: most messages mention nobody)
        mention.prepare(u"INSERT INTO mentions (user_id, room, message_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    for (qint64 userId : m.mentioned) {
        if (!stored)
            break;
        mention.addBindValue(userId);
        mention.addBindValue(m.room);
        mention.addBindValue(id);
        if (!(stored = mention.exec()))
            m_lastError = mention.lastError().text();
    }
    if (stored && m.file)
        stored = AttachmentStore::add(db, id, *m.file, &m_lastError);
    if (!stored || !advanceOwnMarker(m.fromId, target(Conversation::ofRoom(m.room)), id))
        return std::nullopt;
    return StoredMessage{id, ts, seq};
}

std::optional<StoredMessage> MessageStore::storeDirectMessage(qint64 fromId, const QString &from, qint64 toId,
                                                              const QString &to, const QString &text, bool action,
                                                              std::optional<qint64> replyTo, const SharedFile *file)
{
    QSqlDatabase db = connection();
    m_lastError.clear();
    if (!m_db.begin(db)) {
        m_lastError = db.lastError().text();
        return std::nullopt;
    }
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO messages (sender, recipient, dm_key, text, action, ts, reply_to) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(directKey(Names::canonical(from), Names::canonical(to)));
    q.addBindValue(text);
    q.addBindValue(action ? 1 : 0);
    q.addBindValue(ts);
    q.addBindValue(replyTo ? QVariant(*replyTo) : QVariant(QMetaType::fromType<qint64>()));
    bool ok = q.exec() && q.next();
    const qint64 id = ok ? q.value(0).toLongLong() : 0;
    q.finish(); // SQLite commits nothing while a statement is still open
    QSqlQuery conv(db);
    conv.prepare(u"INSERT INTO conversations (user_id, peer_key, peer, last_id, last_ts) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (user_id, peer_key) DO UPDATE SET peer = excluded.peer, last_id = excluded.last_id, "
                 "last_ts = excluded.last_ts"_s);
    for (const auto &[owner, peer] : {std::pair{fromId, to}, std::pair{toId, from}}) {
        if (!ok)
            break;
        conv.addBindValue(owner);
        conv.addBindValue(Names::canonical(peer));
        conv.addBindValue(peer);
        conv.addBindValue(id);
        conv.addBindValue(ts);
        ok = conv.exec();
    }
    if (ok && file)
        ok = AttachmentStore::add(db, id, *file, &m_lastError);
    ok = ok && advanceOwnMarker(fromId, target(Conversation::with(Names::canonical(to))), id);
    ok = ok && indexForSearch({StoredMessage{id, ts}});
    if (!ok || !m_db.commit(db)) {
        if (m_lastError.isEmpty())
            m_lastError = q.lastError().isValid() ? q.lastError().text() : conv.lastError().text();
        if (m_lastError.isEmpty())
            m_lastError = db.lastError().text();
        m_db.rollback(db);
        qCWarning(lcStore) << "storing a direct message failed:" << m_lastError;
        return std::nullopt;
    }
    return StoredMessage{id, ts};
}

template <typename Row, typename MakeRow>
QList<Row> MessageStore::page(const QString &columns, const Conversation &c, const QString &key,
                              std::optional<qint64> before, std::optional<qint64> after, int limit, bool *more,
                              MakeRow makeRow)
{
    QList<Row> out;
    *more = false;
    QSqlQuery q(connection());
    QString sql = u"SELECT %1 FROM messages WHERE %2"_s.arg(columns, whereOf(c));
    if (before)
        sql += u" AND id < ?"_s;
    if (after)
        sql += u" AND id > ?"_s;
    sql += after ? u" ORDER BY id ASC LIMIT ?"_s : u" ORDER BY id DESC LIMIT ?"_s;
    q.prepare(sql);
    q.addBindValue(key);
    if (before)
        q.addBindValue(*before);
    if (after)
        q.addBindValue(*after);
    q.addBindValue(limit + 1); // one more than asked tells whether more remain
    m_readFailed = !q.exec();
    if (m_readFailed) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        if (out.size() == limit) {
            *more = true;
            break;
        }
        out.append(makeRow(q));
    }
    if (!after)
        std::reverse(out.begin(), out.end());
    return out;
}

QList<Msg::ChatMessage> MessageStore::roomHistory(const QString &room, std::optional<qint64> before,
                                                  std::optional<qint64> after, int limit, bool *more, qint64 readerId)
{
    QList<Msg::ChatMessage> out =
        page<Msg::ChatMessage>(u"id, sender, text, ts, action, %1, %2"_s.arg(MentionsColumn, StateColumns),
                               Conversation::ofRoom(room), room, before, after, limit, more, [&](const QSqlQuery &q) {
                                   return Msg::ChatMessage{q.value(0).toLongLong(),  room,
                                                           q.value(1).toString(),    q.value(2).toString(),
                                                           q.value(3).toLongLong(),  q.value(4).toInt() != 0,
                                                           mentionNames(q.value(5)), stateOf(q, 6)};
                               });
    m_states.decorate(out, readerId);
    m_files.decorate(out);
    return out;
}

MessageStore::Sent MessageStore::sentBy(qint64 senderId, const QString &sender, qint64 after, int limit)
{
    Sent out;
    QSqlQuery q(connection());
    q.prepare(u"SELECT id, room, recipient, text, ts, action, %1, %2 FROM messages WHERE sender = ? AND id > ? "
              "AND deleted = 0 ORDER BY id LIMIT ?"_s.arg(MentionsColumn, StateColumns));
    q.addBindValue(sender);
    q.addBindValue(after);
    q.addBindValue(limit + 1); // one more than asked tells whether more remain
    m_readFailed = !q.exec();
    if (m_readFailed) {
        m_lastError = q.lastError().text();
        return out;
    }
    for (int rows = 0; q.next(); ++rows) {
        if (rows == limit) {
            out.more = true;
            break;
        }
        const qint64 id = q.value(0).toLongLong();
        const qint64 ts = q.value(4).toLongLong();
        const bool action = q.value(5).toInt() != 0;
        if (q.value(1).isNull())
            out.direct.append(Msg::PrivateMessage{id, sender, q.value(2).toString(), q.value(3).toString(), ts, action,
                                                  stateOf(q, 7)});
        else
            out.rooms.append(Msg::ChatMessage{id, q.value(1).toString(), sender, q.value(3).toString(), ts, action,
                                              mentionNames(q.value(6)), stateOf(q, 7)});
    }
    m_states.decorate(out.rooms, senderId);
    m_states.decorate(out.direct, senderId);
    m_files.decorate(out.rooms);
    m_files.decorate(out.direct);
    return out;
}

QList<Msg::PrivateMessage> MessageStore::directHistory(const QString &userKey, const QString &peerKey,
                                                       std::optional<qint64> before, std::optional<qint64> after,
                                                       int limit, bool *more, qint64 readerId)
{
    QList<Msg::PrivateMessage> out = page<Msg::PrivateMessage>(
        u"id, sender, recipient, text, ts, action, "_s + StateColumns, Conversation::with(peerKey),
        directKey(userKey, peerKey), before, after, limit, more, [](const QSqlQuery &q) {
            return Msg::PrivateMessage{
                q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(), q.value(3).toString(),
                q.value(4).toLongLong(), q.value(5).toInt() != 0, stateOf(q, 6)};
        });
    m_states.decorate(out, readerId);
    m_files.decorate(out);
    return out;
}

std::optional<QList<Msg::ConversationInfo>> MessageStore::conversations(qint64 userId, const QString &userName)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT c.peer, c.last_id, c.last_ts, COALESCE(r.last_read, 0) FROM conversations c "
              "LEFT JOIN read_markers r ON r.user_id = c.user_id AND r.target = '@' || c.peer_key "
              "WHERE c.user_id = ? ORDER BY c.last_id DESC LIMIT ?"_s);
    q.addBindValue(userId);
    q.addBindValue(Protocol::MaxConversationEntries);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    QList<Msg::ConversationInfo> out;
    while (q.next())
        out.append(
            {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), 0});
    const QString userKey = Names::canonical(userName);
    for (Msg::ConversationInfo &c : out) {
        if (c.lastId > c.lastRead) // most are read: only the others are counted
            c.unread = unreadCount(userKey, userName, Conversation::with(Names::canonical(c.with)), c.lastRead);
    }
    return out;
}

std::optional<QString> MessageStore::conversationPeer(qint64 userId, const QString &peerKey)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT peer FROM conversations WHERE user_id = ? AND peer_key = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(peerKey);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

qint64 MessageStore::readPosition(qint64 userId, const Conversation &c)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT last_read FROM read_markers WHERE user_id = ? AND target = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(target(c));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<qint64> MessageStore::markRead(qint64 userId, const QString &userKey, const Conversation &c, qint64 id)
{
    QSqlQuery q(connection());
    // Never past the newest message: a position ahead of it would hide the messages still to come.
    q.prepare(
        u"INSERT INTO read_markers (user_id, target, last_read) VALUES (?, ?, %1(CAST(? AS BIGINT), (SELECT "
        "COALESCE(MAX(id), 0) FROM messages WHERE %2))) ON CONFLICT (user_id, target) DO UPDATE SET "
        "last_read = %3(read_markers.last_read, excluded.last_read)"_s.arg(m_db.least(), whereOf(c), m_db.greatest()));
    q.addBindValue(userId);
    q.addBindValue(target(c));
    q.addBindValue(id);
    q.addBindValue(c.isRoom() ? c.room : directKey(userKey, c.peerKey));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return readPosition(userId, c);
}

qint64 MessageStore::unreadCount(const QString &userKey, const QString &userName, const Conversation &c, qint64 after)
{
    QSqlQuery q(connection());
    q.prepare(
        u"SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE %1 AND id > ? AND sender <> ? LIMIT ?) AS unread"_s.arg(
            whereOf(c)));
    q.addBindValue(c.isRoom() ? c.room : directKey(userKey, c.peerKey));
    q.addBindValue(after);
    q.addBindValue(userName);
    q.addBindValue(Protocol::MaxUnreadCount);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

MessageStore::Mentioned MessageStore::mentionedIn(const QString &room, const QString &text, qint64 authorId)
{
    Mentioned out;
    const QStringList names = Names::mentionsIn(text);
    if (names.isEmpty())
        return out;
    auto members = membersNamed(room, names);
    std::sort(members.begin(), members.end(), [&](const auto &a, const auto &b) { // in the text's order
        return names.indexOf(Names::canonical(a.second)) < names.indexOf(Names::canonical(b.second));
    });
    for (const auto &[id, name] : std::as_const(members)) {
        if (id != authorId) {
            out.ids << id;
            out.names << name;
        }
    }
    return out;
}

QList<std::pair<qint64, QString>> MessageStore::membersNamed(const QString &room, const QStringList &names)
{
    QList<std::pair<qint64, QString>> out;
    if (names.isEmpty())
        return out;
    const QStringList marks(names.size(), u"?"_s);
    QSqlQuery q(connection());
    q.prepare(u"SELECT u.id, u.name FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.room = ? AND "
              "u.name_key IN (%1)"_s.arg(marks.join(u',')));
    q.addBindValue(room);
    for (const QString &name : names)
        q.addBindValue(name);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

qint64 MessageStore::unreadMentions(qint64 userId, const QString &room, qint64 after)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM mentions WHERE user_id = ? AND room = ? AND message_id > ? "
              "LIMIT ?) AS unread"_s);
    q.addBindValue(userId);
    q.addBindValue(room);
    q.addBindValue(after);
    q.addBindValue(Protocol::MaxUnreadCount);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<Msg::ChatMessage> MessageStore::mentionsOf(qint64 userId, std::optional<qint64> before, int limit, bool *more)
{
    QList<Msg::ChatMessage> out;
    *more = false;
    QSqlQuery q(connection());
    // Only in the rooms the account is in now: one it left keeps its mentions, unseen.
    q.prepare(u"SELECT messages.id, messages.room, messages.sender, messages.text, messages.ts, messages.action, "
              "messages.edited_ts, messages.deleted, messages.reply_to, "_s +
              MentionsColumn +
              u" FROM mentions y JOIN messages ON messages.id = y.message_id JOIN memberships s ON s.user_id = "
              "y.user_id AND s.room = y.room WHERE y.user_id = ? AND y.message_id < ? ORDER BY y.message_id DESC "
              "LIMIT ?"_s);
    q.addBindValue(userId);
    q.addBindValue(before.value_or(Protocol::MaxId));
    q.addBindValue(limit + 1);
    m_readFailed = !q.exec();
    if (m_readFailed) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        if (out.size() == limit) {
            *more = true;
            break;
        }
        out.append(Msg::ChatMessage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toInt() != 0,
                                    mentionNames(q.value(9)), stateOf(q, 6)});
    }
    m_states.decorate(out, userId);
    m_files.decorate(out);
    return out;
}
