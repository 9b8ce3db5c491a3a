#include "preparedstatements.h"

#include <QSqlError>

QSqlQuery *PreparedStatements::get(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end()) {
        // One that failed is made again: the driver may have dropped it (SQLite finalizes a statement whose
        // binding failed; a PostgreSQL pooler's reset discards prepared statements).
        if (!it->second->lastError().isValid())
            return it->second.get();
        m_statements.erase(it);
    }
    auto query = std::make_unique<QSqlQuery>(db);
    if (!query->prepare(sql)) {
        if (error)
            *error = query->lastError().text();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}
