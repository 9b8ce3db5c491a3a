// The uploads accounts announced (docs/PROTOCOL.md, "Files"), in the database: what each is, where it goes,
// and whether its bytes are all stored. The bytes themselves are FileStore's.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

struct UploadRecord
{
    QString id; // FileStore::newUploadId()
    qint64 userId = 0;
    QString target; // '#' and a room, or '@' and the other account's key
    QString name;
    qint64 size = 0;
    QString sha256;
    QString mime;
    qint64 createdMs = 0;
    bool stored = false;
};

class UploadStore
{
public:
    explicit UploadStore(Database &db) : m_db(db) {}

    bool add(const UploadRecord &upload);
    std::optional<UploadRecord> find(const QString &id);
    bool markStored(const QString &id);
    bool remove(const QString &id);
    // An account's uploads not yet stored (for the limit on uploads at once); nullopt on error.
    std::optional<int> unfinishedOf(qint64 userId);
    // The bytes of all an account's uploads, stored or announced, and of the files its messages share (for
    // its quota); nullopt on error.
    std::optional<qint64> bytesOf(qint64 userId);
    // The account's upload of this content to this target (stored or not); nullopt when there is none.
    std::optional<UploadRecord> like(qint64 userId, const QString &target, const QString &sha256, qint64 size);
    // Uploads announced before this time (ms since 1970), finished or not: not shared in time, given up.
    QStringList announcedBefore(qint64 ms);
    // Whether the account has stored this content before, as an upload or a message's file or thumbnail
    // (it need not send it again).
    bool hasStored(qint64 userId, const QString &sha256, qint64 size);
    // The canonical name of the account an upload is of (to find its sessions); empty when none.
    QString userKeyOf(qint64 userId);
    // Every upload not yet stored (after a restart: their partial files are kept, the others removed);
    // nullopt on error.
    std::optional<QStringList> unfinished();
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase connection() const;

    Database &m_db;
    QString m_lastError;
};
