// Download keys (docs/PROTOCOL.md, "Fetching a file") in the database: the transfer connection that uses a
// key may reach any node of a cluster (a load balancer spreads connections, not sessions). Expiry is in
// wall-clock time, which the nodes share: a clock step moves it.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

struct DownloadKey
{
    QString id; // 32 hexadecimal digits, as FileStore::newUploadId()
    qint64 userId = 0;
    QString userKey;
    qint64 message = 0;
    bool thumbnail = false;
    qint64 expiresMs = 0; // wall clock
};

class DownloadKeyStore
{
public:
    explicit DownloadKeyStore(Database &db) : m_db(db) {}

    // Stores a key and drops the account's oldest beyond keep: false (and lastError()) when it could not.
    bool add(const DownloadKey &key, int keep);
    // A key that has not expired at nowMs; nullopt when there is none, or it could not be looked up
    // (lookupFailed()).
    std::optional<DownloadKey> find(const QString &id, qint64 nowMs);
    void removeExpired(qint64 nowMs);

    bool lookupFailed() const { return m_lookupFailed; }
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase connection() const;

    Database &m_db;
    QString m_lastError;
    bool m_lookupFailed = false;
};
