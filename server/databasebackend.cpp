#include "databasebackend.h"

#include <QSqlError>
#include <QSqlQuery>

std::unique_ptr<DatabaseBackend> DatabaseBackend::make(const DatabaseLocation &location)
{
    return location.kind == DatabaseLocation::Kind::SQLite ? makeSqliteBackend(location)
                                                           : makePostgresBackend(location);
}

bool DatabaseBackend::exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
