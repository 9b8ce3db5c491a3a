#include "retention.h"

#include "accountremoval.h"
#include "database.h"
#include "roomstore.h"
#include "serverstats.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRetention, "chat.server.retention")

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

// The tables that name a message by its id, cleared with it (the search index follows the messages table by
// itself: a trigger in SQLite, a generated column in PostgreSQL; the files' bytes go with the next collection
// once no attachment refers to them).
const QStringList Dependents{u"reactions"_s, u"mentions"_s, u"attachments"_s, u"download_keys"_s};

} // namespace

Retention::Retention(Database &db, RoomStore &rooms, ServerStats &stats, int defaultDays, QObject *parent)
    : QObject(parent), m_db(db), m_rooms(rooms), m_stats(stats), m_defaultDays(defaultDays)
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
    q.prepare(u"UPDATE rooms SET retention_days = ? WHERE name = ? AND removed_ms IS NULL"_s);
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
    if (!q.exec(u"SELECT name, retention_days, removed_ms IS NOT NULL FROM rooms"_s)) {
        m_lastError = q.lastError().text();
        qCWarning(lcRetention).noquote() << "cannot read the rooms' retention:" << m_lastError;
        ++m_stats.storageErrors;
        emit sweepFinished(false, 0);
        return;
    }
    QList<Target> targets;
    while (q.next()) {
        const QString room = q.value(0).toString();
        const bool removing = q.value(2).toBool();
        const bool purging = std::any_of(m_todo.cbegin(), m_todo.cend(),
                                         [&](const Target &t) { return t.kind == Kind::Room && t.key == room; });
        const int days = q.value(1).isNull() ? m_defaultDays : q.value(1).toInt();
        if (removing && !purging) // a removal a restart (or a failure) interrupted
            targets.append(Target{Kind::Room, room, std::numeric_limits<qint64>::max(), true});
        else if (days > 0 && !removing)
            targets.append(Target{Kind::Room, room, now - days * DayMs});
    }
    if (m_defaultDays > 0)
        targets.append(Target{Kind::Direct, QString(), now - m_defaultDays * DayMs});
    // The messages of accounts deleted with them, where a restart or a failure stopped that.
    QSqlQuery pending(m_db.connection());
    if (pending.exec(u"SELECT name FROM users WHERE purge_messages = 1 AND deleted_ms IS NOT NULL"_s)) {
        while (pending.next()) {
            const QString name = pending.value(0).toString();
            if (std::none_of(m_todo.cbegin(), m_todo.cend(),
                             [&](const Target &t) { return t.kind == Kind::Sender && t.key == name; }))
                targets.append(Target{Kind::Sender, name, std::numeric_limits<qint64>::max()});
        }
    }
    m_sweepDeleted = 0;
    m_sweepFailed = false;
    m_sweepTargets = int(targets.size());
    if (targets.isEmpty()) {
        emit sweepFinished(true, 0);
        return;
    }
    m_todo += targets;
    m_batch.start();
}

void Retention::purgeRoom(const QString &room, Done done)
{
    m_todo.append(Target{Kind::Room, room, std::numeric_limits<qint64>::max(), true, std::move(done)});
    m_batch.start();
}

void Retention::purgeSender(const QString &name, Done done)
{
    m_todo.append(Target{Kind::Sender, name, std::numeric_limits<qint64>::max(), false, std::move(done)});
    m_batch.start();
}

void Retention::nextBatch()
{
    if (m_todo.isEmpty())
        return;
    bool more = false;
    const std::optional<int> deleted = deleteBatch(m_todo.constFirst(), &more);
    if (deleted)
        m_todo.first().deleted += *deleted;
    if (!deleted || !more) // done with it, or the database failed
        finished(m_todo.takeFirst(), deleted.has_value());
    if (!m_todo.isEmpty())
        m_batch.start(); // the next batch after whatever else waits on the event loop
}

