// Downloads (docs/PROTOCOL.md, "Fetching a file"): a session asks for the file of a message its account can
// read and gets a key; a transfer connection of its own, opened with that key, receives the bytes from any
// offset. Who may read is checked when the key is handed out and again when a connection uses it.
#pragma once

#include "downloadkeystore.h"
#include "filemessages.h"
#include "messagestore.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

class ClientSession;
class Database;
class FileStore;
class QFile;
class RoomStore;
struct ServerConfig;
struct ServerStats;

class FileDownloads : public QObject
{
    Q_OBJECT
public:
    // Keys an account holds at once (the oldest make way), and downloads it runs at once.
    static constexpr int MaxKeysPerAccount = 64;
    static constexpr int MaxDownloadsPerAccount = 8;
    // What a download leaves unsent in the server at most, and what it reads from the disk at a time: the
    // server's memory per download, whatever the file's size and the reader's speed. A pass of the event
    // loop sends at most a window, however much the kernel takes.
    static constexpr qint64 WindowBytes = 256 * 1024;
    static constexpr qint64 ChunkBytes = 64 * 1024;
    // While a download runs, whether its account may still read the message is checked this often: one
    // who left the room, or whose message was deleted, stops getting its bytes.
    static constexpr qint64 RecheckMs = 1000;

    FileDownloads(const ServerConfig &config, Database &db, MessageStore &messages, RoomStore &rooms,
                  const FileStore &files, ServerStats &stats, QObject *parent = nullptr);

    void handle(ClientSession *s, const Msg::Download &m);
    // A new connection's first frame named a download key: from now on it sends the file's bytes. As for
    // uploads, the caller has stopped treating s as a chat session.
    void startTransfer(ClientSession *s, const Msg::Transfer &m);
    int transferCount() const { return int(m_outgoing.size()); }
    void closeTransfers();

private:
    struct Outgoing
    {
        DownloadKey key;
        qint64 checkedMs = 0; // monotonic: when the account was last found to be a reader
        ClientSession *session = nullptr;
        std::shared_ptr<QFile> file;
        qint64 sent = 0; // where the next byte comes from
        qint64 size = 0;
        QTimer *idle = nullptr; // the session's: closes it when the reader stops reading
    };
    // The file (or thumbnail) the account may read now: its content's hash and size; else an error for it.
    struct Readable
    {
        QString sha256;
        qint64 size = 0;
    };
    std::optional<Readable> whatMayBeRead(const DownloadKey &key, std::optional<MessageRow> row, QString *why);
    void pump(const QString &key);
    void endTransfer(const QString &key, ClientSession *s);
    void pruneKeys();

    const ServerConfig &m_config;
    RoomStore &m_rooms;
    const FileStore &m_files;
    ServerStats &m_stats;
    MessageStore &m_messages;
    DownloadKeyStore m_keys;
    QHash<QString, Outgoing> m_outgoing; // by key
    QTimer m_prune;
};
