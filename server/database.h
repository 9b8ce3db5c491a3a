// The server's SQLite database: accounts, stored messages and resume tokens, with schema migrations.
#pragma once

#include "chatmessages.h"

#include <QSqlDatabase>
#include <QString>
#include <limits>
#include <optional>

struct UserRecord
{
    qint64 id = 0;
    QString name;
    QByteArray passwordHash; // libsodium's crypto_pwhash_str form, parameters included
};

struct StoredMessage
{
    qint64 id = 0;
    qint64 ts = 0;
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. A file that is not a usable database is left untouched and
    // the error says so. The file name is DIR/chatroom.db.
    bool open(const QString &dataDir, QString *error);
    void close();
    QString fileName() const { return m_fileName; }

    // Each write runs in its own transaction; false (and lastError()) when it could not be stored.
    std::optional<UserRecord> findUser(const QString &name);
    std::optional<qint64> createUser(const QString &name, const QByteArray &passwordHash); // nullopt: taken or failed
    bool updatePasswordHash(qint64 userId, const QByteArray &passwordHash);

    std::optional<StoredMessage> storeRoomMessage(const QString &room, const QString &from, const QString &text,
                                                  bool action);
    std::optional<StoredMessage> storePrivateMessage(const QString &from, const QString &to, const QString &text,
                                                     bool action);
    // Newest `limit` messages before `before`, or oldest `limit` after `after`; ascending ids. more: others remain.
    QList<Msg::ChatMessage> history(const QString &room, std::optional<qint64> before, std::optional<qint64> after,
                                    int limit, bool *more);

    // A token's expiry while its session lasts: it starts to run out only when the session ends.
    static constexpr qint64 WhileOnline = std::numeric_limits<qint64>::max();
    // Stores the account's new token and deletes every other one it has, in one transaction.
    bool replaceResumeTokens(qint64 userId, const QByteArray &tokenHash, const QStringList &rooms, qint64 expiresMs);
    // At start-up: the sessions of tokens still marked WhileOnline ended when the server last stopped.
    bool endOnlineTokens(qint64 expiresMs);
    bool revokeResumeToken(const QByteArray &tokenHash);
    bool extendResumeToken(const QByteArray &tokenHash, qint64 expiresMs);
    // Finds a valid token and deletes it (a token works once). Returns the user and the rooms it recorded.
    std::optional<std::pair<UserRecord, QStringList>> takeResumeToken(const QByteArray &tokenHash, qint64 nowMs);
    bool updateResumeTokenRooms(const QByteArray &tokenHash, const QStringList &rooms);

    // The rooms an account is in, in the order it joined them; kept across logins until it leaves them.
    // nullopt when they could not be read (as against none).
    std::optional<QStringList> roomsOf(qint64 userId);
    bool rememberRoom(qint64 userId, const QString &room);
    bool forgetRoom(qint64 userId, const QString &room);

    qint64 userCount();
    qint64 messageCount();
    QString lastError() const { return m_lastError; }

private:
    bool migrate(QString *error);
    bool exec(const QString &sql);
    std::optional<StoredMessage> storeMessage(const QString &room, const QString &from, const QString &to,
                                              const QString &text, bool action);

    QString m_connectionName;
    QString m_fileName;
    QString m_lastError;
};
