// Files on the server's side (docs/PROTOCOL.md, "Files"): uploads announced on a session, their bytes
// taken on transfer connections of their own (so that file data never waits in front of anyone's chat),
// checked and stored once per content (FileStore), and the uploader's devices told.
#pragma once

#include "attachmentstore.h"
#include "filecollector.h"
#include "filemessages.h"
#include "filestore.h"
#include "uploadstore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <optional>

class ClientSession;
class ClusterBus;
class Database;
class MessageStore;
class OnlineAccounts;
struct ServerConfig;
struct ServerStats;

class FileRequests : public QObject
{
    Q_OBJECT
public:
    // An upload not shared within a day is given up (its bytes removed, unless something else refers to
    // them); looked for every hour, with the files nothing refers to any more.
    static constexpr qint64 UnsharedLifetimeMs = 24LL * 60 * 60 * 1000;
    static constexpr int ExpiryCheckMs = 60 * 60 * 1000;
    // What uploads leave free on the files directory's disk, whatever the quotas allow.
    static constexpr qint64 FreeReserveBytes = 512LL * 1024 * 1024;

    FileRequests(const ServerConfig &config, Database &db, MessageStore &messages, OnlineAccounts &online,
                 ServerStats &stats, QObject *parent = nullptr);

    // In a cluster, an upload's end is told to the account's sessions on the other nodes too.
    void setCluster(ClusterBus *cluster) { m_cluster = cluster; }
    // Makes the store's folders, and removes partial files no unfinished upload claims.
    bool open(QString *error);
    // What welcome announces; nullopt when the server takes no files.
    std::optional<Msg::FileLimits> limits() const;

    void handle(ClientSession *s, const Msg::Upload &m);
    void handle(ClientSession *s, const Msg::CancelUpload &m);
    // The file a say or whisper shares to target ('#room' or '@peerkey'), checked: uploads of this account,
    // stored, announced for this place; nullopt (and the session told why, with ref) when it cannot be.
    std::optional<SharedFile> share(ClientSession *s, const Msg::ShareFile &m, const QString &target, qint64 ref);
    // A message's file went (the message was deleted): its content goes unless something else refers to it.
    void released(const SharedFile &file);
    const FileStore &store() const { return m_files; }
    // A new connection's first frame: from now on it carries the upload's bytes. The caller has stopped
    // treating s as a chat session (no login, heartbeat or request budget); it ends when its connection does.
    void startTransfer(ClientSession *s, const Msg::Transfer &m);
    // Stops the hash checks (on shutdown): their uploads are checked again when their transfers come back.
    void finish() { m_files.stopChecks(); }
    // Transfer connections open (they count against the server's connection limit).
    int transferCount() const { return int(m_transfers.size()); }
    // Closes every transfer connection (on shutdown); what they sent stays.
    void closeTransfers();

private:
    struct Incoming
    {
        ClientSession *session = nullptr; // the transfer connection's (a session that never logs in)
        QTimer *idle = nullptr;           // the session's: closes it when bytes stop coming
        qint64 received = 0;              // where the next byte goes
        qint64 size = 0;
        QString sha256;
        bool checking = false; // all of it came; its hash is being checked
    };

    void onBytes(const QString &uploadId, ClientSession *s, const QByteArray &bytes);
    void onStored(const QString &uploadId, FileStore::Outcome outcome);
    // Within the files lock: whether the account's limits take this upload (nullopt), and whether its content
    // is stored already (record.stored).
    std::optional<Msg::ErrorReply> admit(const Msg::Upload &m, UploadRecord &record);
    void endTransfer(const QString &uploadId, ClientSession *s);
    void expireUnshared();
    // Tells the uploader's version 2 sessions (and the transfer connection, if still there).
    void tell(qint64 userId, const Msg::Uploaded &m);

    const ServerConfig &m_config;
    Database &m_db;
    OnlineAccounts &m_online;
    ServerStats &m_stats;
    FileStore m_files;
    UploadStore m_uploads;
    FileCollector m_collector;
    ClusterBus *m_cluster = nullptr;
    QHash<QString, Incoming> m_transfers; // by upload id
    QTimer m_expiry;
    QHash<QString, QString> m_cancelledChecks; // uploads cancelled during their check: their SHA-256, by id
};
