#include "searchindex.h"

#include "messagestore.h"
#include "names.h"
#include "protocol.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Marks around each match in FTS5's snippet: private-use characters, taken out again before sending.
constexpr char16_t MatchStart = 0xE000;
constexpr char16_t MatchEnd = 0xE001;
constexpr int SnippetTokens = 24;

void takeMatches(Msg::SearchHit &hit, const QString &marked)
{
    qint64 start = -1;
    for (QChar c : marked) {
        if (c == QChar(MatchStart)) {
            start = hit.snippet.size();
        } else if (c == QChar(MatchEnd)) {
            if (start >= 0 && hit.snippet.size() > start)
                hit.matches.append({start, hit.snippet.size() - start});
            start = -1;
        } else {
            hit.snippet += c;
        }
    }
}

} // namespace

std::optional<QList<Msg::SearchHit>> SearchIndex::search(qint64 userId, const QString &userKey,
                                                         const SearchQuery &query, std::optional<qint64> before,
                                                         int limit, bool *more)
{
    *more = false;
    const QString match = query.matchExpression();
    // Only what the account may read: the rooms it is in, and the conversations it is one side of.
    QString sql =
        u"SELECT m.id, m.room, m.sender, m.recipient, m.ts, %1 FROM %2 WHERE m.id < ? AND m.deleted = 0 AND "
        "(m.room IN (SELECT room FROM memberships WHERE user_id = ?) OR m.dm_key LIKE ? OR "
        "m.dm_key LIKE ?)"_s.arg(
            match.isEmpty() ? u"m.text"_s
                            : u"snippet(messages_fts, 0, char(57344), char(57345), '…', %1)"_s.arg(SnippetTokens),
            match.isEmpty() ? u"messages m"_s : u"messages_fts JOIN messages m ON m.id = messages_fts.rowid"_s);
    if (!match.isEmpty())
        sql += u" AND messages_fts MATCH ?"_s;
    if (query.from)
        sql += u" AND lower(m.sender) = ?"_s;
    if (query.room)
        sql += u" AND m.room = ?"_s;
    if (query.with)
        sql += u" AND m.dm_key = ?"_s;
    if (query.afterMs)
        sql += u" AND m.ts >= ?"_s;
    if (query.beforeMs)
        sql += u" AND m.ts < ?"_s;
    // Newest first in the index's own order (FTS5 walks rowids backwards and stops at the limit): ordering
    // by the joined table's id would sort every match first.
    sql += match.isEmpty() ? u" ORDER BY m.id DESC LIMIT ?"_s : u" ORDER BY messages_fts.rowid DESC LIMIT ?"_s;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    q.addBindValue(before.value_or(Protocol::MaxId));
    q.addBindValue(userId);
    q.addBindValue(QString(userKey + u" %"_s)); // usernames hold no space: "alice %" is alice's side only
    q.addBindValue(QString(u"% "_s + userKey));
    if (!match.isEmpty())
        q.addBindValue(match);
    if (query.from)
        q.addBindValue(*query.from);
    if (query.room)
        q.addBindValue(*query.room);
    if (query.with)
        q.addBindValue(MessageStore::directKey(userKey, *query.with));
    if (query.afterMs)
        q.addBindValue(*query.afterMs);
    if (query.beforeMs)
        q.addBindValue(*query.beforeMs);
    q.addBindValue(limit + 1);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    QList<Msg::SearchHit> hits;
    while (q.next()) {
        if (hits.size() == limit) {
            *more = true;
            break;
        }
        Msg::SearchHit hit;
        hit.id = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            hit.room = q.value(1).toString();
        } else {
            const QString sender = q.value(2).toString(), recipient = q.value(3).toString();
            hit.with = Names::canonical(sender) == userKey ? recipient : sender;
        }
        hit.from = q.value(2).toString();
        hit.ts = q.value(4).toLongLong();
        takeMatches(hit, q.value(5).toString());
        hits.append(std::move(hit));
    }
    return hits;
}
