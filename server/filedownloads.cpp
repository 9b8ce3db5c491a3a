#include "filedownloads.h"

#include "clientsession.h"
#include "filestore.h"
#include "monotonicclock.h"
#include "protocol.h"
#include "roomstore.h"
#include "serverconfig.h"
#include "serverstats.h"
#include "streammemory.h"

#include <QDateTime>
#include <QFile>
#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

FileDownloads::FileDownloads(const ServerConfig &config, Database &db, MessageStore &messages, RoomStore &rooms,
                             const FileStore &files, ServerStats &stats, QObject *parent)
    : QObject(parent), m_config(config), m_rooms(rooms), m_files(files), m_stats(stats), m_messages(messages),
      m_keys(db)
{
    // Keys that were never used: dropped within a lifetime of their expiry.
    m_prune.setInterval(Protocol::DownloadKeyLifetime);
    connect(&m_prune, &QTimer::timeout, this, &FileDownloads::pruneKeys);
    m_prune.start();
}

void FileDownloads::pruneKeys()
{
    m_keys.removeExpired(QDateTime::currentMSecsSinceEpoch());
}

std::optional<FileDownloads::Readable> FileDownloads::whatMayBeRead(const DownloadKey &key,
                                                                    std::optional<MessageRow> row, QString *why)
{
    // One answer for "no such message" and "not yours to read": a message id tells nobody what is in it.
    const bool visible = row && !row->deleted &&
                         (row->room.isEmpty() ? row->isBetween(key.userKey) : m_rooms.isMember(row->room, key.userId));
    if (!visible) {
        *why = u"There is no message %1 in your rooms and conversations."_s.arg(key.message);
        return std::nullopt;
    }
    const std::optional<SharedFile> shared = m_messages.files().find(key.message);
    if (!shared || (key.thumbnail && !shared->file.thumbnail)) {
        *why = key.thumbnail ? u"Message %1 has no thumbnail."_s.arg(key.message)
                             : u"Message %1 has no file."_s.arg(key.message);
        return std::nullopt;
    }
    if (key.thumbnail)
        return Readable{shared->thumbnailSha256, shared->file.thumbnail->size};
    return Readable{shared->file.sha256, shared->file.size};
}

void FileDownloads::handle(ClientSession *s, const Msg::Download &m)
{
    if (!s->requireActive())
        return;
    if (m_config.maxFileBytes <= 0) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotAllowed, u"This server does not take files."_s));
        return;
    }
    const DownloadKey key{FileStore::newUploadId(),
                          s->userId(),
                          s->userKey(),
                          m.message,
                          m.thumbnail,
                          QDateTime::currentMSecsSinceEpoch() +
                              std::chrono::milliseconds(Protocol::DownloadKeyLifetime).count()};
    // The session's rooms, as every other request checks them (the database agrees with them).
    std::optional<MessageRow> row = m_messages.find(m.message);
    if (row && !row->room.isEmpty() && !s->rooms().contains(row->room))
        row.reset();
    QString why;
    const std::optional<Readable> file = whatMayBeRead(key, row, &why);
    if (!file) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchMessage, why));
        return;
    }
    if (!m_keys.add(key, MaxKeysPerAccount)) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "cannot store a download key:" << m_keys.lastError();
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server cannot hand out that file now."_s));
        return;
    }
    ++m_stats.downloads;
    s->sendMessage(Msg::DownloadReady{m.message, m.thumbnail, key.id, file->size, file->sha256});
}

