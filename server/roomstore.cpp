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
              "COALESCE(r.topic_ts, 0), COALESCE(u.name, '') FROM rooms r LEFT JOIN users u ON u.id = r.owner_id "
              "WHERE r.name = ?"_s);
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
                      q.value(5).toString()};
}

std::optional<RoomRecord> RoomStore::findOrCreate(const QString &room, qint64 ownerId, bool isPrivate)
{
    QSqlQuery q(connection());
    q.prepare(u"INSERT INTO rooms (name, owner_id, private, topic, created_ms) VALUES (?, ?, ?, '', ?) "
              "ON CONFLICT DO NOTHING"_s);
    q.addBindValue(room);
    q.addBindValue(ownerId > 0 ? QVariant(ownerId) : QVariant());
    q.addBindValue(isPrivate ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
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
