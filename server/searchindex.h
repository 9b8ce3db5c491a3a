// Full-text search over what an account may read: its rooms' messages and its conversations, through the
// database's index: SQLite's FTS5 table (kept in step by triggers, its migration 6) or PostgreSQL's tsvector
// column (computed by the database itself), words folded alike (lower case, no accents).
#pragma once

#include "conversationmessages.h"
#include "databaselocation.h"
#include "searchquery.h"

#include <QSqlDatabase>
#include <optional>

class SearchIndex
{
public:
    // Searches through the named Qt SQL connection, which belongs to the thread that calls search().
    SearchIndex(const QString &connectionName, DatabaseLocation::Kind kind)
        : m_connectionName(connectionName), m_kind(kind)
    {}

    // The newest `limit` hits older than `before`; nullopt when the database failed (see lastError()).
    std::optional<QList<Msg::SearchHit>> search(qint64 userId, const QString &userKey, const SearchQuery &query,
                                                std::optional<qint64> before, int limit, bool *more);
    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    DatabaseLocation::Kind m_kind;
    QString m_lastError;
};