void FileDownloads::startTransfer(ClientSession *s, const Msg::Transfer &m)
{
    const QString id = *m.download;
    const std::optional<DownloadKey> key = m_keys.find(id, QDateTime::currentMSecsSinceEpoch());
    if (!key && m_keys.lookupFailed()) {
        ++m_stats.storageErrors;
        s->connection()->closeWithError(
            {ErrorCode::ServerError, u"The server cannot look up that download now."_s, s->requestRef()});
        return;
    }
    if (!key || m_config.maxFileBytes <= 0) {
        s->connection()->closeWithError({ErrorCode::NoSuchDownload,
                                         u"That download key is unknown or expired; ask for the file again."_s,
                                         s->requestRef()});
        return;
    }
    // Checked again: the account may have left the room, or the message been deleted, since.
    QString why;
    const std::optional<Readable> readable = whatMayBeRead(*key, m_messages.find(key->message), &why);
    if (!readable) {
        s->connection()->closeWithError({ErrorCode::NoSuchMessage, why, s->requestRef()});
        return;
    }
    if (m.offset > readable->size) {
        s->connection()->closeWithError({ErrorCode::OutOfRange,
                                         u"The file has %1 bytes; the offset is past its end."_s.arg(readable->size),
                                         s->requestRef()});
        return;
    }
    auto file = std::make_shared<QFile>(m_files.pathOf(readable->sha256));
    if (!file->open(QIODevice::ReadOnly) || file->size() != readable->size || !file->seek(m.offset)) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "a shared file cannot be read:" << readable->sha256.left(12) << file->errorString();
        s->connection()->closeWithError(
            {ErrorCode::ServerError, u"The server cannot read that file now."_s, s->requestRef()});
        return;
    }
    if (const auto other = m_outgoing.constFind(id); other != m_outgoing.cend()) {
        // The same key again: the client came back after a break the server may not have seen yet.
        other->session->connection()->abort();
        m_outgoing.remove(id);
    }
    const qint64 running = std::count_if(m_outgoing.cbegin(), m_outgoing.cend(),
                                         [&](const Outgoing &o) { return o.key.userId == key->userId; });
    if (running >= MaxDownloadsPerAccount) {
        file->close();
        s->connection()->closeWithError({ErrorCode::TooManyConnections,
                                         u"Your account has %1 downloads running, as many as it may; let one "
                                         "finish first."_s.arg(running),
                                         s->requestRef()});
        return;
    }
    auto *idle = new QTimer(s);
    idle->setSingleShot(true);
    idle->setInterval(m_config.transferIdleTimeout);
    connect(idle, &QTimer::timeout, s, [s] { s->connection()->abort(); }); // a reader that stopped reading
    idle->start();
    m_outgoing.insert(id, Outgoing{*key, MonotonicClock::nowMs(), s, file, m.offset, readable->size, idle});
    s->sendMessage(Msg::TransferReady{m.offset});
    Connection *connection = s->connection();
    connection->setMaxPendingOutput(0); // the window below bounds it; a session's cap could cut a download off
    connection->switchToRaw();
    // Nothing is to come from the reader now: whatever does ends the connection (it would only cost us).
    connect(connection, &Connection::rawReceived, s, [connection](const QByteArray &) { connection->abort(); });
    // Queued: the socket reports bytes written from inside our own writes.
    connect(
        connection, &Connection::written, this,
        [this, id, s] {
            const auto it = m_outgoing.constFind(id);
            if (it != m_outgoing.cend() && it->session == s) {
                it->idle->start();
                pump(id);
            }
        },
        Qt::QueuedConnection);
    connect(connection, &Connection::closed, this, [this, id, s] { endTransfer(id, s); });
    pump(id);
}

void FileDownloads::pump(const QString &key)
{
    const auto it = m_outgoing.find(key);
    if (it == m_outgoing.end())
        return;
    Connection *connection = it->session->connection();
    if (const qint64 now = MonotonicClock::nowMs(); now - it->checkedMs >= RecheckMs) {
        QString why;
        if (!whatMayBeRead(it->key, m_messages.find(it->key.message), &why)) {
            // The stream is bytes now: no frame can say why. A new transfer would be told.
            connection->abort();
            return;
        }
        it->checkedMs = now;
    }
    qint64 budget = WindowBytes; // this pass's share, however much the kernel would take
    while (it->sent < it->size && budget > 0 && connection->isOpen() &&
           connection->pendingOutput() + ChunkBytes <= WindowBytes) {
        const QByteArray chunk = it->file->read(std::min(ChunkBytes, it->size - it->sent));
        if (chunk.isEmpty()) {
            // As above: the client resumes, and meets the error then.
            ++m_stats.storageErrors;
            qCWarning(lcFiles) << "a shared file could not be read on:" << it->file->errorString();
            connection->abort();
            return;
        }
        it->sent += chunk.size();
        budget -= chunk.size();
        m_stats.fileBytesOut += chunk.size();
        connection->send(chunk);
    }
    // What went to the kernel brings a (queued) written(), and with it the next pass.
    if (it->sent == it->size)
        connection->close(); // after the last byte is written
}

void FileDownloads::endTransfer(const QString &key, ClientSession *s)
{
    const auto it = m_outgoing.constFind(key);
    if (it != m_outgoing.cend() && it->session == s)
        m_outgoing.erase(it);
    if (m_outgoing.isEmpty())
        StreamMemory::giveBack(); // what the downloads' buffers kept goes back once none runs
}

void FileDownloads::closeTransfers()
{
    const QList<Outgoing> all = m_outgoing.values(); // closing one may change the hash
    for (const Outgoing &transfer : all)
        transfer.session->connection()->abort();
}
