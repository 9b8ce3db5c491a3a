// Files on the server's side (docs/PROTOCOL.md, "Files"): uploads announced on a session, their bytes
// taken on transfer connections of their own (so that file data never waits in front of anyone's chat),
// checked and stored once per content (FileStore), and the uploader's devices told.
#pragma once

#include "filemessages.h"
#include "filestore.h"
#include "uploadstore.h"

#include <QHash>
#include <QObject>
#include <optional>

class ClientSession;
class Database;
class OnlineAccounts;
struct ServerConfig;
struct ServerStats;

class FileRequests : public QObject
{
    Q_OBJECT
public:
    FileRequests(const ServerConfig &config, Database &db, OnlineAccounts &online, ServerStats &stats,
                 QObject *parent = nullptr);

    // Makes the store's folders, and removes partial files no unfinished upload claims.
    bool open(QString *error);
    // What welcome announces; nullopt when the server takes no files.
    std::optional<Msg::FileLimits> limits() const;

    void handle(ClientSession *s, const Msg::Upload &m);
    // A new connection's first frame: from now on it carries the upload's bytes. The caller has stopped
    // treating s as a chat session (no login, heartbeat or request budget); it ends when its connection does.
    void startTransfer(ClientSession *s, const Msg::Transfer &m);
    // Waits for the hash checks under way (on shutdown).
    void finish() { m_files.waitForChecks(); }

private:
    struct Transfer
    {
        ClientSession *session = nullptr;
        qint64 received = 0; // where the next byte goes
        qint64 size = 0;
        QString sha256;
        bool checking = false; // all of it came; its hash is being checked
    };

    void onBytes(const QString &uploadId, ClientSession *s, const QByteArray &bytes);
    void onStored(const QString &uploadId, FileStore::Outcome outcome);
    void endTransfer(const QString &uploadId, ClientSession *s);
    // Tells the uploader's version 2 sessions (and the transfer connection, if still there).
    void tell(qint64 userId, const Msg::Uploaded &m);

    const ServerConfig &m_config;
    Database &m_db;
    OnlineAccounts &m_online;
    ServerStats &m_stats;
    FileStore m_files;
    UploadStore m_uploads;
    QHash<QString, Transfer> m_transfers; // by upload id
};
