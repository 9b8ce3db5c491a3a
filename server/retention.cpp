#include "retention.h"

#include "database.h"
#include "serverstats.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRetention, "chat.server.retention")

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

// The tables that name a message by its id, cleared with it (the search index follows the messages table by
// itself: a trigger in SQLite, a generated column in PostgreSQL; the files' bytes go with the next collection
// once no attachment refers to them).
const QStringList Dependents{u"reactions"_s, u"mentions"_s, u"attachments"_s, u"download_keys"_s};

} // namespace

Retention::Retention(Database &db, ServerStats &stats, int defaultDays, QObject *parent)
    : QObject(parent), m_db(db), m_stats(stats), m_defaultDays(defaultDays)
{
    m_interval.setInterval(FirstSweep);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        m_interval.setInterval(SweepInterval);
        sweep();
    });
    m_interval.start();
    m_batch.setInterval(0);
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, &Retention::nextBatch);
}

bool Retention::setRoomDays(const QString &room, std::optional<int> days)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE rooms SET retention_days = ? WHERE name = ?"_s);
    q.addBindValue(days ? QVariant(*days) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(room);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        m_lastError = u"There is no room named %1."_s.arg(room);
        return false;
    }
    return true;
}

void Retention::sweep()
{
    if (isSweeping())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT name, retention_days FROM rooms"_s)) {
        m_lastError = q.lastError().text();
        qCWarning(lcRetention).noquote() << "cannot read the rooms' retention:" << m_lastError;
        ++m_stats.storageErrors;
        emit sweepFinished(false, 0);
        return;
    }
    while (q.next()) {
        const int days = q.value(1).isNull() ? m_defaultDays : q.value(1).toInt();
        if (days > 0)
            m_todo.append(Target{q.value(0).toString(), now - days * DayMs});
    }
    if (m_defaultDays > 0)
        m_todo.append(Target{std::nullopt, now - m_defaultDays * DayMs});
    m_deleted = 0;
    m_failed = false;
    if (m_todo.isEmpty())
        emit sweepFinished(true, 0);
    else
        m_batch.start();
}

void Retention::nextBatch()
{
    if (m_todo.isEmpty())
        return;
    const std::optional<int> deleted = deleteBatch(m_todo.constFirst());
    if (!deleted) {
        ++m_stats.storageErrors;
        qCWarning(lcRetention).noquote() << "a retention sweep stopped, to go on at the next:" << m_lastError;
        m_todo.clear();
        m_failed = true;
    } else {
        m_deleted += *deleted;
        if (*deleted < BatchSize)
            m_todo.removeFirst(); // that room is done
    }
    if (!m_todo.isEmpty()) {
        m_batch.start(); // the next batch after whatever else waits on the event loop
        return;
    }
    if (m_deleted > 0)
        qCInfo(lcRetention) << "deleted" << m_deleted << "messages past their retention";
    m_stats.messagesExpired += m_deleted;
    emit sweepFinished(!m_failed, m_deleted);
}

std::optional<int> Retention::deleteBatch(const Target &target)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery select(db);
    // The oldest first, by the index on (room, id): the walk stops at the first message young enough, so a
    // room with nothing to delete costs one row, not a scan for old times (ts is in no index).
    // Direct messages by their own index on the time (schema 14).
    select.prepare(target.room
                       ? u"SELECT id, ts FROM messages WHERE room = ? ORDER BY id LIMIT ?"_s
                       : u"SELECT id, ts FROM messages WHERE dm_key IS NOT NULL AND ts < ? ORDER BY ts LIMIT ?"_s);
    if (target.room)
        select.addBindValue(*target.room);
    else
        select.addBindValue(target.cutoffMs);
    select.addBindValue(BatchSize);
    if (!select.exec()) {
        m_lastError = select.lastError().text();
        return std::nullopt;
    }
    QStringList ids;
    bool reachedYoung = false;
    while (select.next()) {
        if (select.value(1).toLongLong() >= target.cutoffMs) {
            reachedYoung = true; // ids grow with time within a room
            break;
        }
        ids.append(QString::number(select.value(0).toLongLong())); // numbers from the database: safe in SQL
    }
    select.finish();
    if (ids.isEmpty())
        return 0;
    const QString list = ids.join(u',');
    if (!m_db.begin(db)) {
        m_lastError = m_db.lastError();
        return std::nullopt;
    }
    QSqlQuery q(db);
    for (const QString &table : Dependents) {
        if (!q.exec(u"DELETE FROM %1 WHERE message_id IN (%2)"_s.arg(table, list))) {
            m_lastError = q.lastError().text();
            m_db.rollback(db);
            return std::nullopt;
        }
    }
    if (!q.exec(u"DELETE FROM messages WHERE id IN (%1)"_s.arg(list))) {
        m_lastError = q.lastError().text();
        m_db.rollback(db);
        return std::nullopt;
    }
    const int deleted = q.numRowsAffected(); // another node may have taken some first
    if (!m_db.commit(db)) {
        m_lastError = m_db.lastError();
        m_db.rollback(db);
        return std::nullopt;
    }
    // A batch that stopped at a young message finished its room; a full one may have more behind it.
    return reachedYoung ? std::min(deleted, BatchSize - 1) : deleted;
}
