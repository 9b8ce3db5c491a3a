#include "downloadkeystore.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

// What the database keeps of a key: anyone who reads it (a backup, a replica) cannot fetch files with it.
QString hashOf(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QSqlDatabase DownloadKeyStore::connection() const
{
    return m_db.connection();
}

bool DownloadKeyStore::add(const DownloadKey &key, int keep)
{
    QSqlQuery insert(connection());
    insert.prepare(u"INSERT INTO download_keys (key_hash, user_id, message_id, thumbnail, expires_ms) "
                   "VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(hashOf(key.id)), QVariant(key.userId), QVariant(key.message),
                              QVariant(key.thumbnail ? 1 : 0), QVariant(key.expiresMs)})
        insert.addBindValue(v);
    if (!insert.exec()) {
        m_lastError = insert.lastError().text();
        return false;
    }
    // The oldest make way (a transfer under way goes on: it holds its key).
    QSqlQuery trim(connection());
    trim.prepare(u"DELETE FROM download_keys WHERE user_id = ? AND key_hash NOT IN (SELECT key_hash FROM "
                 "download_keys WHERE user_id = ? ORDER BY expires_ms DESC, key_hash LIMIT ?)"_s);
    trim.addBindValue(key.userId);
    trim.addBindValue(key.userId);
    trim.addBindValue(keep);
    if (!trim.exec())
        m_lastError = trim.lastError().text(); // the key works; the next one trims again
    return true;
}

std::optional<DownloadKey> DownloadKeyStore::find(const QString &id, qint64 nowMs)
{
    m_lookupFailed = false;
    QSqlQuery q(connection());
    q.prepare(u"SELECT k.user_id, u.name_key, k.message_id, k.thumbnail, k.expires_ms FROM download_keys k "
              "JOIN users u ON u.id = k.user_id WHERE k.key_hash = ? AND k.expires_ms > ?"_s);
    q.addBindValue(hashOf(id));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        m_lookupFailed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return DownloadKey{id,
                       q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toLongLong(),
                       q.value(3).toInt() != 0,
                       q.value(4).toLongLong()};
}

void DownloadKeyStore::removeExpired(qint64 nowMs)
{
    QSqlQuery q(connection());
    q.prepare(u"DELETE FROM download_keys WHERE expires_ms <= ?"_s);
    q.addBindValue(nowMs);
    if (!q.exec())
        m_lastError = q.lastError().text();
}