void Retention::finished(Target target, bool ok)
{
    if (ok && target.removeRoom) {
        const std::optional<bool> gone = m_rooms.finishRemoval(target.key);
        if (gone && !*gone) {
            // Another node stored messages there before it heard of the removal: those go too.
            m_todo.append(std::move(target));
            return;
        }
        if (!gone) {
            m_lastError = m_rooms.lastError();
            ok = false;
        }
    }
    if (ok && target.kind == Kind::Sender)
        ok = AccountRemoval::purged(m_db, target.key, &m_lastError);
    if (!ok) {
        ++m_stats.storageErrors;
        qCWarning(lcRetention).noquote() << "deleting messages stopped, to go on later:" << m_lastError;
    }
    if (target.removeRoom && ok)
        qCInfo(lcRetention).noquote() << "removed the room" << target.key << "and its" << target.deleted << "messages";
    else if (target.kind == Kind::Sender && ok)
        qCInfo(lcRetention).noquote() << "deleted the" << target.deleted << "messages of a deleted account";
    if (!target.removeRoom && target.kind != Kind::Sender) // removed, not expired
        m_stats.messagesExpired += target.deleted;
    if (target.done) {
        target.done(ok, target.deleted); // may queue more: the target is out of the list already
        return;
    }
    m_sweepDeleted += target.deleted;
    m_sweepFailed = m_sweepFailed || !ok;
    if (--m_sweepTargets > 0)
        return;
    if (m_sweepDeleted > 0)
        qCInfo(lcRetention) << "deleted" << m_sweepDeleted << "messages past their retention";
    emit sweepFinished(!m_sweepFailed, m_sweepDeleted);
}

std::optional<int> Retention::deleteBatch(const Target &target, bool *more)
{
    *more = false;
    QSqlDatabase db = m_db.connection();
    QSqlQuery select(db);
    // The oldest first, by the index on (room, id): the walk stops at the first message young enough, so a
    // room with nothing to delete costs one row, not a scan for old times (ts is in no index).
    // Direct messages by their own index on the time (schema 14), a sender's by (sender, id) (schema 15).
    switch (target.kind) {
    case Kind::Room:
        select.prepare(u"SELECT id, ts FROM messages WHERE room = ? ORDER BY id LIMIT ?"_s);
        select.addBindValue(target.key);
        break;
    case Kind::Direct:
        select.prepare(u"SELECT id, ts FROM messages WHERE dm_key IS NOT NULL AND ts < ? ORDER BY ts LIMIT ?"_s);
        select.addBindValue(target.cutoffMs);
        break;
    case Kind::Sender:
        select.prepare(u"SELECT id, ts FROM messages WHERE sender = ? ORDER BY id LIMIT ?"_s);
        select.addBindValue(target.key);
        break;
    }
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
    // SQLite gives a new row the highest id there plus one: deleting the newest message would hand its id out
    // again, and a client that pages on from it (history after, export after) would never see the new one.
    // The newest stays, as a row of nobody's anywhere, so ids only grow. (PostgreSQL's sequence never goes back.)
    QString keep;
    if (m_db.isEmbedded()) {
        QSqlQuery newest(db);
        if (newest.exec(u"SELECT MAX(id) FROM messages"_s) && newest.next())
            keep = QString::number(newest.value(0).toLongLong());
        if (!ids.contains(keep))
            keep.clear();
    }
    const QString list = ids.join(u',');
    QStringList gone = ids;
    gone.removeAll(keep);
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
    if (!gone.isEmpty() && !q.exec(u"DELETE FROM messages WHERE id IN (%1)"_s.arg(gone.join(u',')))) {
        m_lastError = q.lastError().text();
        m_db.rollback(db);
        return std::nullopt;
    }
    int deleted = gone.isEmpty() ? 0 : q.numRowsAffected(); // another node may have taken some first
    if (!keep.isEmpty()) {
        if (!q.exec(u"UPDATE messages SET room = NULL, dm_key = NULL, recipient = NULL, sender = '', text = '', "
                    "deleted = 1, seq = NULL, reply_to = NULL WHERE id = %1"_s.arg(keep))) {
            m_lastError = q.lastError().text();
            m_db.rollback(db);
            return std::nullopt;
        }
        ++deleted;
    }
    if (!m_db.commit(db)) {
        m_lastError = m_db.lastError();
        m_db.rollback(db);
        return std::nullopt;
    }
    // A batch that stopped at a young message finished its room; a full one may have more behind it.
    *more = !reachedYoung && ids.size() == BatchSize;
    return deleted;
}
