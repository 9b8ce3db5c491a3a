#include "database.h"

#include "databasebackend.h"

#include "names.h"
#include "protocol.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "chat.server.db")

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// "" rather than a null QString, which Qt binds as NULL: the unnamed device is a name like the others.
QString deviceName(const QString &device)
{
    return device.isNull() ? u""_s : device;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::open(const DatabaseLocation &where, QString *error)
{
    close();
    m_location = where;
    m_backend = DatabaseBackend::make(where);
    if (where.kind == DatabaseLocation::Kind::SQLite && !QDir().mkpath(QFileInfo(where.file).path())) {
        *error = u"Cannot create the data directory %1."_s.arg(QFileInfo(where.file).path());
        return false;
    }
    if (!m_backend->checkBeforeOpening(error))
        return false;
    m_connectionName = u"chatroom-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_backend->open(m_connectionName, QString(), error))
        return false;
    QSqlDatabase db = connection();
    return m_backend->prepare(db, error);
}

QString Database::greatest() const
{
    return m_backend->greatest();
}

QString Database::least() const
{
    return m_backend->least();
}

QString Database::openThreadConnection(const DatabaseLocation &where, const QString &sqliteOptions, QString *error)
{
    const QString name = u"chatroom-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (DatabaseBackend::make(where)->open(name, sqliteOptions, error))
        return name;
    QSqlDatabase::removeDatabase(name);
    return QString();
}

bool Database::reopenIfBroken(const DatabaseLocation &where, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid() || (db.isOpen() && !DatabaseBackend::make(where)->isBroken(db)))
        return false;
    db.close();
    return db.open();
}

void Database::closeThreadConnection(const QString &name)
{
    if (name.isEmpty())
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

bool Database::setAutoCheckpoint(bool on)
{
    QSqlQuery q(connection());
    if (q.exec(on ? u"PRAGMA wal_autocheckpoint=1000"_s : u"PRAGMA wal_autocheckpoint=0"_s))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Never within a transaction: its statements before the break are gone with the old connection, and
    // those after it would be committed on their own.
    if (!m_inTransaction && db.isValid() && m_backend && (!db.isOpen() || m_backend->isBroken(db)))
        reconnect(db);
    return db;
}

bool Database::begin(QSqlDatabase &db)
{
    m_inTransaction = db.transaction();
    return m_inTransaction;
}

bool Database::commit(QSqlDatabase &db)
{
    // A connection lost and made again in between would take COMMIT for a statement of its own.
    const bool ok = m_backend->isInTransaction(db) && db.commit();
    m_inTransaction = false;
    return ok;
}

QSqlQuery *Database::prepared(const QString &sql)
{
    return m_prepared.get(connection(), sql, &m_lastError);
}

void Database::rollback(QSqlDatabase &db)
{
    db.rollback();
    m_inTransaction = false;
}

void Database::reconnect(QSqlDatabase &db) const
{
    if (m_lastTry.isValid() && !m_lastTry.hasExpired(m_retryMs))
        return;
    if (m_retryMs == 0)
        qCWarning(lcDb).noquote() << "lost the connection to" << m_location.describe() << "; connecting again";
    m_prepared.clear();
    db.close();
    if (db.open()) {
        qCInfo(lcDb).noquote() << "the connection to" << m_location.describe() << "is back";
        m_retryMs = 0;
        m_lastTry.invalidate();
        return;
    }
    if (m_retryMs == 0)
        qCWarning(lcDb).noquote() << "cannot connect to" << m_location.describe() << ":"
                                  << db.lastError().text().trimmed() << "(trying again, at least every"
                                  << MaxRetryMs / 1000 << "s)";
    m_retryMs = std::clamp(m_retryMs * 2, FirstRetryMs, MaxRetryMs);
    m_lastTry.start();
}

void Database::close()
{
    m_prepared.clear();
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

std::optional<UserRecord> Database::findUser(const QString &name)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT id, name, password_hash FROM users WHERE name_key = ? AND deleted_ms IS NULL"_s);
    q.addBindValue(Names::canonical(name));
    m_lookupFailed = !q.exec();
    if (m_lookupFailed || !q.next()) {
        if (m_lookupFailed)
            m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return UserRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray()};
}

std::optional<bool> Database::nameTaken(const QString &name)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT 1 FROM users WHERE name_key = ?"_s);
    q.addBindValue(Names::canonical(name));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.next();
}

