// The server's database (the embedded SQLite file, or PostgreSQL for several nodes: DatabaseBackend):
// opening it and its schema, accounts, resume tokens and the rooms each account is in. Messages,
// conversations and read positions are MessageStore's, in the same database.
#pragma once

#include "chatmessages.h"
#include "databaselocation.h"
#include "preparedstatements.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

class DatabaseBackend;

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QByteArray passwordHash; // libsodium's crypto_pwhash_str form, parameters included
};

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. A database that is not usable is left untouched and the
    // error says so.
    bool open(const DatabaseLocation &where, QString *error);
    // The embedded database, DIR/chatroom.db.
    bool open(const QString &dataDir, QString *error) { return open(DatabaseLocation::sqlite(dataDir), error); }
    void close();
    const DatabaseLocation &location() const { return m_location; }
    bool isEmbedded() const { return m_location.kind == DatabaseLocation::Kind::SQLite; }
    QString fileName() const { return m_location.file; } // the SQLite file; empty for PostgreSQL
    // The dialect's names for the larger and the smaller of two values (SQLite: MAX and MIN).
    QString greatest() const;
    QString least() const;
    // Another connection to the same database, for the calling thread (which alone may use it and must close
    // it): its Qt SQL name, or empty (and *error) when it did not open. sqliteOptions: QSQLITE_* connect
    // options. reopenIfBroken() before each use opens it again after the database restarted: whether it did.
    static QString openThreadConnection(const DatabaseLocation &where, const QString &sqliteOptions, QString *error);
    static bool reopenIfBroken(const DatabaseLocation &where, const QString &name);
    static void closeThreadConnection(const QString &name);
    // Whether committing runs WAL checkpoints (SQLite's default); off when a Checkpointer does them.
    bool setAutoCheckpoint(bool on);

    // Each write runs in its own transaction; false (and lastError()) when it could not be stored.
    // An account the administrator deleted is not found (AccountRemoval), but its name stays taken.
    std::optional<UserRecord> findUser(const QString &name);
    std::optional<bool> nameTaken(const QString &name); // nullopt: could not look

    std::optional<qint64> createUser(const QString &name, const QByteArray &passwordHash); // nullopt: taken or failed
    bool updatePasswordHash(qint64 userId, const QByteArray &passwordHash);
    // The administrator's reset: the new hash, and every device's resume token gone, in one transaction.
    bool resetPassword(qint64 userId, const QByteArray &passwordHash);

    // A token's expiry while its session lasts: it starts to run out only when the session ends.
    static constexpr qint64 WhileOnline = std::numeric_limits<qint64>::max();
    // Stores the new token of one of the account's devices and deletes every other one that device has, in
    // one transaction. Devices are told apart by name, ignoring case; "" is the unnamed device.
    bool replaceResumeTokens(qint64 userId, const QString &device, const QByteArray &tokenHash, qint64 expiresMs);
    // At start-up: the sessions of tokens still marked WhileOnline ended when the server last stopped.
    bool endOnlineTokens(qint64 expiresMs);
    bool revokeResumeToken(const QByteArray &tokenHash);
    bool extendResumeToken(const QByteArray &tokenHash, qint64 expiresMs);
    // Finds a valid token: its user and device. A token works once because the session it resumes replaces
    // it (replaceResumeTokens, for the same device); a resume refused leaves it valid.
    std::optional<std::pair<UserRecord, QString>> findResumeToken(const QByteArray &tokenHash, qint64 nowMs);
    struct ResumableDevice
    {
        QString device;
        qint64 lastSeenMs = 0;
    };
    // The account's devices whose tokens still work, the most recently seen first.
    QList<ResumableDevice> resumableDevices(qint64 userId, qint64 nowMs);
    // Revokes every token of one device: whether it had any; nullopt on error (see lastError()).
    std::optional<bool> revokeDeviceTokens(qint64 userId, const QString &device);

    // The rooms an account is in, in the order it joined them; kept across logins until it leaves them.
    // Remembering a room starts the account's read position there at its newest message; forgetting it
    // drops the position.
    // nullopt when they could not be read (as against none).
    std::optional<QStringList> roomsOf(qint64 userId);
    bool rememberRoom(qint64 userId, const QString &room);
    bool forgetRoom(qint64 userId, const QString &room);
    // When the account's devices notify for a room it is in: "all", "mentions" or "nothing".
    QString notifyLevel(qint64 userId, const QString &room);
    bool setNotifyLevel(qint64 userId, const QString &room, const QString &level);

    qint64 userCount();
    qint64 messageCount();
    QString lastError() const { return m_lastError; }
    // Whether the last findUser() or findResumeToken() that found nothing could not look (the database
    // failed), as against there being nothing to find.
    bool lookupFailed() const { return m_lookupFailed; }
    // The Qt SQL connection, for the stores that share the database (MessageStore). A connection that was
    // lost (PostgreSQL restarted) is opened again here, at most once per FirstRetryMs doubling to MaxRetryMs:
    // what was asked while it was gone failed with the database's error, what is asked after it works.
    QSqlDatabase connection() const;
    static constexpr qint64 FirstRetryMs = 250, MaxRetryMs = 5000;
    // A transaction on connection(): while one is open, a lost connection is not made again (its statements
    // fail, and commit() with them). commit() is false unless the transaction is still the one begun.
    bool begin(QSqlDatabase &db);
    bool commit(QSqlDatabase &db);
    void rollback(QSqlDatabase &db);
    // A statement on connection() compiled once and kept (PreparedStatements), until the connection closes
    // or is made again; nullptr and lastError() when it cannot be prepared.
    QSqlQuery *prepared(const QString &sql);

    // Runs work (true: done) in one transaction that holds the files lock, rolled back when it fails (false,
    // and lastError()). Whether stored content is referred to, and its removal, are decided under it on every
    // node: a file the garbage collection finds unreferenced cannot be announced again until it is gone.
    bool withFilesLock(const std::function<bool()> &work);

private:
    void reconnect(QSqlDatabase &db) const;
    // Runs work (true: done) in one transaction, rolled back when it fails.
    bool inTransaction(const std::function<bool()> &work);

    std::unique_ptr<DatabaseBackend> m_backend;
    DatabaseLocation m_location;
    QString m_connectionName;
    QString m_lastError;
    mutable QElapsedTimer m_lastTry; // monotonic: when a lost connection was last tried again
    mutable qint64 m_retryMs = 0;
    mutable PreparedStatements m_prepared; // dropped with the connection they were made on
    bool m_inTransaction = false;
    bool m_lookupFailed = false;
};
