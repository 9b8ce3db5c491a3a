// Backups of the embedded database (chatroom-server --backup FILE, --restore FILE): SQLite's online backup
// API copies a consistent snapshot while the server runs (in WAL mode a reader blocks no writer); a restore
// checks that the file is a Chat Room database this server can open, keeps the database it replaces beside
// it, and puts the backup in its place. PostgreSQL has pg_dump for this.
#pragma once

#include <QString>
#include <optional>

namespace DatabaseBackup {

struct Summary
{
    int schema = 0;
    qint64 accounts = 0;
    qint64 messages = 0;
    qint64 bytes = 0;
};

// What a file holds, when it is a whole Chat Room database of a schema this server knows; nullopt and *error
// (a sentence) when it is not.
std::optional<Summary> inspect(const QString &file, QString *error);

// Copies the database file `from` into `to` (which must not exist), through to.partial renamed at the end,
// with mode 0600, and checks the copy.
std::optional<Summary> backup(const QString &from, const QString &to, QString *error);

// Puts the backup `from` in place of `database` (the server stopped), keeping the database it replaces as
// *keptAs (with its -wal and -shm). Refuses a file inspect() refuses.
std::optional<Summary> restore(const QString &from, const QString &database, QString *keptAs, QString *error);

} // namespace DatabaseBackup
