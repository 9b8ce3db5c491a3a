#include "roomstore.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

using namespace Qt::Literals::StringLiterals;

QSqlDatabase RoomStore::connection() const
{
    return m_db.connection();
}

std::optional<RoomRecord> RoomStore::find(const QString &room)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT COALESCE(r.owner_id, 0), r.private, r.topic, COALESCE(r.topic_by, ''), "
              "COALESCE(r.topic_ts, 0), COALESCE(u.name, ''), r.removed_ms IS NOT NULL FROM rooms r "
              "LEFT JOIN users u ON u.id = r.owner_id WHERE r.name = ?"_s);
    q.addBindValue(room);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return RoomRecord{room,
                      q.value(0).toLongLong(),
                      q.value(1).toInt() != 0,
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toLongLong(),
                      q.value(5).toString(),
                      q.value(6).toBool()};
}

std::optional<bool> RoomStore::create(const QString &room, qint64 ownerId, bool isPrivate)
{
    QSqlQuery q(connection());
    q.prepare(u"INSERT INTO rooms (name, owner_id, private, topic, created_ms) VALUES (?, ?, ?, '', ?) ON CONFLICT "
              "DO NOTHING"_s);
    q.addBindValue(room);
    q.addBindValue(ownerId > 0 ? QVariant(ownerId) : QVariant());
    q.addBindValue(isPrivate ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.numRowsAffected() == 1;
}

namespace {

// What belongs to a room besides its messages, and the column naming it (read_markers: "#room").
const QList<std::pair<QString, QString>> RoomRows{{u"memberships"_s, u"room"_s},
                                                  {u"room_invites"_s, u"room"_s},
                                                  {u"mentions"_s, u"room"_s},
                                                  {u"read_markers"_s, u"target"_s}};

bool deleteRoomRows(QSqlQuery &q, const QString &room)
{
    for (const auto &[table, column] : RoomRows) {
        q.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, column));
        q.addBindValue(column == "target"_L1 ? u'#' + room : room);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace

std::optional<bool> RoomStore::beginRemoval(const QString &room)
{
    QSqlDatabase db = connection();
    if (!m_db.begin(db)) {
        m_lastError = m_db.lastError();
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE rooms SET removed_ms = ? WHERE name = ? AND removed_ms IS NULL"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(room);
    bool ok = q.exec();
    const bool found = ok && q.numRowsAffected() == 1;
    if (ok && found)
        ok = deleteRoomRows(q, room);
    if (!ok || !m_db.commit(db)) {
        m_lastError = ok ? m_db.lastError() : q.lastError().text();
        m_db.rollback(db);
        return std::nullopt;
    }
    return found;
}

std::optional<bool> RoomStore::finishRemoval(const QString &room)
{
    QSqlDatabase db = connection();
    if (!m_db.begin(db)) {
        m_lastError = m_db.lastError();
        return std::nullopt;
    }
    QSqlQuery q(db);
    bool ok = deleteRoomRows(q, room);
    if (ok) {
        q.prepare(u"DELETE FROM rooms WHERE name = ? AND removed_ms IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                  "messages WHERE room = ?)"_s);
        q.addBindValue(room);
        q.addBindValue(room);
        ok = q.exec();
    }
    const bool gone = ok && q.numRowsAffected() == 1;
    if (!ok || !m_db.commit(db)) {
        m_lastError = ok ? m_db.lastError() : q.lastError().text();
        m_db.rollback(db);
        return std::nullopt;
    }
    if (gone)
        return true;
    const std::optional<RoomRecord> left = find(room); // gone already (another node finished it), or not
    return !left.has_value();
}

std::optional<QList<RoomStore::Overview>> RoomStore::overview()
{
    QSqlQuery q(connection());
    if (!q.exec(
            u"SELECT r.name, COUNT(m.user_id), r.private, r.removed_ms IS NOT NULL FROM rooms r "
            "LEFT JOIN memberships m ON m.room = r.name GROUP BY r.name, r.private, r.removed_ms ORDER BY r.name"_s)) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    QList<Overview> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() != 0, q.value(3).toBool()});
    return out;
}

std::optional<RoomRecord> RoomStore::findOrCreate(const QString &room, qint64 ownerId, bool isPrivate)
{
    if (!create(room, ownerId, isPrivate))
        return std::nullopt;
    return find(room);
}

bool RoomStore::setTopic(const QString &room, const QString &text, const QString &by, qint64 ts)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE rooms SET topic = ?, topic_by = ?, topic_ts = ? WHERE name = ?"_s);
    q.addBindValue(text.isNull() ? u""_s : text);
    q.addBindValue(by);
    q.addBindValue(ts);
    q.addBindValue(room);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<bool> RoomStore::invite(const QString &room, qint64 userId, const QString &by, qint64 ts)
{
    QSqlQuery q(connection());
    q.prepare(u"INSERT INTO room_invites (room, user_id, invited_by, ts) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
    q.addBindValue(room);
    q.addBindValue(userId);
    q.addBindValue(by);
    q.addBindValue(ts);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.numRowsAffected() == 1;
}

bool RoomStore::isMember(const QString &room, qint64 userId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT 1 FROM memberships WHERE room = ? AND user_id = ?"_s);
    q.addBindValue(room);
    q.addBindValue(userId);
    return q.exec() && q.next();
}

bool RoomStore::isInvited(const QString &room, qint64 userId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT 1 FROM room_invites WHERE room = ? AND user_id = ?"_s);
    q.addBindValue(room);
    q.addBindValue(userId);
    return q.exec() && q.next();
}

bool RoomStore::dropInvite(const QString &room, qint64 userId)
{
    QSqlQuery q(connection());
    q.prepare(u"DELETE FROM room_invites WHERE room = ? AND user_id = ?"_s);
    q.addBindValue(room);
    q.addBindValue(userId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<qint64> RoomStore::newestNumber(const QString &room)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT seq FROM room_counters WHERE room = ?"_s);
    q.addBindValue(room);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QList<RoomStore::Numbered>> RoomStore::numbered(const QString &room, qint64 after,
                                                              std::optional<qint64> upTo, int limit)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT seq, id FROM messages WHERE room = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(room);
    q.addBindValue(after);
    q.addBindValue(upTo.value_or(std::numeric_limits<qint64>::max()));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    QList<Numbered> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}
