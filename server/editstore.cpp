#include "editstore.h"

#include "database.h"
#include "protocol.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcEdits, "chat.server.db")

namespace {

// "?,?,?" for an IN list of n values.
QString marks(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u',');
}

} // namespace

bool MessageRow::isBetween(const QString &userKey) const
{
    return !dmKey.isEmpty() && dmKey.split(u' ').contains(userKey);
}

std::optional<MessageRow> EditStore::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, room, dm_key, sender, recipient, text, deleted FROM messages WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return MessageRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),  q.value(3).toString(),
                      q.value(4).toString(),   q.value(5).toString(), q.value(6).toInt() != 0};
}

Msg::Quote EditStore::quoteOf(const MessageRow &row)
{
    return Msg::Quote{row.id, row.sender, row.deleted ? QString() : Msg::quoteText(row.text), row.deleted};
}

bool EditStore::edit(qint64 id, const QString &text, qint64 editedTs, const QList<qint64> &mentioned)
{
    QSqlDatabase db = m_db.connection();
    if (!m_db.begin(db)) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE messages SET text = ?, edited_ts = ? WHERE id = ? AND deleted = 0"_s);
    q.addBindValue(text);
    q.addBindValue(editedTs);
    q.addBindValue(id);
    bool ok = q.exec();
    QSqlQuery mentions(db);
    if (ok) {
        // The mentions follow the text: whom the message names now, not whom it named before.
        mentions.prepare(u"DELETE FROM mentions WHERE message_id = ?"_s);
        mentions.addBindValue(id);
        ok = mentions.exec();
    }
    if (ok && !mentioned.isEmpty()) {
        mentions.prepare(u"INSERT INTO mentions (user_id, room, message_id) SELECT CAST(? AS BIGINT), room, id "
                         "FROM messages WHERE id = ? ON CONFLICT DO NOTHING"_s);
        for (qint64 userId : mentioned) {
            mentions.addBindValue(userId);
            mentions.addBindValue(id);
            if (!(ok = mentions.exec()))
                break;
        }
    }
    if (!ok || !m_db.commit(db)) {
        m_lastError = !q.lastError().text().isEmpty() ? q.lastError().text() : mentions.lastError().text();
        m_db.rollback(db);
        qCWarning(lcEdits) << "editing a message failed:" << m_lastError;
        return false;
    }
    return true;
}

bool EditStore::remove(qint64 id)
{
    QSqlDatabase db = m_db.connection();
    if (!m_db.begin(db)) {
        m_lastError = db.lastError().text();
        return false;
    }
    bool ok = true;
    // The text goes (and with it, by the trigger, its words in the search index); the row stays, so that
    // history has no gap and replies to it say what happened.
    for (const QString &sql :
         {u"UPDATE messages SET text = '', deleted = 1, edited_ts = NULL WHERE id = ?"_s,
          u"DELETE FROM mentions WHERE message_id = ?"_s, u"DELETE FROM reactions WHERE message_id = ?"_s,
          u"DELETE FROM attachments WHERE message_id = ?"_s}) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            ok = false;
            break;
        }
    }
    if (!ok || !m_db.commit(db)) {
        if (m_lastError.isEmpty())
            m_lastError = db.lastError().text();
        m_db.rollback(db);
        qCWarning(lcEdits) << "deleting a message failed:" << m_lastError;
        return false;
    }
    return true;
}

EditStore::ReactResult EditStore::react(qint64 id, qint64 userId, const QString &emoji, bool on, qint64 ts,
                                        qint64 *count)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (on) {
        // A new kind of emoji only while the message has fewer than the most allowed.
        q.prepare(u"INSERT INTO reactions (message_id, emoji, user_id, ts) SELECT CAST(? AS BIGINT), CAST(? AS TEXT), "
                  "CAST(? AS BIGINT), CAST(? AS BIGINT) WHERE EXISTS (SELECT 1 FROM reactions WHERE message_id = ? "
                  "AND emoji = ?) OR (SELECT COUNT(DISTINCT emoji) FROM reactions WHERE message_id = ?) < ? "
                  "ON CONFLICT DO NOTHING"_s);
        q.addBindValue(id);
        q.addBindValue(emoji);
        q.addBindValue(userId);
        q.addBindValue(ts);
        q.addBindValue(id);
        q.addBindValue(emoji);
        q.addBindValue(id);
        q.addBindValue(Protocol::MaxReactionKinds);
    } else {
        q.prepare(u"DELETE FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?"_s);
        q.addBindValue(id);
        q.addBindValue(emoji);
        q.addBindValue(userId);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcEdits) << "storing a reaction failed:" << m_lastError;
        return ReactResult::Failed;
    }
    const bool changed = q.numRowsAffected() > 0;
    QSqlQuery c(db);
    c.prepare(u"SELECT COUNT(*), EXISTS (SELECT 1 FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?) "
              "FROM reactions WHERE message_id = ? AND emoji = ?"_s);
    c.addBindValue(id);
    c.addBindValue(emoji);
    c.addBindValue(userId);
    c.addBindValue(id);
    c.addBindValue(emoji);
    if (!c.exec() || !c.next()) {
        m_lastError = c.lastError().text();
        return ReactResult::Failed;
    }
    *count = c.value(0).toLongLong();
    if (on && !changed && c.value(1).toInt() == 0)
        return ReactResult::TooManyKinds; // not added, and not there before either
    return changed ? ReactResult::Changed : ReactResult::Unchanged;
}

QHash<qint64, Msg::Quote> EditStore::quotes(const QList<qint64> &ids)
{
    QHash<qint64, Msg::Quote> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, sender, substr(text, 1, CAST(? AS INTEGER)), deleted FROM messages WHERE id IN (%1)"_s.arg(
        marks(ids.size())));
    q.addBindValue(Protocol::MaxQuoteLength);
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const bool deleted = q.value(3).toInt() != 0;
        out.insert(q.value(0).toLongLong(),
                   Msg::Quote{q.value(0).toLongLong(), q.value(1).toString(),
                              deleted ? QString() : Msg::quoteText(q.value(2).toString()), deleted});
    }
    return out;
}

QHash<qint64, QList<Msg::Reaction>> EditStore::reactions(const QList<qint64> &ids, qint64 readerId)
{
    QHash<qint64, QList<Msg::Reaction>> out;
    QSqlQuery q(m_db.connection());
    // Each emoji in the order it was first chosen on its message.
    q.prepare(u"SELECT message_id, emoji, COUNT(*), MAX(CASE WHEN user_id = ? THEN 1 ELSE 0 END), MIN(ts) AS first_ts "
              "FROM reactions WHERE message_id IN (%1) GROUP BY message_id, emoji ORDER BY message_id, first_ts, "
              "emoji"_s.arg(marks(ids.size())));
    q.addBindValue(readerId);
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out[q.value(0).toLongLong()].append(
            Msg::Reaction{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt() != 0});
    return out;
}
