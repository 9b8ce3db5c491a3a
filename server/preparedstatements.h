// Statements compiled once and kept, for the paths that run them for every message: compiling one costs
// more than running it (storing a room message: 325k of its 608k instructions were QSqlQuery::prepare,
// docs/PERFORMANCE.md). Database holds them and drops them when its connection closes or is made again.
#pragma once

#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>

class PreparedStatements
{
public:
    // The statement prepared on db, made once (and again after it failed); nullptr (and *error) when it
    // cannot be prepared. Bind with bindValue(position, value), and finish() it after use: SQLite commits
    // nothing while one is open. For a fixed set of texts only: each one is kept.
    QSqlQuery *get(const QSqlDatabase &db, const QString &sql, QString *error);
    void clear() { m_statements.clear(); }

private:
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // by text
};
