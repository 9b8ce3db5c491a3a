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

// A word as PostgreSQL's search vector keeps it (postgresbackend.cpp): decomposed, the combining accents
// U+0300-U+036F taken off, lower case.
QString folded(QStringView word)
{
    QString out;
    for (QChar c : word.toString().normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x0300 || c.unicode() > 0x036f)
            out += c;
    }
    return out.toLower();
}

// PostgreSQL's snippet, made here as FTS5's snippet() makes SQLite's (ts_headline would not see that "cafe"
// found "café"): up to SnippetTokens words from shortly before the first match, each word that starts with
// a word of the query marked, "…" where text was left out.
QString markedSnippet(const QString &text, const QStringList &words)
{
    QStringList wanted;
    for (const QString &w : words)
        wanted << folded(w);
    QList<std::pair<qsizetype, qsizetype>> spans; // each word's start and end in text
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && (text[end].isLetterOrNumber() || text[end].isMark()))
            ++end;
        spans.append({i, end});
        i = end;
    }
    QList<bool> matched;
    qsizetype first = -1;
    for (const auto &[start, end] : std::as_const(spans)) {
        const QString word = folded(QStringView(text).sliced(start, end - start));
        const bool hit =
            std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) { return word.startsWith(w); });
        if (hit && first < 0)
            first = matched.size();
        matched.append(hit);
    }
    if (spans.isEmpty())
        return text;
    const qsizetype from = std::clamp<qsizetype>(first - 2, 0, std::max<qsizetype>(0, spans.size() - SnippetTokens));
    const qsizetype to = std::min<qsizetype>(spans.size(), from + SnippetTokens);
    QString out = from > 0 ? u"…"_s : QString();
    qsizetype at = from > 0 ? spans[from].first : 0;
    for (qsizetype i = from; i < to; ++i) {
        out += QStringView(text).sliced(at, spans[i].first - at);
        const QStringView word = QStringView(text).sliced(spans[i].first, spans[i].second - spans[i].first);
        if (matched[i])
            out += QChar(MatchStart) + word.toString() + QChar(MatchEnd);
        else
            out += word;
        at = spans[i].second;
    }
    out += to < spans.size() ? u"…"_s : text.sliced(at);
    return out;
}

} // namespace

std::optional<QList<Msg::SearchHit>> SearchIndex::search(qint64 userId, const QString &userKey,
                                                         const SearchQuery &query, std::optional<qint64> before,
                                                         int limit, bool *more)
{
    *more = false;
    const bool sqlite = m_kind == DatabaseLocation::Kind::SQLite;
    const QString match = sqlite ? query.matchExpression() : query.words.join(u' ');
    QString snippet, from;
    if (match.isEmpty()) {
        snippet = u"m.text"_s;
        from = u"messages m"_s;
    } else if (sqlite) {
        snippet = u"snippet(messages_fts, 0, char(57344), char(57345), '…', %1)"_s.arg(SnippetTokens);
        from = u"messages_fts JOIN messages m ON m.id = messages_fts.rowid"_s;
    } else {
        // The words folded as the stored vector is (postgresbackend.cpp); markedSnippet() marks them.
        snippet = u"m.text"_s;
        // Each word folded and split as the vector's (postgresbackend.cpp), quoted, and matched as a prefix:
        // nothing in what was typed is taken for an operator.
        from = u"(SELECT to_tsquery('simple', COALESCE((SELECT string_agg(quote_literal(word) || ':*', ' & ') FROM "
               "regexp_split_to_table(regexp_replace(normalize(CAST(? AS TEXT), NFKD), '[\\u0300-\\u036f]', '', "
               "'g'), '[^[:alnum:]]+') AS word WHERE word <> ''), '')) AS query) AS w CROSS JOIN messages m"_s;
    }
    // Only what the account may read: the rooms it is in, and the conversations it is one side of.
    QString sql = u"SELECT m.id, m.room, m.sender, m.recipient, m.ts, %1 FROM %2 WHERE m.id < ? AND m.deleted = 0 "
                  "AND (m.room IN (SELECT room FROM memberships WHERE user_id = ?) OR m.dm_key LIKE ? ESCAPE '\\' OR "
                  "m.dm_key LIKE ? ESCAPE '\\')"_s.arg(snippet, from);
    if (!match.isEmpty())
        sql += sqlite ? u" AND messages_fts MATCH ?"_s : u" AND m.search @@ w.query"_s;
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
    sql +=
        match.isEmpty() || !sqlite ? u" ORDER BY m.id DESC LIMIT ?"_s : u" ORDER BY messages_fts.rowid DESC LIMIT ?"_s;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    if (!match.isEmpty() && !sqlite)
        q.addBindValue(match);
    q.addBindValue(before.value_or(Protocol::MaxId));
    q.addBindValue(userId);
    // Usernames hold no space: "alice %" is alice's side only. Their "_" is a character, not LIKE's "any one".
    QString literal = userKey;
    literal.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    q.addBindValue(QString(literal + u" %"_s));
    q.addBindValue(QString(u"% "_s + literal));
    if (!match.isEmpty() && sqlite)
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
        takeMatches(hit, sqlite || query.words.isEmpty() ? q.value(5).toString()
                                                         : markedSnippet(q.value(5).toString(), query.words));
        hits.append(std::move(hit));
    }
    return hits;
}
