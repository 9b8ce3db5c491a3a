#include "databasecopy.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Spec
{
    QString table;
    QStringList columns;
    QString conflict; // what a row already there does: nothing, or (room_counters) keep the higher number
    QString identity; // a column whose sequence must go on after the copied ids
};

// In the order their references need; the same columns in both schemas (schema 15).
const QList<Spec> Tables{
    {u"users"_s,
     {u"id"_s, u"name"_s, u"name_key"_s, u"password_hash"_s, u"created_ms"_s, u"deleted_ms"_s, u"purge_messages"_s},
     {},
     u"id"_s},
    {u"rooms"_s,
     {u"name"_s, u"owner_id"_s, u"private"_s, u"topic"_s, u"topic_by"_s, u"topic_ts"_s, u"created_ms"_s,
      u"retention_days"_s, u"removed_ms"_s},
     {},
     {}},
    {u"memberships"_s, {u"id"_s, u"user_id"_s, u"room"_s, u"notify"_s}, {}, u"id"_s},
    {u"resume_tokens"_s,
     {u"token_hash"_s, u"user_id"_s, u"rooms"_s, u"expires_ms"_s, u"device"_s, u"device_key"_s, u"last_seen_ms"_s},
     {},
     {}},
    {u"messages"_s,
     {u"id"_s, u"room"_s, u"sender"_s, u"recipient"_s, u"text"_s, u"action"_s, u"ts"_s, u"dm_key"_s, u"edited_ts"_s,
      u"deleted"_s, u"reply_to"_s, u"seq"_s},
     {},
     u"id"_s},
    {u"room_counters"_s,
     {u"room"_s, u"seq"_s},
     u"(room) DO UPDATE SET seq = excluded.seq WHERE room_counters.seq < excluded.seq"_s,
     {}},
    {u"conversations"_s, {u"user_id"_s, u"peer_key"_s, u"peer"_s, u"last_id"_s, u"last_ts"_s}, {}, {}},
    {u"read_markers"_s, {u"user_id"_s, u"target"_s, u"last_read"_s}, {}, {}},
    {u"room_invites"_s, {u"room"_s, u"user_id"_s, u"invited_by"_s, u"ts"_s}, {}, {}},
    {u"mentions"_s, {u"user_id"_s, u"room"_s, u"message_id"_s}, {}, {}},
    {u"reactions"_s, {u"message_id"_s, u"emoji"_s, u"user_id"_s, u"ts"_s}, {}, {}},
    {u"uploads"_s,
     {u"id"_s, u"user_id"_s, u"target"_s, u"name"_s, u"size"_s, u"sha256"_s, u"mime"_s, u"created_ms"_s, u"stored"_s},
     {},
     {}},
    {u"attachments"_s,
     {u"message_id"_s, u"user_id"_s, u"name"_s, u"size"_s, u"sha256"_s, u"mime"_s, u"width"_s, u"height"_s,
      u"duration_ms"_s, u"thumb_sha256"_s, u"thumb_size"_s, u"thumb_mime"_s, u"thumb_width"_s, u"thumb_height"_s},
     {},
     {}},
    {u"bans"_s, {u"kind"_s, u"value"_s, u"reason"_s, u"created_ms"_s}, {}, {}},
};

} // namespace

bool DatabaseCopy::checkTarget(QString *error)
{
    // Accounts already in the target must be the same accounts (a rerun), not others under the same ids.
    QSqlQuery source(m_from.connection());
    if (!source.exec(u"SELECT id, name_key FROM users ORDER BY id"_s)) {
        *error = u"Cannot read the accounts: %1"_s.arg(source.lastError().text());
        return false;
    }
    QHash<qint64, QString> ours;
    while (source.next())
        ours.insert(source.value(0).toLongLong(), source.value(1).toString());
    QSqlQuery target(m_to.connection());
    if (!target.exec(u"SELECT id, name_key FROM users"_s)) {
        *error = u"Cannot read the target's accounts: %1"_s.arg(target.lastError().text());
        return false;
    }
    while (target.next()) {
        const auto it = ours.constFind(target.value(0).toLongLong());
        if (it == ours.cend() || *it != target.value(1).toString()) {
            *error = u"%1 already holds other accounts (\"%2\" is not in this server's database); copy into an empty "
                     "database, or one this server was copied into before."_s.arg(m_to.location().describe(),
                                                                                  target.value(1).toString());
            return false;
        }
    }
    return true;
}

bool DatabaseCopy::run(const Progress &progress, QString *error)
{
    m_tables.clear();
    if (!checkTarget(error))
        return false;
    for (const Spec &spec : Tables) {
        Table table{spec.table, 0, 0};
        if (!copy(table, spec.columns, spec.conflict, progress, error))
            return false;
        m_tables.append(table);
        if (!spec.identity.isEmpty()) {
            // New rows of the cluster go on after the copied ids.
            QSqlQuery q(m_to.connection());
            if (!q.exec(
                    u"SELECT setval(pg_get_serial_sequence('%1', '%2'), GREATEST((SELECT MAX(%2) FROM %1), 1))"_s.arg(
                        spec.table, spec.identity))) {
                *error = u"Cannot move the ids of %1 on: %2"_s.arg(spec.table, q.lastError().text());
                return false;
            }
        }
    }
    return true;
}

bool DatabaseCopy::copy(Table &table, const QStringList &columns, const QString &conflict, const Progress &progress,
                        QString *error)
{
    QSqlQuery count(m_from.connection());
    if (!count.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table.name)) || !count.next()) {
        *error = u"Cannot read %1: %2"_s.arg(table.name, count.lastError().text());
        return false;
    }
    table.rows = count.value(0).toLongLong();
    count.finish();
    QSqlQuery read(m_from.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(columns.join(u", "_s), table.name)) &&
        !read.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table.name))) { // WITHOUT ROWID tables
        *error = u"Cannot read %1: %2"_s.arg(table.name, read.lastError().text());
        return false;
    }
    const QString insert = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT %4"_s.arg(
        table.name, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s),
        conflict.isEmpty() ? u"DO NOTHING"_s : conflict);
    qint64 done = 0;
    bool more = read.next();
    while (more) {
        QSqlDatabase db = m_to.connection();
        if (!m_to.begin(db)) {
            *error = u"Cannot write to %1: %2"_s.arg(m_to.location().describe(), db.lastError().text());
            return false;
        }
        QSqlQuery write(db);
        write.prepare(insert);
        for (int n = 0; n < Batch && more; ++n, more = read.next()) {
            for (int c = 0; c < columns.size(); ++c)
                write.addBindValue(read.value(c));
            if (!write.exec()) {
                *error = u"Cannot copy a row of %1: %2"_s.arg(table.name, write.lastError().text());
                m_to.rollback(db);
                return false;
            }
            table.copied += write.numRowsAffected() > 0 ? 1 : 0;
            ++done;
        }
        write.finish();
        if (!m_to.commit(db)) {
            *error = u"Cannot write to %1: %2"_s.arg(m_to.location().describe(), db.lastError().text());
            m_to.rollback(db);
            return false;
        }
        if (progress)
            progress(table.name, done, table.rows);
    }
    return true;
}
