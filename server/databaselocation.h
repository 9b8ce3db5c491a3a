// Where the server keeps its data (--database): the embedded SQLite file in the data directory, or a
// PostgreSQL database shared by several nodes (docs/SCALING.md). A password never comes from the URL (it
// would show in `ps` and in logs) but from a file or the environment.
#pragma once

#include <QString>
#include <optional>

struct DatabaseLocation
{
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;
    QString file; // SQLite: DATA-DIR/chatroom.db
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString name;
    QString password;
    QString connectOptions; // libpq's, as Qt's QPSQL driver takes them: "sslmode=require;connect_timeout=5"

    static constexpr const char *PasswordVariable = "CHATROOM_DATABASE_PASSWORD";
    // Seconds libpq waits for PostgreSQL to answer a connection, unless the URL says otherwise.
    static constexpr int DefaultConnectTimeout = 5;

    static DatabaseLocation sqlite(const QString &dataDir);
    // url: "" for SQLite in dataDir, or postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=…
    // &sslcert=…&sslkey=…&connect_timeout=…]. The password is read from passwordFile (its first line) when
    // given, else from CHATROOM_DATABASE_PASSWORD, else libpq looks in ~/.pgpass. nullopt and *error (a
    // sentence) when the URL is not one of these.
    static std::optional<DatabaseLocation> parse(const QString &url, const QString &dataDir,
                                                 const QString &passwordFile, QString *error);
    // For logs and messages: never the password.
    QString describe() const;
    // The first line of a password file (what: "database", "bus"), refused when everyone may read the file.
    static std::optional<QString> readPassword(const QString &file, const QString &what, QString *error);
};
