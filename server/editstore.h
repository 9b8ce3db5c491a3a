// What became of stored messages after they were sent: edits, deletions (tombstones), replies' quotes and
// reactions, in the server's database.
#pragma once

#include "chatmessages.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class Database;

// One stored message, as the checks of an edit, deletion, reaction or reply need it.
struct MessageRow
{
    qint64 id = 0;
    QString room;  // a room's message; empty for a direct one
    QString dmKey; // a direct message's conversation (MessageStore::directKey); empty for a room's
    QString sender;
    QString recipient;
    QString text;
    bool deleted = false;
    // Whether the account (canonical name) can see it: a direct message of its own conversations. A room's
    // message is visible to the room's members, which the caller checks.
    bool isBetween(const QString &userKey) const;
};

class EditStore
{
public:
    explicit EditStore(Database &db) : m_db(db) {}

    std::optional<MessageRow> find(qint64 id);
    // Replaces the text and the mentions (room messages) in one transaction.
    bool edit(qint64 id, const QString &text, qint64 editedTs, const QList<qint64> &mentioned);
    // Empties the message, and forgets its mentions, reactions and file, in one transaction.
    bool remove(qint64 id);

    enum class ReactResult { Changed, Unchanged, TooManyKinds, Failed };
    // Adds or takes back the account's reaction; *count: how many accounts now have this emoji on it.
    ReactResult react(qint64 id, qint64 userId, const QString &emoji, bool on, qint64 ts, qint64 *count);

    // Fills each message's quote and reactions (as `readerId` sees them: "mine"). Edit marks and deletions
    // come with the page's own columns; a quote's id is put in state.reply->id by the page.
    template <typename M> void decorate(QList<M> &messages, qint64 readerId);
    // The quote a reply to this message carries.
    static Msg::Quote quoteOf(const MessageRow &row);

    QString lastError() const { return m_lastError; }

private:
    QHash<qint64, Msg::Quote> quotes(const QList<qint64> &ids);
    QHash<qint64, QList<Msg::Reaction>> reactions(const QList<qint64> &ids, qint64 readerId);

    Database &m_db;
    QString m_lastError;
};

template <typename M> void EditStore::decorate(QList<M> &messages, qint64 readerId)
{
    QList<qint64> ids, replied;
    for (const M &m : std::as_const(messages)) {
        if (m.state.deleted)
            continue;
        ids.append(m.id);
        if (m.state.reply)
            replied.append(m.state.reply->id);
    }
    if (ids.isEmpty())
        return;
    const QHash<qint64, Msg::Quote> quoted = quotes(replied);
    const QHash<qint64, QList<Msg::Reaction>> reacted = reactions(ids, readerId);
    for (M &m : messages) {
        if (m.state.reply) {
            if (const auto it = quoted.constFind(m.state.reply->id); it != quoted.constEnd())
                m.state.reply = *it;
            else
                m.state.reply.reset(); // a message that never existed: nothing to quote
        }
        m.state.reactions = reacted.value(m.id);
    }
}
