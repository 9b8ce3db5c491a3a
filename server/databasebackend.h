// What differs between the server's two databases (docs/SCALING.md): how a connection is made and checked,
// the schema and its migrations, and the few SQL functions the dialects name differently. The embedded
// SQLite file is the default; PostgreSQL is shared by several nodes. Everything else (the stores' SQL) is
// written once, in the SQL both understand.
#pragma once

#include "databaselocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class DatabaseBackend
{
public:
    static std::unique_ptr<DatabaseBackend> make(const DatabaseLocation &location);
    virtual ~DatabaseBackend() = default;

    const DatabaseLocation &location() const { return m_location; }
    DatabaseLocation::Kind kind() const { return m_location.kind; }

    // Before anything is opened: false (and *error) when the database must be left untouched.
    virtual bool checkBeforeOpening(QString *error)
    {
        Q_UNUSED(error)
        return true;
    }
    // Adds and opens a Qt SQL connection of that name; sqliteOptions: QSQLITE_* connect options (SQLite
    // only). On failure the connection stays added (the caller removes it) and *error says why.
    virtual bool open(const QString &name, const QString &sqliteOptions, QString *error) = 0;
    // Once, on the server's connection: checks it and sets it up, then brings the schema to this version.
    virtual bool prepare(QSqlDatabase &db, QString *error) = 0;
    // Whether the connection was lost (the server restarted or the network broke) and must be opened again.
    virtual bool isBroken(const QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return false;
    }

    // Whether the connection is inside a transaction that can still commit.
    virtual bool isInTransaction(const QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return true;
    }

    // The statements that take a lock held by the transaction until it ends, one lock per key for every node
    // of a cluster, waiting for it at most LockWaitMs (then they fail); none where one process alone uses the
    // database (SQLite).
    static constexpr int LockWaitMs = 2000;
    virtual QStringList lockStatements(qint64 key) const
    {
        Q_UNUSED(key)
        return {};
    }

    // The larger and the smaller of two values: SQLite's scalar MAX and MIN, GREATEST and LEAST elsewhere.
    virtual QString greatest() const = 0;
    virtual QString least() const = 0;

protected:
    explicit DatabaseBackend(const DatabaseLocation &location) : m_location(location) {}
    // Runs one statement; false and *error (the database's words) when it fails.
    static bool exec(const QSqlDatabase &db, const QString &sql, QString *error);

    DatabaseLocation m_location;
};

std::unique_ptr<DatabaseBackend> makeSqliteBackend(const DatabaseLocation &location);
// The schema version an embedded database of this server has once migrated.
int sqliteSchemaVersion();
std::unique_ptr<DatabaseBackend> makePostgresBackend(const DatabaseLocation &location);
