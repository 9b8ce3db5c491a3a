// Full-text search over what an account may read: its rooms' messages and its conversations, through the
// database's FTS5 index (kept in step by triggers, see Database's migration 6).
#pragma once

#include "conversationmessages.h"
#include "searchquery.h"

#include <QSqlDatabase>
#include <optional>

class SearchIndex
{
public:
    // Searches through the named Qt SQL connection, which belongs to the thread that calls search().
    explicit SearchIndex(const QString &connectionName) : m_connectionName(connectionName) {}

    // The newest `limit` hits older than `before`; nullopt when the database failed (see lastError()).
    std::optional<QList<Msg::SearchHit>> search(qint64 userId, const QString &userKey, const SearchQuery &query,
                                                std::optional<qint64> before, int limit, bool *more);
    QString lastError() const { return m_lastError; }

private:
    QString m_connectionName;
    QString m_lastError;
};