std::optional<qint64> Database::createUser(const QString &name, const QByteArray &passwordHash)
{
    QSqlQuery q(connection());
    q.prepare(u"INSERT INTO users (name, name_key, password_hash, created_ms) VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(name);
    q.addBindValue(Names::canonical(name));
    q.addBindValue(passwordHash);
    q.addBindValue(nowMs());
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool Database::updatePasswordHash(qint64 userId, const QByteArray &passwordHash)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE users SET password_hash = ? WHERE id = ? AND deleted_ms IS NULL"_s); // never revives one
    q.addBindValue(passwordHash);
    q.addBindValue(userId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::resetPassword(qint64 userId, const QByteArray &passwordHash)
{
    QSqlDatabase db = connection();
    QSqlQuery tokens(db);
    const bool ok = begin(db) && updatePasswordHash(userId, passwordHash) &&
                    tokens.prepare(u"DELETE FROM resume_tokens WHERE user_id = ?"_s);
    tokens.addBindValue(userId);
    if (!ok || !tokens.exec() || !commit(db)) {
        if (tokens.lastError().isValid())
            m_lastError = tokens.lastError().text();
        rollback(db);
        return false;
    }
    return true;
}

bool Database::replaceResumeTokens(qint64 userId, const QString &device, const QByteArray &tokenHash, qint64 expiresMs)
{
    QSqlDatabase db = connection();
    if (!begin(db)) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM resume_tokens WHERE user_id = ? AND device_key = ?"_s);
    del.addBindValue(userId);
    del.addBindValue(Names::deviceKey(device));
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO resume_tokens (token_hash, user_id, rooms, expires_ms, device, device_key, last_seen_ms) "
              "VALUES (?, ?, '', ?, ?, ?, ?)"_s);
    q.addBindValue(tokenHash);
    q.addBindValue(userId);
    q.addBindValue(expiresMs);
    q.addBindValue(deviceName(device));
    q.addBindValue(Names::deviceKey(device));
    q.addBindValue(nowMs());
    if (!del.exec() || !q.exec() || !commit(db)) {
        m_lastError = del.lastError().isValid() ? del.lastError().text() : q.lastError().text();
        if (m_lastError.isEmpty())
            m_lastError = db.lastError().text();
        rollback(db);
        return false;
    }
    // Expired tokens are of no use to anyone; clear them while we are here.
    QSqlQuery purge(db);
    purge.prepare(u"DELETE FROM resume_tokens WHERE expires_ms < ?"_s);
    purge.addBindValue(nowMs());
    purge.exec();
    return true;
}

std::optional<std::pair<UserRecord, QString>> Database::findResumeToken(const QByteArray &tokenHash, qint64 now)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT u.id, u.name, u.password_hash, t.device FROM resume_tokens t JOIN users u ON u.id = t.user_id "
              "WHERE t.token_hash = ? AND t.expires_ms >= ? AND u.deleted_ms IS NULL"_s);
    q.addBindValue(tokenHash);
    q.addBindValue(now);
    m_lookupFailed = !q.exec();
    if (m_lookupFailed) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    UserRecord user{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray()};
    return std::pair{user, q.value(3).toString()};
}

