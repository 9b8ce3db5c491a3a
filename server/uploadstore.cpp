#include "uploadstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

QSqlDatabase UploadStore::connection() const
{
    return m_db.connection();
}

bool UploadStore::add(const UploadRecord &u)
{
    m_lastError.clear();
    QSqlQuery q(connection());
    q.prepare(u"INSERT INTO uploads (id, user_id, target, name, size, sha256, mime, created_ms, stored) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(u.id), QVariant(u.userId), QVariant(u.target), QVariant(u.name), QVariant(u.size),
          QVariant(u.sha256), QVariant(u.mime), QVariant(u.createdMs), QVariant(u.stored ? 1 : 0)})
        q.addBindValue(v);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

std::optional<UploadRecord> UploadStore::find(const QString &id)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT user_id, target, name, size, sha256, mime, created_ms, stored FROM uploads WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid())
            m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return UploadRecord{id,
                        q.value(0).toLongLong(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toLongLong(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        q.value(6).toLongLong(),
                        q.value(7).toInt() != 0};
}

bool UploadStore::markStored(const QString &id)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE uploads SET stored = 1 WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool UploadStore::remove(const QString &id)
{
    QSqlQuery q(connection());
    q.prepare(u"DELETE FROM uploads WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

std::optional<int> UploadStore::unfinishedOf(qint64 userId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT COUNT(*) FROM uploads WHERE user_id = ? AND stored = 0"_s);
    q.addBindValue(userId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    m_lastError = q.lastError().text();
    return std::nullopt;
}

std::optional<qint64> UploadStore::bytesOf(qint64 userId)
{
    QSqlQuery q(connection());
    // Content sent twice counts once: it is stored once. Uploads not shared yet, and shared files (and
    // their thumbnails) until their messages are deleted.
    q.prepare(u"SELECT COALESCE(SUM(size), 0) FROM (SELECT sha256, size FROM uploads WHERE user_id = ? UNION "
              "SELECT sha256, size FROM attachments WHERE user_id = ? UNION SELECT thumb_sha256, thumb_size FROM "
              "attachments WHERE user_id = ? AND thumb_sha256 IS NOT NULL) AS used"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(userId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    m_lastError = q.lastError().text();
    return std::nullopt;
}

std::optional<UploadRecord> UploadStore::like(qint64 userId, const QString &target, const QString &sha256, qint64 size)
{
    QSqlQuery q(connection());
    // A stored one first: it needs nothing sent.
    q.prepare(u"SELECT id FROM uploads WHERE sha256 = ? AND user_id = ? AND target = ? AND size = ? "
              "ORDER BY stored DESC LIMIT 1"_s);
    q.addBindValue(sha256);
    q.addBindValue(userId);
    q.addBindValue(target);
    q.addBindValue(size);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return find(q.value(0).toString());
}

QStringList UploadStore::announcedBefore(qint64 ms)
{
    QStringList ids;
    QSqlQuery q(connection());
    q.prepare(u"SELECT id FROM uploads WHERE created_ms < ?"_s);
    q.addBindValue(ms);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

bool UploadStore::hasStored(qint64 userId, const QString &sha256, qint64 size)
{
    QSqlQuery q(connection());
    // An upload of it stored, or a message's file or thumbnail.
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM uploads WHERE sha256 = ? AND user_id = ? AND size = ? AND stored = 1) "
              "OR EXISTS (SELECT 1 FROM attachments WHERE sha256 = ? AND user_id = ? AND size = ?) OR EXISTS "
              "(SELECT 1 FROM attachments WHERE thumb_sha256 = ? AND user_id = ? AND thumb_size = ?)"_s);
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(sha256);
        q.addBindValue(userId);
        q.addBindValue(size);
    }
    return q.exec() && q.next() && q.value(0).toBool();
}

QString UploadStore::userKeyOf(qint64 userId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT name_key FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<QStringList> UploadStore::unfinished()
{
    QStringList ids;
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT id FROM uploads WHERE stored = 0"_s)) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}