QList<Database::ResumableDevice> Database::resumableDevices(qint64 userId, qint64 now)
{
    QSqlQuery q(connection());
    // Each device by the token it used last.
    q.prepare(u"SELECT device, last_seen_ms FROM (SELECT device, last_seen_ms, ROW_NUMBER() OVER (PARTITION BY "
              "device_key ORDER BY last_seen_ms DESC) AS n FROM resume_tokens WHERE user_id = ? AND expires_ms >= ?) "
              "AS d WHERE n = 1 ORDER BY last_seen_ms DESC LIMIT ?"_s);
    q.addBindValue(userId);
    q.addBindValue(now);
    q.addBindValue(Protocol::MaxSessionListEntries);
    QList<ResumableDevice> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

std::optional<bool> Database::revokeDeviceTokens(qint64 userId, const QString &device)
{
    QSqlQuery q(connection());
    q.prepare(u"DELETE FROM resume_tokens WHERE user_id = ? AND device_key = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(Names::deviceKey(device));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.numRowsAffected() > 0;
}

bool Database::endOnlineTokens(qint64 expiresMs)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE resume_tokens SET expires_ms = ? WHERE expires_ms = ?"_s);
    q.addBindValue(expiresMs);
    q.addBindValue(WhileOnline);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::revokeResumeToken(const QByteArray &tokenHash)
{
    QSqlQuery q(connection());
    q.prepare(u"DELETE FROM resume_tokens WHERE token_hash = ?"_s);
    q.addBindValue(tokenHash);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool Database::extendResumeToken(const QByteArray &tokenHash, qint64 expiresMs)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE resume_tokens SET expires_ms = ?, last_seen_ms = ? WHERE token_hash = ?"_s);
    q.addBindValue(expiresMs);
    q.addBindValue(nowMs());
    q.addBindValue(tokenHash);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<QStringList> Database::roomsOf(qint64 userId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT room FROM memberships WHERE user_id = ? ORDER BY id"_s);
    q.addBindValue(userId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcDb) << "cannot read the rooms of account" << userId << ":" << m_lastError;
        return std::nullopt;
    }
    QStringList rooms;
    while (q.next())
        rooms << q.value(0).toString();
    return rooms;
}

bool Database::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    m_lastError.clear();
    if (!begin(db)) {
        m_lastError = db.lastError().text();
        return false;
    }
    if (!work() || !commit(db)) {
        if (m_lastError.isEmpty())
            m_lastError = db.lastError().text();
        rollback(db);
        return false;
    }
    return true;
}

bool Database::withFilesLock(const std::function<bool()> &work)
{
    constexpr qint64 FilesLock = 0x63686174666c6573; // "chatfles"; any number, the same in every node
    const QStringList lock = m_backend->lockStatements(FilesLock);
    return inTransaction([&] {
        for (const QString &statement : lock) {
            QSqlQuery q(connection());
            if (!q.exec(statement)) {
                m_lastError = q.lastError().text();
                return false;
            }
        }
        return work();
    });
}

bool Database::rememberRoom(qint64 userId, const QString &room)
{
    const bool ok = inTransaction([&] {
        QSqlQuery q(connection());
        q.prepare(u"INSERT INTO memberships (user_id, room) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        q.addBindValue(userId);
        q.addBindValue(room);
        // A room joined starts read: what was said before is history, not news.
        QSqlQuery marker(connection());
        marker.prepare(u"INSERT INTO read_markers (user_id, target, last_read) VALUES (?, ?, "
                       "(SELECT COALESCE(MAX(id), 0) FROM messages WHERE room = ?)) ON CONFLICT DO NOTHING"_s);
        marker.addBindValue(userId);
        marker.addBindValue(QString(u'#' + room));
        marker.addBindValue(room);
        if (q.exec() && marker.exec())
            return true;
        m_lastError = q.lastError().isValid() ? q.lastError().text() : marker.lastError().text();
        return false;
    });
    if (!ok)
        qCWarning(lcDb) << "cannot keep room" << room << "for account" << userId << ":" << m_lastError;
    return ok;
}

bool Database::forgetRoom(qint64 userId, const QString &room)
{
    const bool ok = inTransaction([&] {
        QSqlQuery q(connection());
        q.prepare(u"DELETE FROM memberships WHERE user_id = ? AND room = ?"_s);
        q.addBindValue(userId);
        q.addBindValue(room);
        QSqlQuery marker(connection());
        marker.prepare(u"DELETE FROM read_markers WHERE user_id = ? AND target = ?"_s);
        marker.addBindValue(userId);
        marker.addBindValue(QString(u'#' + room));
        if (q.exec() && marker.exec())
            return true;
        m_lastError = q.lastError().isValid() ? q.lastError().text() : marker.lastError().text();
        return false;
    });
    if (!ok)
        qCWarning(lcDb) << "cannot forget room" << room << "for account" << userId << ":" << m_lastError;
    return ok;
}

QString Database::notifyLevel(qint64 userId, const QString &room)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT notify FROM memberships WHERE user_id = ? AND room = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(room);
    return q.exec() && q.next() ? q.value(0).toString() : u"all"_s;
}

bool Database::setNotifyLevel(qint64 userId, const QString &room, const QString &level)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE memberships SET notify = ? WHERE user_id = ? AND room = ?"_s);
    q.addBindValue(level);
    q.addBindValue(userId);
    q.addBindValue(room);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

qint64 Database::userCount()
{
    QSqlQuery q(connection());
    return q.exec(u"SELECT COUNT(*) FROM users WHERE deleted_ms IS NULL"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 Database::messageCount()
{
    QSqlQuery q(connection());
    return q.exec(u"SELECT COUNT(*) FROM messages WHERE sender <> ''"_s) && q.next() ? q.value(0).toLongLong() : -1;
}
